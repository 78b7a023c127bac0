import { foldVietnamese } from '@thamvan/drafts/parser/fold';

/**
 * Lower-case letter → its folded form (no marks, đ → d), for every precomposed Latin letter
 * and every combining mark (which folds to nothing). Built once from the parser's
 * foldVietnamese, so both fold alike; a lookup per non-ASCII character is cheaper than
 * NFD + strip + NFC of the whole text, and every post and edit folds its text.
 */
const FOLD = new Map<string, string>();
for (let cp = 0x00c0; cp <= 0x1eff; cp++) {
  const ch = String.fromCodePoint(cp).toLowerCase();
  const folded = foldVietnamese(ch);
  if (folded !== ch && folded.length <= 1) FOLD.set(ch, folded);
}

const NON_ASCII = /[^ -~\t\n\r]/g;

/** Search form of a text: NFC, lower case, no diacritics, đ → d ("Đất Đai" → "dat dai"). */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(NON_ASCII, (c) => FOLD.get(c) ?? c);
}

/** Words of a text: runs of letters, marks and digits, lower case (NFC in, NFC out). */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

/** True when the text has letters and not one diacritic or đ: it was typed without marks. */
export function writtenWithoutMarks(text: string): boolean {
  const lower = text.normalize('NFC').toLowerCase();
  if (!/\p{L}/u.test(lower)) return false;
  // fold(lower) === lower exactly when no character of it folds: stop at the first that does
  // (in Vietnamese text, within the first few words) instead of folding the whole text.
  const nonAscii = new RegExp(NON_ASCII.source, 'g');
  for (let m = nonAscii.exec(lower); m; m = nonAscii.exec(lower)) if (FOLD.has(m[0])) return false;
  return true;
}
