/**
 * WordprocessingML (the XML inside a .docx) written as strings, for the parts of a document
 * too large for the `docx` package's object tree: the report's table has one row per distinct
 * comment, 70,000 at a national consultation. The package builds every row as objects, then
 * the whole XML as one string, at about 1.5 ms a row; these builders write each row in a few
 * microseconds and let the caller stream them (report-docx.ts). The XML is the same as the
 * package's for the same table (ECMA-376 Part 1, §17.4 tables, §17.3 paragraphs and runs).
 */

/** Characters XML 1.0 cannot hold at all (C0 controls but tab, CR, LF; U+FFFE/U+FFFF; lone surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for a `<w:t>`: escaped, and without the characters XML forbids (Word refuses the file otherwise). */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  /** A line break before the text (a new line inside the paragraph). */
  breakBefore?: boolean;
}

/** A run of text with its emphasis. */
export function run(text: string, style: RunStyle = {}): string {
  const props =
    (style.bold ? '<w:b/><w:bCs/>' : '') +
    (style.italics ? '<w:i/><w:iCs/>' : '') +
    (style.strike ? '<w:strike/>' : '');
  return (
    `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${style.breakBefore ? '<w:br/>' : ''}` +
    `<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`
  );
}

export interface ParagraphStyle {
  center?: boolean;
  /** Left indent and hanging indent, in twentieths of a point. */
  indent?: { left: number; hanging: number };
}

export function paragraph(runs: string, style: ParagraphStyle = {}): string {
  const props =
    (style.indent ? `<w:ind w:left="${style.indent.left}" w:hanging="${style.indent.hanging}"/>` : '') +
    (style.center ? '<w:jc w:val="center"/>' : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
/**
 * Each cell's own borders. Word draws a table's borders from the table, LibreOffice only from
 * the cells (without these it draws none), so both are written.
 */
const CELL_BORDERS = `<w:tcBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/></w:tcBorders>`;

/**
 * A cell `widthPct` percent of the table wide. `merge` joins it with the cells below
 * ('restart') or above ('continue'): a continued cell is empty, its text is the first's.
 */
export function cell(widthPct: number, paragraphs: string, merge?: 'restart' | 'continue'): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${widthPct * 50}"/>` +
    (merge ? `<w:vMerge w:val="${merge}"/>` : '') +
    `${CELL_BORDERS}</w:tcPr>${merge === 'continue' ? '<w:p/>' : paragraphs}</w:tc>`
  );
}

/** A table row; `header` repeats it at the top of every page. */
export function row(cells: string, header = false): string {
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells}</w:tr>`;
}

/**
 * The opening of a bordered table the page's full width, with its columns in percent of
 * `textWidth` (the page's width between margins, in twentieths of a point).
 */
export function tableStart(widthsPct: number[], textWidth: number): string {
  const grid = widthsPct.map((w) => `<w:gridCol w:w="${Math.round((textWidth * w) / 100)}"/>`).join('');
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(
    (side) => `<w:${side} ${LINE}/>`,
  );
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${borders.join('')}</w:tblBorders></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>`
  );
}

export const TABLE_END = '</w:tbl>';
