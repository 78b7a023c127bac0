import { BadInputError, ErrorCode } from '@thamvan/core';
import * as source from '@thamvan/drafts/import';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../utils/processes';
import { syntheticLaw } from './law-generator';

/**
 * Worker threads need the compiled JavaScript (jest runs the TypeScript sources, which parse
 * inline), so these tests load the build that global setup made: dist/libs/drafts/src/import.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const compiled = require(join(ROOT, 'dist/libs/drafts/src/import/index.js')) as typeof source;

const pdf = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.pdf')).toString('base64');

/** Resolves the promise while counting how often a 2 ms timer got to run meanwhile. */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 2);
  try {
    const result = await work();
    return { result, ticks };
  } finally {
    clearInterval(timer);
  }
}

describe('parsing off the event loop (compiled build)', () => {
  const big = syntheticLaw(4000);

  it('parses a large draft in a worker thread while the event loop keeps running', async () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024);
    const offThread = await ticksDuring(() => compiled.parseDraftSource({ text: big }));
    expect(offThread.ticks).toBeGreaterThan(5);
    const inline = await ticksDuring(() => source.parseDraftSource({ text: big }));
    // The TypeScript source parses inline: synchronous text parsing blocks every timer.
    expect(inline.ticks).toBe(0);
    expect(offThread.result).toEqual(inline.result);
    expect(offThread.result.nodes[0].children).toHaveLength(4000);
  });

  it('gives the same outline from a worker as inline, for a PDF', async () => {
    const viaWorker = await compiled.parseDraftSource(
      { filename: 'law.pdf', base64: pdf },
      { offThreadAboveBytes: 0 },
    );
    const inline = await source.parseDraftSource({ filename: 'law.pdf', base64: pdf });
    expect(viaWorker).toEqual(inline);
  });

  it('runs several large parses at once, one per core at most', async () => {
    const texts = [1000, 1200, 1400, 1600].map(syntheticLaw);
    const outlines = await Promise.all(texts.map((text) => compiled.parseDraftSource({ text })));
    expect(outlines.map((o) => o.nodes[0].children.length)).toEqual([1000, 1200, 1400, 1600]);
  });

  it('parses every file in a worker, however small: its size says nothing of what it unpacks to', async () => {
    const tiny = Buffer.from('Điều 1. Phạm vi\nNội dung.').toString('base64');
    const { ticks } = await ticksDuring(() => compiled.parseDraftSource({ filename: 'a.txt', base64: tiny }));
    // A worker takes tens of milliseconds to start: the timer ran meanwhile.
    expect(ticks).toBeGreaterThan(2);
  });

  it('terminates a worker past its time limit, and one past its heap, as BAD_USER_INPUT', async () => {
    const slow = compiled.parseDraftSource(
      { filename: 'law.pdf', base64: pdf },
      { worker: { timeoutMs: 1 } },
    );
    await expect(slow).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'the file took too long to read',
    });
    const greedy = compiled.parseDraftSource({ filename: 'law.pdf', base64: pdf }, { worker: { heapMb: 8 } });
    await expect(greedy).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'the file is too large or complex to read',
    });
  });

  it('reports a refusal made in the worker as BAD_USER_INPUT', async () => {
    const latin1 = Buffer.from(big, 'latin1'); // not UTF-8: Vietnamese letters become single bytes
    const refusal = compiled.parseDraftSource({ filename: 'law.txt', base64: latin1.toString('base64') });
    await expect(refusal).rejects.toMatchObject({
      name: 'BadInputError',
      code: ErrorCode.BAD_USER_INPUT,
      message: 'file content is not a .txt (not valid UTF-8); save the draft as UTF-8 text',
    });
  });
});

describe('refusals (BadInputError, BAD_USER_INPUT), source and build alike', () => {
  const cases: Array<[string, source.DraftSource, string | RegExp]> = [
    [
      'over 10 MB of base64',
      { filename: 'a.pdf', base64: 'A'.repeat(15 * 1024 * 1024) },
      'the file is larger than 10 MB',
    ],
    [
      'over 10 MB decoded',
      { filename: 'a.txt', base64: Buffer.alloc(10 * 1024 * 1024 + 3, 65).toString('base64') },
      'the file is larger than 10 MB',
    ],
    [
      'a .pdf that is text',
      { filename: 'a.pdf', base64: Buffer.from('Điều 1. Phạm vi').toString('base64') },
      'file content is not a .pdf (it looks like text)',
    ],
    [
      'a .docx that is a pdf',
      { filename: 'a.docx', base64: pdf },
      'file content is not a .docx (it looks like a .pdf)',
    ],
    ['bad base64', { filename: 'a.txt', base64: 'Điều 1' }, 'the file is not valid base64'],
    ['neither text nor file', {}, 'give the draft as text, or as a file with filename and base64'],
    ['both text and file', { text: 'Điều 1. A', filename: 'a.pdf', base64: pdf }, /not both$/],
  ];

  it.each(cases)('%s', async (_name, input, message) => {
    for (const parse of [source.parseDraftSource, compiled.parseDraftSource]) {
      const refusal = parse(input, { offThreadAboveBytes: 0 });
      await expect(refusal).rejects.toMatchObject({
        name: 'BadInputError',
        code: ErrorCode.BAD_USER_INPUT,
        message,
      });
    }
    await expect(source.parseDraftSource(input)).rejects.toBeInstanceOf(BadInputError);
  });
});
