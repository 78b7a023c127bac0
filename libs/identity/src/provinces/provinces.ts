import { BadInputError, foldVietnameseWith } from '@thamvan/core';
import { PROVINCES } from './provinces.data';

/** "Tỉnh Đắk Lắk", "dak lak", "TP.HCM", "Thành phố Hồ Chí Minh" → one comparison key. */
function provinceKey(input: string): string {
  // Only Latin marks go and ð is not read as đ: a spelling accepted or refused stays so.
  return foldVietnameseWith(input, { marks: 'latin', eth: false })
    .trim()
    .replace(/^(thanh pho|tp\.?|tinh)\s*/, '')
    .replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, string>();
for (const unit of PROVINCES) {
  for (const spelling of [unit.name, ...unit.formerly, ...(unit.aliases ?? [])]) {
    const key = provinceKey(spelling);
    const existing = BY_KEY.get(key);
    if (existing && existing !== unit.name) {
      throw new Error(`province spelling "${spelling}" is ambiguous (${existing}, ${unit.name})`);
    }
    BY_KEY.set(key, unit.name);
  }
}

/** The 34 current names, in the order of PROVINCES. */
export const PROVINCE_NAMES: readonly string[] = PROVINCES.map((p) => p.name);

/**
 * The current unit for a name as people write it: today's name or a former one (63 before
 * 1 July 2025), with or without diacritics and "Tỉnh"/"Thành phố" in front. Undefined when
 * nothing matches.
 */
export function resolveProvince(input: string): string | undefined {
  return BY_KEY.get(provinceKey(input));
}

/** resolveProvince for user input: blank means none; unknown is a BAD_USER_INPUT. */
export function provinceFromInput(input: string | null | undefined, field = 'province'): string | null {
  if (input === null || input === undefined || input.trim() === '') return null;
  const name = resolveProvince(input);
  if (!name) throw new BadInputError('Unknown province; use one of the 34 provincial-level units', field);
  return name;
}
