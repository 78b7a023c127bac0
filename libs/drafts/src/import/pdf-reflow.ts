import { classifyLine } from '../parser/line-classifier';
import { dropPageFurniture } from './pdf-furniture';
import type { PdfLine } from './pdf-line';

/**
 * Turns printed PDF lines back into paragraphs, the parser's input (one paragraph per line).
 * A line continues the previous one unless one of these says it starts a new paragraph:
 * 1. it could start a provision (the parser's own line classifier: "Điều 5.", "Chương II",
 *    "1.", "a)"), which already rejects references such as "Điều 12 của Luật này" and numbers
 *    such as "12 năm"; except a clause or point number right after "khoản", "ngày", "năm"…,
 *    which belongs to the sentence it ends ("… tại khoản" / "2. …" is a wrapped reference);
 * 2. the vertical gap is clearly larger than the document's usual line spacing (paragraph
 *    spacing), the font size changes, the line is indented further than the previous one
 *    (first-line indent), or it sits higher on the page (another column);
 * 3. it starts with an upper-case letter or a digit and the previous line is short: the line's
 *    first word would have fitted on it, so the layout did not wrap there (the classic reflow
 *    test against the text's right margin). Widths are estimated and some generators wrap by
 *    character count, so a line that ends mid-sentence (no . ; : ! ?) gets a generous margin
 *    of error. A line starting in lower case always continues: Vietnamese legal paragraphs
 *    start with a capital, a number or a point letter (the latter caught by rule 1).
 * Page numbers and running headers are dropped first (pdf-furniture.ts). Headings wrapped over
 * two lines are joined by rule 3; a chapter title on its own line after "Chương II" stays a
 * line of its own, as the parser expects it.
 */

// Words after which a number continues the sentence ("khoản" / "2 Điều này").
const REFERENCE_TAIL = /(?:^|\s)(?:khoản|điểm|điều|chương|mục|phần|số|ngày|tháng|năm|tại|và|hoặc|đến)$/iu;
// Spacing above this multiple of the usual one separates paragraphs.
const PARAGRAPH_GAP = 1.3;
const SIZE_CHANGE = 0.15;
// Width of a space, in em; glyph widths are estimated from the line's own average.
const SPACE_EM = 0.25;
// Share of the text width by which a mid-sentence line may fall short and still be wrapped.
const MID_SENTENCE_SLACK = 0.15;
const SENTENCE_END = /[.;:!?…]["”’)]*$/u;

interface Metrics {
  /** Usual baseline-to-baseline distance, in em. */
  spacing: number;
  /** Left and right margins of the text block. */
  left: number;
  right: number;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function measure(pages: PdfLine[][], pageWidth: number | undefined): Metrics {
  const spacings: number[] = [];
  const rights: number[] = [];
  const lefts: number[] = [];
  for (const page of pages) {
    for (let i = 0; i < page.length; i++) {
      rights.push(page[i].right);
      lefts.push(page[i].x);
      if (i === 0) continue;
      const ratio = (page[i - 1].y - page[i].y) / Math.max(page[i].size, 1);
      if (ratio > 0.5 && ratio < 3) spacings.push(ratio);
    }
  }
  // The median gap between consecutive lines is the in-paragraph spacing: paragraphs have
  // several lines each. A high percentile of right edges is the margin, immune to one odd line.
  const left = percentile(lefts, 0.05);
  // With few full lines (a short page, a list of headings) the right edges underestimate the
  // margin and short lines would pass for wrapped ones; a right margin at least as wide as the
  // left one is a safe floor (Vietnamese drafts have a wider left margin, per Decree 30).
  const floor = pageWidth === undefined ? 0 : pageWidth - left;
  return {
    spacing: percentile(spacings, 0.5) || 1.2,
    left,
    right: Math.max(percentile(rights, 0.98), floor),
  };
}

function startsProvision(prev: PdfLine, line: PdfLine): boolean {
  const cls = classifyLine(line.text);
  if (cls === null) return false;
  if ((cls.kind === 'CLAUSE' || cls.kind === 'POINT') && REFERENCE_TAIL.test(prev.text)) return false;
  return true;
}

function layoutBreak(prev: PdfLine, line: PdfLine, metrics: Metrics): boolean {
  const size = Math.max(prev.size, line.size, 1);
  if (Math.abs(prev.size - line.size) > SIZE_CHANGE * size) return true;
  const drop = prev.y - line.y;
  if (drop <= 0) return true;
  if (drop / size > metrics.spacing * PARAGRAPH_GAP) return true;
  return line.x > prev.x + size;
}

/** Did the layout wrap the previous line here, i.e. would the line's first word not fit on it? */
function wrapped(prev: PdfLine, line: PdfLine, metrics: Metrics): boolean {
  if (/^\p{Ll}/u.test(line.text)) return true;
  const firstWord = line.text.split(' ', 1)[0];
  const perChar = (line.right - line.x) / Math.max(line.text.length, 1);
  const needed = SPACE_EM * line.size + firstWord.length * perChar;
  const slack = SENTENCE_END.test(prev.text)
    ? SPACE_EM * line.size
    : MID_SENTENCE_SLACK * Math.max(metrics.right - metrics.left, 0);
  return prev.right + needed > metrics.right - slack;
}

/** `pageWidth`: the widest page's width, in the lines' units, when known. */
export function reflowPdfLines(pages: PdfLine[][], pageWidth?: number): string[] {
  const kept = dropPageFurniture(pages);
  const metrics = measure(kept, pageWidth);
  const out: string[] = [];
  let prev: PdfLine | null = null;
  for (const page of kept) {
    for (let i = 0; i < page.length; i++) {
      const line = page[i];
      const joins =
        prev !== null &&
        !startsProvision(prev, line) &&
        // Across a page break there is no gap or indent to read: only the text itself.
        !(i > 0 && layoutBreak(prev, line, metrics)) &&
        wrapped(prev, line, metrics);
      if (joins) out[out.length - 1] += ` ${line.text}`;
      else out.push(line.text);
      prev = line;
    }
  }
  return out;
}
