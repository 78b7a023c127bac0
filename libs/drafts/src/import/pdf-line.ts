/** One printed line of a PDF page, in PDF user space (y grows upwards, baseline). */
export interface PdfLine {
  text: string;
  /** Left edge of the first glyph. */
  x: number;
  /** Right edge of the last non-blank glyph. */
  right: number;
  /** Baseline. */
  y: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
}
