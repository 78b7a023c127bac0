import { POINT_LETTERS } from '../parser/numbering';
import { HtmlElement, HtmlNode, parseHtml } from './html-tree';

const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'caption',
  'figcaption',
  'address',
  'section',
  'article',
  'header',
  'footer',
  'tr',
  'td',
  'th',
]);
const CELLS = new Set(['td', 'th']);
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);
// Tables this narrow are page layout (issuer | motto, number | date, recipients | signature):
// their cells are read one after another, as the .txt fixtures and portal texts show them.
const MAX_LAYOUT_COLUMNS = 2;
export const CELL_SEPARATOR = ' | ';

export interface HtmlText {
  lines: string[];
  /** List items whose number Word generated (mammoth drops it) and we wrote back. */
  rebuiltNumbers: number;
}

class LineSink {
  readonly lines: string[] = [];
  private current = '';

  text(s: string): void {
    this.current += s;
  }

  /** Ends the current line; blank lines are dropped (the parser ignores them anyway). */
  break(): void {
    const line = this.current.replace(/\s+/g, ' ').trim();
    if (line !== '') this.lines.push(line);
    this.current = '';
  }
}

interface ListLevel {
  ordered: boolean;
  next: number;
}

/**
 * Word lists lose their numbers in mammoth's HTML (<ol><li>). Legal drafts number clauses
 * "1." and points "a)", so that is what a first and a second ordered level get back; deeper
 * levels and bullets become "- ". Word's own format (e.g. "Điều %1.") is not in the HTML.
 */
function marker(levels: ListLevel[]): string {
  const level = levels[levels.length - 1];
  const n = level.next++;
  if (!level.ordered || levels.length > 2) return '- ';
  if (levels.length === 1) return `${n}. `;
  return `${POINT_LETTERS[n - 1] ?? n}) `;
}

class Renderer {
  readonly lists: ListLevel[] = [];
  rebuiltNumbers = 0;

  constructor(readonly sink: LineSink) {}

  walk(node: HtmlNode): void {
    if (typeof node === 'string') return this.sink.text(node);
    const tag = node.tag;
    if (tag === 'br') return this.sink.break();
    if (tag === 'table') return this.table(node);
    if (tag === 'ol' || tag === 'ul') {
      this.lists.push({ ordered: tag === 'ol', next: 1 });
      node.children.forEach((c) => this.walk(c));
      this.lists.pop();
      return;
    }
    if (tag === 'li') {
      this.sink.break();
      if (this.lists.length > 0) {
        const mark = marker(this.lists);
        if (mark !== '- ') this.rebuiltNumbers++;
        this.sink.text(mark);
      }
      node.children.forEach((c) => this.walk(c));
      return this.sink.break();
    }
    const block = BLOCKS.has(tag);
    if (block) this.sink.break();
    node.children.forEach((c) => this.walk(c));
    if (block) this.sink.break();
  }

  /** Wide tables: one line per row, cells joined, so a data table stays text of its provision. */
  private table(table: HtmlElement): void {
    const rows = tableRows(table);
    const columns = Math.max(0, ...rows.map((r) => r.length));
    this.sink.break();
    for (const cells of rows) {
      if (columns <= MAX_LAYOUT_COLUMNS) {
        for (const cell of cells) this.walk(cell);
        continue;
      }
      const texts = cells.map((cell) => this.inline(cell));
      if (texts.some((t) => t !== '')) {
        this.sink.text(texts.join(CELL_SEPARATOR));
        this.sink.break();
      }
    }
  }

  private inline(cell: HtmlElement): string {
    const inner = new Renderer(new LineSink());
    cell.children.forEach((c) => inner.walk(c));
    inner.sink.break();
    this.rebuiltNumbers += inner.rebuiltNumbers;
    return inner.sink.lines.join(' ');
  }
}

function tableRows(table: HtmlElement): HtmlElement[][] {
  const rows: HtmlElement[][] = [];
  const visit = (el: HtmlElement): void => {
    for (const child of el.children) {
      if (typeof child === 'string') continue;
      if (child.tag === 'tr') rows.push(child.children.filter(isCell));
      else if (ROW_GROUPS.has(child.tag)) visit(child);
    }
  };
  visit(table);
  return rows;
}

function isCell(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string' && CELLS.has(node.tag);
}

/**
 * HTML (mammoth's rendering of a .docx) to the parser's input: one line per paragraph, heading,
 * list item or table row; tags stripped, entities decoded, whitespace collapsed. Nothing of the
 * HTML survives but its text, so the result is safe to store and show.
 */
export function htmlToLines(html: string): HtmlText {
  const renderer = new Renderer(new LineSink());
  renderer.walk(parseHtml(html));
  renderer.sink.break();
  return { lines: renderer.sink.lines, rebuiltNumbers: renderer.rebuiltNumbers };
}
