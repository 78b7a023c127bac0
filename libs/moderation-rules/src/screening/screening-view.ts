/**
 * The text as the screening rules read it: each character in its compatibility form (NFKC,
 * so full-width "０９１２", circled or mathematical digits and full-width "＠" and "．" read
 * as the plain ones) and no format characters (zero-width and bidi characters that stored
 * text may still hold where they join emoji or letters). Masking finds spans in this view and
 * maps them back to the text as written, which is what is stored and published; NFKC is never
 * applied to the stored text itself ("m²" must stay "m²").
 */
export interface ScreeningView {
  text: string;
  /** For each UTF-16 unit of `text`: where its character starts in the original. */
  starts: number[];
  /** For each UTF-16 unit of `text`: where its character ends (exclusive) in the original. */
  ends: number[];
}

const FORMAT = /\p{Cf}/u;

/** null when the view would equal the text (nearly always: one normalisation and one test). */
export function screeningView(text: string): ScreeningView | null {
  if (text.normalize('NFKC') === text && !FORMAT.test(text)) return null;
  let view = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of text) {
    const from = at;
    at += ch.length;
    if (FORMAT.test(ch)) continue;
    const read = ch.normalize('NFKC');
    view += read;
    for (let k = 0; k < read.length; k++) {
      starts.push(from);
      ends.push(at);
    }
  }
  return { text: view, starts, ends };
}

/** The text screening rules should read. */
export function screeningText(text: string): string {
  return screeningView(text)?.text ?? text;
}
