import { BadInputError } from '../errors/domain-error';

/**
 * The one cleaning every text a client sends goes through on the way in (GraphQL arguments
 * via cleanTextArguments, export query strings, the draft parser), before any feature looks
 * at it. It never refuses: what it removes has no meaning in a comment, a name or a search,
 * so authorisation still comes before validation (CONTRACT.md), and lengths and emptiness
 * are then judged by each feature on what is left.
 *
 *  - NUL and the other C0/C1 control characters are removed (PostgreSQL refuses NUL in text:
 *    it was an INTERNAL_SERVER_ERROR); tab, line feed and carriage return stay; vertical tab,
 *    form feed, NEL and the Unicode line/paragraph separators become line feeds.
 *  - Unpaired surrogates (not text, refused or mangled by every encoder) are removed.
 *  - Format characters (zero-width space, word joiner, BOM, soft hyphen, bidi embeddings,
 *    overrides, isolates and marks, …) are removed: they are invisible, make a blank body or
 *    name look non-empty, hide a phone number from masking ("0912\u200b345679") and reorder
 *    what readers see. Kept where they carry meaning: ZWJ/ZWNJ inside an emoji sequence or
 *    between letters of scripts that use them, tag characters inside a flag emoji, and the
 *    Arabic number signs. The Hangul fillers used as "blank" names go too.
 *  - NFC: some keyboards and documents send NFD ("Điều" as D-stroke + e + combining marks).
 */
const NEEDS_WORK =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_BREAKS = /[\u000B\u000C\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const HANGUL_FILLERS = /[\u3164\uFFA0]/g;
const FORMAT = /\p{Cf}/u;
/** Format characters that are part of what they sit in (number signs of Arabic and related scripts). */
const MEANINGFUL_FORMAT = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u;
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u20E3/u;
/** Letters of scripts where ZWJ/ZWNJ choose a letter form (Arabic, Persian, Indic, …). */
const JOINING_SCRIPT =
  /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const TAG = /[\u{E0020}-\u{E007F}]/u;
const BLACK_FLAG = 0x1f3f4;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function cleanInputText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value.normalize('NFC');
  const text = value.replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(HANGUL_FILLERS, '');
  const points = [...withoutLoneSurrogates(text)];
  const kept: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const ch = points[i];
    if (!FORMAT.test(ch) || MEANINGFUL_FORMAT.test(ch) || meaningfulHere(points, i, kept)) kept.push(ch);
  }
  return kept.join('').normalize('NFC');
}

/** cleanInputText, trimmed: the form free text (comments, notes, reasons) is stored and measured in. */
export function cleanText(value: string): string {
  return cleanInputText(value).trim();
}

/** cleanText with every run of white space made one space: the form names are stored in. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ');
}

/**
 * cleanText, refused as BAD_USER_INPUT on `field` when empty or longer than `max` characters.
 * Lengths are judged on what is stored, so a value of zero-width spaces is empty.
 */
export function requireText(value: string, field: string, max: number): string {
  const text = cleanText(value);
  if (text.length === 0) throw new BadInputError(`${field} must not be empty`, field);
  if (text.length > max) throw new BadInputError(`${field} must be at most ${max} characters`, field);
  return text;
}

/** Optional text: null when absent or blank once cleaned; otherwise at most `max` characters (requireText). */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value === null || value === undefined ? '' : cleanText(value);
  if (text === '') return null;
  if (text.length > max) throw new BadInputError(`${field} must be at most ${max} characters`, field);
  return text;
}

/** ZWJ/ZWNJ joining two pictographs or two letters of a joining script; a tag inside a flag. */
function meaningfulHere(points: string[], i: number, kept: string[]): boolean {
  const ch = points[i];
  const before = kept[kept.length - 1] ?? '';
  const after = points[i + 1] ?? '';
  if (ch === '\u200D' && PICTOGRAPH.test(before) && PICTOGRAPH.test(after)) return true;
  if ((ch === '\u200C' || ch === '\u200D') && JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after)) {
    return /\p{L}|\p{M}/u.test(before) && /\p{L}|\p{M}/u.test(after);
  }
  if (TAG.test(ch)) {
    // Subdivision flags: 🏴 + tag letters + cancel tag (U+E007F).
    for (let j = kept.length - 1; j >= 0; j--) {
      if (kept[j].codePointAt(0) === BLACK_FLAG) return true;
      if (!TAG.test(kept[j])) return false;
    }
  }
  return false;
}

function withoutLoneSurrogates(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      out += text[i] + text[i + 1];
      i++;
    } else if (!isHigh(c) && !isLow(c)) out += text[i];
  }
  return out;
}
