/**
 * Folding Vietnamese for finding and comparing, never for judging content: lower case, no
 * diacritics, đ → d ("Đất Đai", "dat dai" and "ĐẤT ĐAI" fold alike). Folded forms collide
 * (các/cặc), so they find text, they do not decide what it says.
 *
 * SQL has its twin, `thamvan_fold()` (migrations, FasterFold): both agree on Vietnamese text
 * (test/core/fold.test.ts). Outside it they differ: unaccent also rewrites ligatures and
 * typographic punctuation (æ → ae, “ → "), and lower() under the C locale leaves non-ASCII
 * capitals alone.
 */

export interface FoldOptions {
  /**
   * Which combining marks go. 'all' (the default): every mark, of any script. 'latin': only
   * U+0300–U+036F, the marks Vietnamese is written with; marks of other scripts stay, so where
   * words are runs of letters one splits its word. Campaign signatures are stored folded with
   * 'latin', so it stays for them.
   */
  marks?: 'all' | 'latin';
  /** ð/Ð (eth, sometimes typed for đ/Đ) folds to d like đ; true by default. */
  eth?: boolean;
}

const ALL_MARKS = /\p{M}+/gu;
const LATIN_MARKS = /[\u0300-\u036f]+/g;
const D_STROKE_AND_ETH = /[đð]/g;
const D_STROKE = /đ/g;

/** Lower case, no combining marks, đ and ð → d, NFC: the fold for finding. */
export function foldVietnamese(text: string): string {
  return foldVietnameseWith(text, {});
}

/**
 * foldVietnamese with the differences FoldOptions names, which stored signatures and province
 * keys are made with. A name of its own, so `texts.map(foldVietnamese)` never takes an index
 * for options.
 */
export function foldVietnameseWith(text: string, options: FoldOptions): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(options.marks === 'latin' ? LATIN_MARKS : ALL_MARKS, '')
    .replace(options.eth === false ? D_STROKE : D_STROKE_AND_ETH, 'd')
    .normalize('NFC');
}

/**
 * Lower-case letter → its folded form, for every precomposed letter and combining mark from
 * U+00C0 to U+1EFF (Latin, Greek, Cyrillic; a mark folds to nothing). Built from
 * foldVietnamese, so both fold Vietnamese alike.
 */
const FOLD = new Map<string, string>();
for (let cp = 0x00c0; cp <= 0x1eff; cp++) {
  const ch = String.fromCodePoint(cp).toLowerCase();
  const folded = foldVietnamese(ch);
  if (folded !== ch && folded.length <= 1) FOLD.set(ch, folded);
}

const NON_ASCII = /[^ -~\t\n\r]/g;

/**
 * foldVietnamese by a lookup per non-ASCII character instead of normalising the whole text
 * twice: several times faster, for screening, which folds every post and edit. Same result on
 * Vietnamese text; characters from U+1F00 on (Greek extended, marks of symbols) are kept as
 * they are. Stored flood hashes are computed from it, so its output must not change.
 */
export function foldByCharacter(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(NON_ASCII, (c) => FOLD.get(c) ?? c);
}

/**
 * True when the text has letters and not one diacritic or đ: it was typed without marks
 * (no input method, or a reader who does not bother), so only its folded form says what it
 * means.
 */
export function writtenWithoutMarks(text: string): boolean {
  const lower = text.normalize('NFC').toLowerCase();
  if (!/\p{L}/u.test(lower)) return false;
  // foldByCharacter(lower) === lower exactly when no character of it folds: stop at the first
  // that does (in Vietnamese text, within the first few words) instead of folding it all.
  const nonAscii = new RegExp(NON_ASCII.source, 'g');
  for (let m = nonAscii.exec(lower); m; m = nonAscii.exec(lower)) if (FOLD.has(m[0])) return false;
  return true;
}
