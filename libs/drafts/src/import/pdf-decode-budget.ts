import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * pdf.js decodes every stream of a PDF (FlateDecode, LZW, RunLength, ASCII85/Hex, predictors,
 * decryption) into a buffer that DecodeStream.ensureBuffer grows as data comes out, with no
 * limit: a 214 KB PDF whose content inflates to tens of MB took seconds and hundreds of MB,
 * and a larger one could take the process's memory (typed arrays live outside the heap that
 * a worker's resourceLimits bound). pdf.js 2.16 offers no option for this, so the worker half
 * of pdf.js (which runs in-process under Node, as a "fake worker") is loaded from its source
 * with one line added to ensureBuffer: every byte a stream's buffer is about to grow by is
 * charged to the document being read, and the charge throws once over budget.
 *
 * The patch is checked when it is applied: if pdf.js changes and the anchor is not found,
 * loading fails (and every PDF is refused) rather than decoding without a bound.
 */
const ANCHOR = `class DecodeStream extends _base_stream.BaseStream {`;
const GROW = `  ensureBuffer(requested) {
    const buffer = this.buffer;

    if (requested <= buffer.byteLength) {
      return buffer;
    }

    let size = this.minBufferLength;

    while (size < requested) {
      size *= 2;
    }

    const buffer2 = new Uint8Array(size);
`;
// Charged what the buffer grows by, before it is allocated: the sum over a stream is the
// size of its final buffer (at most twice what it decoded), over a document what its
// streams took, freed or not.
const CHARGED = GROW.replace(
  '    const buffer2 = new Uint8Array(size);\n',
  '    __chargeDecodedBytes(size - buffer.byteLength);\n    const buffer2 = new Uint8Array(size);\n',
);

/** Raised from inside pdf.js when a document's streams decode to more than its budget. */
export class PdfDecodeBudgetExceeded extends Error {
  override readonly name = 'PdfDecodeBudgetExceeded';
}

interface Budget {
  limit: number;
  used: number;
  exceeded: boolean;
}

let current: Budget | null = null;

function charge(bytes: number): void {
  if (!current) return;
  current.used += bytes;
  if (current.used > current.limit) {
    current.exceeded = true;
    throw new PdfDecodeBudgetExceeded(`PDF streams decode to more than ${current.limit} bytes`);
  }
}

/** pdf.worker.js's source with the charge added to DecodeStream.ensureBuffer. */
export function patchPdfWorkerSource(source: string): string {
  const start = source.indexOf(ANCHOR);
  const at = start < 0 ? -1 : source.indexOf(GROW, start);
  if (at < 0 || source.indexOf(ANCHOR, start + 1) >= 0) {
    throw new Error('pdfjs-dist changed: cannot install the PDF decode budget (see pdf-decode-budget.ts)');
  }
  return source.slice(0, at) + CHARGED + source.slice(at + GROW.length);
}

let installed = false;

/**
 * Makes pdf.js use the budgeted worker half: pdf.js takes `globalThis.pdfjsWorker` as its
 * in-process worker when set. Compiled with `new Function` in this realm (not vm, whose
 * context would differ from jest's), with the charge function passed in as a parameter.
 */
export function installPdfDecodeBudget(): void {
  if (installed) return;
  const file = require.resolve('pdfjs-dist/legacy/build/pdf.worker.js');
  const source = patchPdfWorkerSource(readFileSync(file, 'utf8'));
  const module = { exports: {} as Record<string, unknown> };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- our dependency's own code, patched above
  const load = new Function(
    'exports',
    'require',
    'module',
    '__filename',
    '__dirname',
    '__chargeDecodedBytes',
    source,
  ) as (...args: unknown[]) => void;
  load(module.exports, createRequire(file), module, file, dirname(file), charge);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = module.exports;
  installed = true;
}

/**
 * Runs `read` with a decode budget of `limit` bytes for the document it opens. One document at
 * a time per thread (callers serialise), so the budget is the document's. Returns whether the
 * budget was exceeded, even if pdf.js caught the error and carried on (it recovers from
 * errors in a stream by default).
 */
export async function withDecodeBudget<T>(
  limit: number,
  read: (budget: { exceeded: () => boolean; used: () => number }) => Promise<T>,
): Promise<T> {
  installPdfDecodeBudget();
  if (current) throw new Error('one PDF at a time per thread');
  const budget: Budget = { limit, used: 0, exceeded: false };
  current = budget;
  try {
    return await read({ exceeded: () => budget.exceeded, used: () => budget.used });
  } finally {
    current = null;
  }
}
