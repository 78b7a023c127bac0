/**
 * Parse throughput on the fixtures: `npm run bench:parse` (see docs/benchmarks.md).
 *
 * For each input, the full import (parseDraftSource: base64 → bytes → text → outline) is
 * timed next to a baseline measured in the same process: the same bytes turned into text by
 * the same extractor, then the bare minimum of "structure" — split into lines and count the
 * lines that start with "Điều N". The ratio is what recognising the whole hierarchy costs on
 * top of reading the file. The last rows time the parser alone on in-memory text.
 *
 * A second table compares a large parse inline with the same parse in a worker thread, which
 * needs the compiled build (dist/, built here if stale): that is the price of keeping the
 * event loop free.
 */
import { extractText, parseDraftSource } from '@thamvan/drafts/import';
import type { FileKind } from '@thamvan/drafts/import';
import { parseLegalText } from '@thamvan/drafts/parser';
import { flattenOutline } from '@thamvan/drafts/parser/collect-text';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as importSource from '@thamvan/drafts/import';
import { syntheticLaw } from '../test/drafts-import/law-generator';
import { measureTogether, Timing } from './measure';

const ROOT = join(__dirname, '..');
const LAWS = join(ROOT, 'test/fixtures/laws');
const ARTICLE_LINE = /^\s*Điều\s+\d+/u;

function naiveArticleCount(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (ARTICLE_LINE.test(line)) n++;
  return n;
}

const articleCount = (text: string): number =>
  flattenOutline(parseLegalText(text).nodes).filter((n) => n.kind === 'ARTICLE').length;

interface Row {
  input: string;
  bytes: number;
  articles: number;
  parse: Timing;
  baseline: Timing;
}

async function fileRow(kind: FileKind): Promise<Row> {
  const file = `luat-an-ninh-mang-2018.${kind}`;
  const bytes = readFileSync(join(LAWS, file));
  const base64 = bytes.toString('base64');
  const outline = await parseDraftSource({ filename: file, base64 });
  const articles = flattenOutline(outline.nodes).filter((n) => n.kind === 'ARTICLE').length;
  const naive = naiveArticleCount(await extractText(Buffer.from(base64, 'base64'), kind));
  if (naive !== articles) throw new Error(`${file}: baseline counts ${naive} articles, parser ${articles}`);
  const [parse, baseline] = await measureTogether([
    () => parseDraftSource({ filename: file, base64 }),
    async () => naiveArticleCount(await extractText(Buffer.from(base64, 'base64'), kind)),
  ]);
  return { input: `${file} (full import)`, bytes: bytes.length, articles, parse, baseline };
}

async function textRow(input: string, text: string): Promise<Row> {
  const [parse, baseline] = await measureTogether([
    () => parseLegalText(text),
    () => naiveArticleCount(text),
  ]);
  return { input, bytes: Buffer.byteLength(text), articles: articleCount(text), parse, baseline };
}

const fixed = (n: number, digits: number): string => n.toFixed(digits);

function print(rows: Row[]): void {
  const out: string[] = [
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; median of 15 interleaved runs after warm-up`,
    '',
    '| input | size | articles | parse ms | articles/s | MB/s | baseline ms | parse / baseline |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const seconds = r.parse.medianMs / 1000;
    out.push(
      `| ${r.input} | ${fixed(r.bytes / 1024, 0)} KB | ${r.articles} | ${fixed(r.parse.medianMs, 2)} | ` +
        `${fixed(r.articles / seconds, 0)} | ${fixed(r.bytes / 1e6 / seconds, 2)} | ` +
        `${fixed(r.baseline.medianMs, 2)} | ${fixed(r.parse.medianMs / r.baseline.medianMs, 1)}× |`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function loadCompiled(): typeof importSource {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require(join(ROOT, 'scripts/build.js')) as { build: () => boolean }).build();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(ROOT, 'dist/libs/drafts/src/import/index.js')) as typeof importSource;
}

async function printWorkerCost(): Promise<void> {
  const compiled = loadCompiled();
  const out = [
    '',
    '| input (compiled build) | inline ms | worker thread ms | worker cost ms |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const articles of [500, 2000]) {
    const text = syntheticLaw(articles);
    const [inline, worker] = await measureTogether([
      () => compiled.parseDraftSource({ text }, { offThreadAboveBytes: Infinity }),
      () => compiled.parseDraftSource({ text }, { offThreadAboveBytes: 0 }),
    ]);
    out.push(
      `| synthetic ${articles}-article law (${fixed(Buffer.byteLength(text) / 1024, 0)} KB) | ` +
        `${fixed(inline.medianMs, 1)} | ${fixed(worker.medianMs, 1)} | ${fixed(worker.medianMs - inline.medianMs, 1)} |`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  const text = readFileSync(join(LAWS, 'luat-an-ninh-mang-2018.txt'), 'utf8');
  const rows: Row[] = [];
  for (const kind of ['txt', 'docx', 'pdf'] as const) rows.push(await fileRow(kind));
  rows.push(await textRow('luat-an-ninh-mang-2018.txt text (parser only)', text));
  rows.push(await textRow('synthetic 2,000-article law (parser only)', syntheticLaw(2000)));
  print(rows);
  await printWorkerCost();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
