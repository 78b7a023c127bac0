/**
 * `npm run bench:search-page`: the public search page (`/tim-kiem`) on the data set of
 * `bench:search` (see docs/benchmarks.md, "Search page").
 *
 * One embedded PostgreSQL, migrated, seeded in SQL with the comments of `bench/search-data.ts`
 * (default 1,000,000) and the search projection rebuilt with the code of `cli reindex`; then
 * the API with the web client (`dist/`, `NODE_ENV=production`, no demo seed) started on it.
 * For three shapes of search — a common word, a rare word, faceted (the busiest draft, stance
 * AMEND, province Hà Nội, no text) — measured, alternating, after 3 warm-ups:
 *
 * (a) the page, `GET /tim-kiem?…` as an anonymous reader, until its body is read (loader:
 *     SearchPage, SearchChoices and, with a draft, SearchDraft in parallel; then the render);
 * (b) the `SearchPage` document alone, with the input the loader builds, POST /graphql
 *     (the `searchComments` call: total, 20 hits with highlights, the page's facets);
 * (c) for reference, the loader's documents all at once, as the loader sends them.
 *
 * Words rotate over the 5 most common syllables and the 5 rare words, the same word for (a),
 * (b) and (c) in a round. Then, unless --no-lighthouse, Lighthouse (mobile, simulated
 * throttling) on the common-word page and the faceted page.
 *
 *   node scripts/bench.js search-page [--comments 1000000] [--rounds 20] [--no-lighthouse] [--keep]
 */
import { dataSourceOptions, migrateDatabase, startEmbeddedPostgres } from '@thamvan/core';
import { SearchProjection } from '@thamvan/search';
import { Logger } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import {
  SearchChoicesDocument,
  SearchDraftDocument,
  SearchPageDocument,
  type SearchFacet,
} from '../apps/web/app/gql/graphql';
import { searchFiltersOf } from '../apps/web/app/lib/search-params';
import { arg, graphql, startChild } from './bench-api';
import { lighthouseRow, runLighthouse } from './lighthouse';
import { RARE, seed, vocabulary } from './search-data';

const ROOT = join(__dirname, '..');
const COMMENTS = arg('comments', 1_000_000);
const ROUNDS = arg('rounds', 20);
const withLighthouse = !process.argv.includes('--no-lighthouse');
const say = (line: string) => process.stderr.write(`[bench:search-page] ${line}\n`);

/** The page's facets (apps/web/app/routes/search.tsx), PROVISION added when a draft is chosen. */
const FACETS: SearchFacet[] = [
  'DRAFT',
  'AGENCY',
  'STANCE',
  'AUTHOR_KIND',
  'PROVINCE',
  'VERIFIED',
  'DISPOSITION',
];

/** Nearest rank: the value at or under which a share `p` of the samples lie. */
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)];
};
async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

