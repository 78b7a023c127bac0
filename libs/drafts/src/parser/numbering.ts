import { foldVietnamese } from './fold';

/** Point letters in Vietnamese alphabet order (no f, j, w, z; đ comes right after d). */
export const POINT_LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** Position of a point letter in POINT_LETTERS, or -1 (f, j, w, z are never points). */
export function pointOrdinal(letter: string): number {
  return letter.length === 1 ? POINT_LETTERS.indexOf(letter) : -1;
}

// Strict Roman numerals 1..89 ("I".."LXXXIX"): chapters and parts never go further, and the
// strictness keeps words such as "CHI" or "MIX" from looking like numbers.
const ROMAN = /^(?=[IVXL])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToInt(s: string): number | null {
  const up = s.toUpperCase();
  if (!ROMAN.test(up)) return null;
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN_VALUES[up[i]];
    const next = i + 1 < up.length ? ROMAN_VALUES[up[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Value of a chapter/section number written as Roman or Arabic numerals. */
export function numeralValue(s: string): number | null {
  if (/^\d{1,3}$/.test(s)) return Number(s);
  return romanToInt(s);
}

// Folded Vietnamese ordinal words, as in "Phần thứ nhất", "PHẦN THỨ MƯỜI HAI".
const ORDINAL_WORDS = new Set([
  'nhat',
  'mot',
  'hai',
  'ba',
  'tu',
  'bon',
  'nam',
  'lam',
  'sau',
  'bay',
  'tam',
  'chin',
  'muoi',
]);

/** Number of leading words of `words` that are ordinal words (at most 3). */
export function countOrdinalWords(words: string[]): number {
  let n = 0;
  while (n < words.length && n < 3 && ORDINAL_WORDS.has(foldVietnamese(words[n]))) n++;
  return n;
}
