import { cleanInputText } from '@thamvan/core/pure';

// Unicode "space separators" other than the plain space, plus tab: documents pasted from Word
// or web pages carry NBSP, thin and ideographic spaces that would defeat our line regexes.
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width characters and the BOM are invisible and only break matching.
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Other line breaks (vertical tab, form feed, NEL, Unicode line/paragraph separators).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ODD_BREAKS = /[\u000B\u000C\u0085\u2028\u2029]/g;
// Remaining C0/C1 control characters: PostgreSQL text columns reject NUL, and the others are
// garbage from binary or badly converted input.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const TRAILING_SPACES = / +$/gm;
// Legacy-encoding converters (TCVN3, VNI) often emit the look-alike Icelandic eth "Ð"/"ð"
// (U+00D0/U+00F0) for "Đ"/"đ"; "Ðiều 1." must still be an article.
const ETH_UPPER = /\u00D0/g;
const ETH_LOWER = /\u00F0/g;

/**
 * Canonical form of a legal text: NFC (NFD input from some keyboards and Mac files would
 * otherwise not match "Điều"), LF line ends, odd spaces turned into plain spaces, look-alike
 * "Ð" turned into "Đ", invisible and control characters removed, trailing spaces trimmed.
 * Line structure is kept because the parser works line by line.
 */
export function normalizeText(input: string): string {
  // The cleaning every client text gets (controls, unpaired surrogates, format characters),
  // then the rules of legal text.
  return cleanInputText(input)
    .replace(/\r\n?/g, '\n')
    .replace(ODD_BREAKS, '\n')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '')
    .replace(ODD_SPACES, ' ')
    .replace(ETH_UPPER, '\u0110')
    .replace(ETH_LOWER, '\u0111')
    .normalize('NFC')
    .replace(TRAILING_SPACES, '');
}
