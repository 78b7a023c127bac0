import { classifyLine } from '../parser/line-classifier';
import type { PdfLine } from './pdf-line';

// "3", "- 3 -", "(3)", "Trang 3", "3/30", "Trang 3 / 30", "Page 3 of 30".
const PAGE_NUMBER = /^(?:trang|page)?\s*[-–—([]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:\/|trên|of)\s*\d{1,4})?$/iu;
// A running header or footer ending in its page number: "Dự thảo Luật … - Trang 3/30".
const PAGE_LABEL = /(?:^|\s)(?:trang|page)\s*\d{1,4}(?:\s*(?:\/|trên|of)\s*\d{1,4})?$/iu;
// Lines looked at on each edge of a page: a header may be two lines (agency, then "Dự thảo").
const EDGE_LINES = 2;

/**
 * What must repeat from page to page: page numbers all look alike, a labelled page number
 * alike but for its digits; any other header or footer must repeat word for word (so that
 * "Nội dung của Điều 1." and "… Điều 2." at the top of two pages are not taken for one).
 */
function shape(line: PdfLine): string {
  if (PAGE_NUMBER.test(line.text)) return '#page';
  if (PAGE_LABEL.test(line.text)) return line.text.replace(/\d+/g, '#').toLowerCase();
  return line.text;
}

function edges(page: PdfLine[]): PdfLine[] {
  if (page.length <= EDGE_LINES * 2) return page;
  return [...page.slice(0, EDGE_LINES), ...page.slice(-EDGE_LINES)];
}

/**
 * Drops page numbers and running headers/footers: lines at the top or bottom of a page that
 * repeat (see shape) on at least half of the pages, and at least two. A single-page
 * document keeps everything; a provision-looking line ("Điều 5.") is never dropped.
 */
export function dropPageFurniture(pages: PdfLine[][]): PdfLine[][] {
  if (pages.length < 2) return pages;
  const seen = new Map<string, number>();
  for (const page of pages) {
    const shapes = new Set(edges(page).map(shape));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const furniture = (line: PdfLine): boolean => {
    return (seen.get(shape(line)) ?? 0) >= needed && classifyLine(line.text) === null;
  };
  return pages.map((page) => {
    const edge = new Set(edges(page));
    return page.filter((line) => !(edge.has(line) && furniture(line)));
  });
}
