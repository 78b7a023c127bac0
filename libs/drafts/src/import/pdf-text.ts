// Deep imports only: this module runs in the import worker thread, which must not load the
// whole core library (Nest, TypeORM, pg) for one function.
import { BadInputError, isVietnameseSyllable, PayloadTooLargeError } from '@thamvan/core/pure';
import { dirname, join } from 'node:path';
import type { PDFPageProxy, TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { Extracted } from './extracted';
import { MAX_EXTRACTED_TEXT_BYTES, MAX_PDF_DECODED_BYTES, MAX_PDF_PAGES } from './limits';
import { withDecodeBudget } from './pdf-decode-budget';
import type { PdfLine } from './pdf-line';
import { reflowPdfLines } from './pdf-reflow';
import { parseWarnings } from '../parser/warnings';
import { Slots } from './slots';

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
    .map(({ parts, ...line }) => ({
      ...line,
      text: mendCutSyllables(parts.join('').replace(/\s+/g, ' ').trim()),
    }))
    .filter((line) => line.text !== '');
}

/**
 * A word cut by a space right after a combining mark ("í ch", "ứ ng", "Ư u"): text written
 * in decomposed form (NFD) and printed to PDF, where the mark's glyph has no width of its own
 * and the text layer then shows a gap after it, which pdf.js and the layout rule above read
 * as a space. Joined again when the two parts make one Vietnamese syllable: a real space
 * after a decomposed word ("nhà ở") leaves two parts that do not.
 */
const CUT_AFTER_MARK = /(?<![\p{L}\p{M}])([\p{L}\p{M}]*\p{M}) (\p{L}[\p{L}\p{M}]*)/gu;

export function mendCutSyllables(text: string): string {
  return text.replace(CUT_AFTER_MARK, (cut, left: string, right: string) =>
    isVietnameseSyllable(left + right) ? left + right : cut,
  );
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item;
}

/** Thrown while reading a page whose text would pass the limit. */
class TextLimitReached extends Error {}

/**
 * A page's text items as pdf.js streams them (100 at a time), stopping as soon as the text
 * read so far passes `budget` characters: a page whose content shows millions of characters
 * is refused while pdf.js is still reading it, not after it built all of them.
 */
async function pageText(page: PDFPageProxy, budget: number): Promise<TextItem[]> {
  const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<{
    items: (TextItem | TextMarkedContent)[];
  }>;
  const items: TextItem[] = [];
  let chars = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return items;
    for (const item of value.items) {
      if (!isTextItem(item)) continue;
      items.push(item);
      chars += item.str.length;
    }
    if (chars > budget) {
      // No cancel(): pdf.js's in-process worker would go on enqueueing into the closed
      // stream and throw outside any promise. Destroying the document (readPdf's finally)
      // stops the page's reading where it is.
      reader.releaseLock();
      throw new TextLimitReached();
    }
  }
}

function pdfjsAsset(folder: string): string {
  return join(dirname(require.resolve('pdfjs-dist/package.json')), folder) + '/';
}

export interface PdfLimits {
  decodedBytes: number;
  pages: number;
  /** Characters of text (a lower bound of its UTF-8 bytes, so an early and safe stop). */
  textChars: number;
}

export const PDF_LIMITS: PdfLimits = {
  decodedBytes: MAX_PDF_DECODED_BYTES,
  pages: MAX_PDF_PAGES,
  textChars: MAX_EXTRACTED_TEXT_BYTES,
};

const tooLarge = (what: string) => new PayloadTooLargeError(`the .pdf ${what}`, 'base64');
const MB = 1024 * 1024;

// The decode budget is per thread: one PDF at a time in it (a worker only ever has one).
const oneAtATime = new Slots(1);

/**
 * Reads a PDF's text layer with pdf.js (the 2.x legacy build: CommonJS, pure JavaScript) and
 * rebuilds its paragraphs. Eval is off (CVE-2024-4367 needs it), fonts are never rendered.
 * Bounded: what its streams decode to (PAYLOAD_TOO_LARGE beyond limits.decodedBytes, counted
 * inside pdf.js: pdf-decode-budget.ts), its pages and the text taken out of them.
 */
export function extractPdf(buffer: Buffer, limits: PdfLimits = PDF_LIMITS): Promise<Extracted> {
  return oneAtATime.run(() =>
    withDecodeBudget(limits.decodedBytes, (budget) => {
      const overBudget = () =>
        tooLarge(`unpacks to more than ${Math.round(limits.decodedBytes / MB)} MB of streams`);
      return readPdf(buffer, limits, () => {
        if (budget.exceeded()) throw overBudget();
      });
    }),
  );
}

async function readPdf(buffer: Buffer, limits: PdfLimits, checkBudget: () => void): Promise<Extracted> {
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
      checkBudget();
      const name = error instanceof Error ? error.name : '';
      if (name === 'PasswordException') {
        throw new BadInputError('the .pdf is password-protected; upload it without a password', 'base64');
      }
      const why = error instanceof Error ? error.message : String(error);
      throw new BadInputError(`the .pdf file could not be read: ${why}`, 'base64');
    });
    checkBudget();
    if (doc.numPages > limits.pages) throw tooLarge(`has more than ${limits.pages} pages`);
    const pages: PdfLine[][] = [];
    const unreadable: number[] = [];
    let width = 0;
    let chars = 0;
    const textTooLarge = () => tooLarge(`holds more than ${Math.round(limits.textChars / MB)} MB of text`);
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const items = await pageText(page, limits.textChars - chars);
        for (const item of items) chars += item.str.length;
        pages.push(itemsToLines(items));
        const [x0, , x1] = page.view;
        width = Math.max(width, x1 - x0);
        page.cleanup();
      } catch (error) {
        if (error instanceof TextLimitReached) throw textTooLarge();
        // One damaged page must not cost the officer the other ninety-nine: say which.
        unreadable.push(n);
      }
      // pdf.js recovers from errors in a stream, ours included: the budget says if it was ours.
      checkBudget();
    }
    const warnings = unreadable.length > 0 ? [parseWarnings.pdfPagesSkipped(unreadable)] : [];
    return { text: reflowPdfLines(pages, width || undefined).join('\n'), warnings };
  } finally {
    await destroy(task);
  }
}

/**
 * pdf.js's destroy waits for its in-process worker to finish what it was doing; stopped in the
 * middle of a page (a limit reached), that promise may never settle, and awaiting it would
 * hang the caller (or end a worker thread without an answer). Waited for a moment, then let go:
 * in a worker thread, the thread is terminated right after.
 */
function destroy(task: { destroy(): Promise<void> }): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const later = new Promise<void>((resolve) => (timer = setTimeout(resolve, 200)));
  return Promise.race([task.destroy().catch(() => undefined), later]).finally(() => clearTimeout(timer));
}