interface Shape {
  name: string;
  /** The page's query strings, one per round (rotated). */
  queries: string[];
  /** What each searches for, in the report. */
  labels: string[];
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error']);
  for (const script of ['scripts/build.js', 'apps/web/scripts/build.cjs']) {
    execFileSync(process.execPath, [join(ROOT, script)], { stdio: 'inherit' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'thamvan-bench-search-page-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-bench-search-page-data-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, log: say });
  let app: Awaited<ReturnType<typeof startChild>> | undefined;
  try {
    await migrateDatabase(pg.url);
    const db = await new DataSource({ ...dataSourceOptions(pg.url), extra: { max: 4 } }).initialize();
    const words = vocabulary();
    say(`vocabulary: ${words.length} syllables from the fixture laws; seeding ${COMMENTS} comments`);
    let started = performance.now();
    const { hotDraft } = await seed(db, words, COMMENTS, say);
    const seedSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const projection = await new SearchProjection(db).rebuild();
    const indexSeconds = (performance.now() - started) / 1000;
    say(`projection built: ${projection.documents} documents in ${indexSeconds.toFixed(1)} s`);
    const [{ n: hotComments }] = await db.query(
      `SELECT count(*)::int AS n FROM comment_search WHERE draft_id = $1 AND status = 'PUBLISHED'`,
      [hotDraft],
    );
    await db.destroy();

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: pg.url,
      DATA_DIR: dataDir,
      PORT: '0',
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-search-page-secret-0123456789abcdef',
      PUBLIC_URL: 'http://localhost',
      RATE_LIMIT_MULTIPLIER: '1000',
    };
    // The Postgres adapter, whatever the shell says.
    delete env.MEILI_URL;
    delete env.MEILI_API_KEY;
    app = await startChild(
      [join(ROOT, 'dist/apps/api/src/main.js')],
      env,
      /Web\s+http:\/\/localhost:(\d+)\//,
    );
    const url = app.url;

    const qs = (params: [string, string][]) => new URLSearchParams(params).toString();
    const common = words.slice(0, 5);
    const shapes: Shape[] = [
      { name: 'common word', queries: common.map((w) => qs([['q', w]])), labels: common },
      { name: 'rare word', queries: RARE.map((w) => qs([['q', w]])), labels: RARE },
      {
        name: 'faceted: one draft, AMEND, Hà Nội',
        queries: [
          qs([
            ['du-thao', hotDraft],
            ['quan-diem', 'AMEND'],
            ['tinh', 'Hà Nội'],
          ]),
        ],
        labels: ['busiest draft + AMEND + Hà Nội'],
      },
    ];

    /** What the loader sends for this address (search.tsx's loader, first page). */
    const loaderInput = (query: string) => {
      const filters = searchFiltersOf(new URLSearchParams(query));
      const facets: SearchFacet[] = filters.draftId ? [...FACETS, 'PROVISION'] : FACETS;
      return { filters, input: { ...filters, first: 20, after: undefined, facets } };
    };
    const page = async (query: string) => {
      const res = await fetch(`${url}/tim-kiem?${query}`, { headers: { 'accept-encoding': 'identity' } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`/tim-kiem?${query} answered ${res.status}`);
      return body;
    };
    const searchAlone = (query: string) =>
      graphql<{ searchComments: { totalCount: number; totalIsExact: boolean } }>(
        url,
        SearchPageDocument.toString(),
        { input: loaderInput(query).input },
      );
    const loaderDocuments = (query: string) => {
      const { filters, input } = loaderInput(query);
      return Promise.all([
        graphql(url, SearchPageDocument.toString(), { input }),
        graphql(url, SearchChoicesDocument.toString(), {}),
        filters.draftId ? graphql(url, SearchDraftDocument.toString(), { id: filters.draftId }) : null,
      ]);
    };

    const rows: string[] = [];
    const matches: string[] = [];
    for (const shape of shapes) {
      const first = shape.queries[0];
      const html = await page(first);
      if (!html.toString().includes('<main')) throw new Error(`/tim-kiem?${first}: no <main> in the page`);
      const totals = await Promise.all(shape.queries.map(searchAlone));
      const found = totals.map(
        ({ searchComments: { totalCount, totalIsExact } }) => `${totalCount}${totalIsExact ? '' : '+'}`,
      );
      matches.push(`${shape.name}: ${shape.labels.map((l, i) => `${l} ${found[i]}`).join(', ')}`);
      for (let i = 0; i < 3; i++) {
        await page(first);
        await searchAlone(first);
        await loaderDocuments(first);
      }
      const pageTimes: number[] = [];
      const aloneTimes: number[] = [];
      const allTimes: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const query = shape.queries[i % shape.queries.length];
        // Alternating which goes first, so neither always finds the caches the other warmed.
        const steps = [
          async () => pageTimes.push(await time(() => page(query))),
          async () => aloneTimes.push(await time(() => searchAlone(query))),
          async () => allTimes.push(await time(() => loaderDocuments(query))),
        ];
        for (const step of i % 2 ? steps.reverse() : steps) await step();
      }
      const p50 = (v: number[]) => percentile(v, 0.5);
      const p95 = (v: number[]) => percentile(v, 0.95);
      rows.push(
        `| ${shape.name} | ${p50(pageTimes).toFixed(1)} | ${p95(pageTimes).toFixed(1)} | ${p50(aloneTimes).toFixed(1)} | ${p95(aloneTimes).toFixed(1)} | ${p50(allTimes).toFixed(1)} | **${(p50(pageTimes) / p50(aloneTimes)).toFixed(2)}** | ${(p95(pageTimes) / p95(aloneTimes)).toFixed(2)} | ${html.byteLength.toLocaleString('en')} (${gzipSync(html).byteLength.toLocaleString('en')} gz) |`,
      );
      say(rows[rows.length - 1]);
    }

    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(
      `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}; load average ${loadavg()[0].toFixed(1)}; ` +
        `${COMMENTS.toLocaleString('en')} comments (seeded in ${seedSeconds.toFixed(0)} s, projection of ${projection.documents.toLocaleString('en')} documents in ${indexSeconds.toFixed(0)} s); ` +
        `busiest draft ${hotComments.toLocaleString('en')} public comments; ${ROUNDS} alternating rounds per shape after 3 warm-ups`,
    );
    out(`matches (searchComments totalCount, + = estimated): ${matches.join('; ')}`);
    out(`\n## Search page /tim-kiem, server render against searchComments alone\n`);
    out(
      '| search (anonymous, first page of 20) | page p50 ms | p95 | SearchPage alone p50 ms | p95 | loader documents all at once p50 ms | page / SearchPage p50 | p95 | page HTML bytes |',
    );
    out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) out(row);

    if (withLighthouse) {
      out(`\n## Lighthouse 12.2.3 (mobile, simulated throttling)\n`);
      out('| page | performance | accessibility | LCP s | TBT ms | CLS |');
      out('| --- | ---: | ---: | ---: | ---: | ---: |');
      const failures: string[] = [];
      for (const [name, query] of [
        [`search, common word (${words[0]})`, shapes[0].queries[0]],
        ['search, faceted', shapes[2].queries[0]],
      ]) {
        const result = runLighthouse(`${url}/tim-kiem?${query}`, name, (line) => process.stdout.write(line));
        failures.push(...result.failures);
        out(lighthouseRow(name, result));
      }
      if (failures.length) out(`\nAccessibility audits failed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
    }
  } finally {
    if (app) {
      app.child.kill('SIGTERM');
      await new Promise((r) => app!.child.once('exit', r));
    }
    await pg.stop();
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
