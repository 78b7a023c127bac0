import { BadInputError } from '@thamvan/core/errors/domain-error';
import { dirname, join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { Extracted } from './extracted';
import type { PdfLine } from './pdf-line';
import { reflowPdfLines } from './pdf-reflow';

// A gap wider than this (in em) on one baseline separates columns or table cells.
const COLUMN_GAP_EM = 3;

interface OpenLine extends PdfLine {
  parts: string[];
}

function fontSize(item: TextItem): number {
  const [, , c, d] = item.transform as number[];
  return Math.hypot(c, d) || item.height || 1;
}

/** Groups pdf.js text items (runs of glyphs, in content order) into printed lines. */
export function itemsToLines(items: ReadonlyArray<TextItem>): PdfLine[] {
  const lines: OpenLine[] = [];
  let open: OpenLine | null = null;
  let eol = false;
  for (const item of items) {
    const x = Number(item.transform[4]);
    const y = Number(item.transform[5]);
    const size = fontSize(item);
    if (item.str.trim() === '') {
      if (open && item.str !== '') open.parts.push(' ');
      eol ||= item.hasEOL;
      continue;
    }
    const sameLine =
      open !== null &&
      !eol &&
      Math.abs(open.y - y) < 0.5 * Math.max(size, open.size) &&
      x > open.right - 0.5 * size &&
      x - open.right < COLUMN_GAP_EM * Math.max(size, open.size);
    if (open !== null && sameLine) {
      // Runs may split a word ("Điề" + "u"): a space only where the layout shows one.
      if (x - open.right > 0.15 * size) open.parts.push(' ');
      open.parts.push(item.str);
      open.right = x + item.width;
    } else {
      open = { text: '', x, right: x + item.width, y, size, parts: [item.str] };
      lines.push(open);
    }
    eol = item.hasEOL;
  }
  return lines
    .map(({ parts, ...line }) => ({ ...line, text: parts.join('').replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item;
}

function pdfjsAsset(folder: string): string {
  return join(dirname(require.resolve('pdfjs-dist/package.json')), folder) + '/';
}

/**
 * Reads a PDF's text layer with pdf.js (the 2.x legacy build: CommonJS, pure JavaScript) and
 * rebuilds its paragraphs. Eval is off (CVE-2024-4367 needs it), fonts are never rendered.
 */
export async function extractPdf(buffer: Buffer): Promise<Extracted> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.js');
  const task = pdfjs.getDocument({
    // A copy: pdf.js may transfer (detach) the array it is given.
    data: new Uint8Array(buffer),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: pdfjsAsset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsAsset('standard_fonts'),
    verbosity: 0,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      const name = error instanceof Error ? error.name : '';
      if (name === 'PasswordException') {
        throw new BadInputError('the .pdf is password-protected; upload it without a password', 'base64');
      }
      const why = error instanceof Error ? error.message : String(error);
      throw new BadInputError(`the .pdf file could not be read: ${why}`, 'base64');
    });
    const pages: PdfLine[][] = [];
    const unreadable: number[] = [];
    let width = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        pages.push(itemsToLines(content.items.filter(isTextItem)));
        const [x0, , x1] = page.view;
        width = Math.max(width, x1 - x0);
        page.cleanup();
      } catch {
        // One damaged page must not cost the officer the other ninety-nine: say which.
        unreadable.push(n);
      }
    }
    const warnings =
      unreadable.length > 0
        ? [`PDF pages that could not be read were skipped: ${unreadable.join(', ')}`]
        : [];
    return { text: reflowPdfLines(pages, width || undefined).join('\n'), warnings };
  } finally {
    await task.destroy();
  }
}
