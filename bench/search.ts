/**
 * Comment search at scale: `npm run bench:search` (see docs/benchmarks.md).
 *
 * One embedded PostgreSQL (default settings), migrated, then seeded straight in SQL with
 * 1,000,000 comments whose bodies are drawn from the fixture laws' syllables (frequency-
 * skewed like real text; a few rare words planted in ~50 comments each), 20 drafts of 5
 * agencies, 20,000 authors. The `comment_search` projection is built by the same code as
 * `npm run -s cli -- reindex` (timed). Then, interleaved, each query shape runs through
 * PostgresSearchIndex.search (count + facets + page + highlights) and through the plain SQL a
 * developer would write for the same page (the baseline), and p50/p95/p99 are printed with
 * their ratio. Then the indexing lag through the outbox relay (p50/p95), and a CSV export of
 * every public comment over HTTP with this process's peak RSS.
 *
 *   node scripts/bench.js search [--comments 1000000] [--iterations 60] [--keep: leave the data directory]
 */
import {
  AppConfig,
  CoreModule,
  dataSourceOptions,
  migrateDatabase,
  startEmbeddedPostgres,
} from '@thamvan/core';
import { NestFactory } from '@nestjs/core';
import { Logger, Module } from '@nestjs/common';
import {
  parseQuery,
  PostgresSearchIndex,
  DEFAULT_SEARCH_FIELDS,
  PUBLIC_AUDIENCE,
  SearchFacetName,
  SearchIndexingModule,
  SearchProjection,
  SearchQuery,
  SearchSortName,
} from '@thamvan/search';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/create-app';
import { RARE, seed, vocabulary } from './search-data';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COMMENTS = arg('comments', 1_000_000);
const ITERATIONS = arg('iterations', 60);
const say = (line: string) => process.stderr.write(`[bench:search] ${line}\n`);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
interface Stats {
  p50: number;
  p95: number;
  p99: number;
}
function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 0.5), p95: percentile(s, 0.95), p99: percentile(s, 0.99) };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

interface Shape {
  name: string;
  words: string[];
  query: (word: string) => SearchQuery;
  baseline: (word: string) => [string, unknown[]];
}

function query(q: string | null, sort: SearchSortName, extra: Partial<SearchQuery> = {}): SearchQuery {
  return {
    text: parseQuery(q),
    fields: DEFAULT_SEARCH_FIELDS,
    filters: {},
    audience: PUBLIC_AUDIENCE,
    sort,
    first: 20,
    after: null,
    facets: [],
    ...extra,
  };
}

const folded = (w: string) => parseQuery(w)!.words.join(' & ');

/** A marked syllable as typed in Telex with the input method off ("quyền" → "quyeenf"). */
function telex(word: string): string {
  const tones: Record<string, string> = {
    '\u0301': 's',
    '\u0300': 'f',
    '\u0309': 'r',
    '\u0303': 'x',
    '\u0323': 'j',
  };
  const marks: Record<string, string> = { '\u0302': '', '\u0306': 'w', '\u031b': 'w' };
  let out = '';
  let tone = '';
  for (const ch of word.normalize('NFD')) {
    if (tones[ch]) tone = tones[ch];
    else if (ch in marks) out += marks[ch] || out.slice(-1);
    else out += ch === 'đ' ? 'dd' : ch;
  }
  return out + tone;
}

/** A short syllable with one letter doubled ("tin" → "tinn"), a slip the vocabulary lacks. */
const slip = (word: string) => word + word.slice(-1);

async function main(): Promise<void> {
  // Nest's default logger writes to stdout; the report alone goes there.
  Logger.overrideLogger(['error']);
  const dir = mkdtempSync(join(tmpdir(), 'thamvan-bench-search-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, log: say });
  const cleanup = async () => {
    await pg.stop();
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await migrateDatabase(pg.url);
    const db = await new DataSource({ ...dataSourceOptions(pg.url), extra: { max: 4 } }).initialize();
    const words = vocabulary();
    say(`vocabulary: ${words.length} syllables from the fixture laws; seeding ${COMMENTS} comments`);
    let started = performance.now();
    const { hotDraft } = await seed(db, words, COMMENTS, say);
    const seedSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const report = await new SearchProjection(db).rebuild();
    say(`projection built: ${report.documents} documents in ${(report.tookMs / 1000).toFixed(1)} s`);
    const index = new PostgresSearchIndex(db, new SearchProjection(db));

    const common = words.slice(0, 5);
    const matches = async (w: string) =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM comment_search WHERE tsv @@ to_tsquery('simple', $1)`,
          [folded(w)],
        )
      )[0].n as number;
    const commonCounts = await Promise.all(common.map(matches));
    const rareCounts = await Promise.all(RARE.map(matches));
    say(
      `common words ${common.join(', ')} match ${commonCounts.join(', ')}; rare ${RARE.join(', ')} match ${rareCounts.join(', ')}`,
    );

    // Queries as people type them: two common syllables, the second with a slip; and two
    // marked syllables typed in Telex. Each baseline is the plain SQL for the words meant.
    const marked = words.filter((w) => w !== parseQuery(w)!.words[0] && [...w].length <= 5);
    const pairs = common.slice(0, 4).map((w, i) => [w, words.filter((x) => [...x].length === 3)[i]] as const);
    const typoQueries = pairs.map(([a, b]) => ({ typed: `${a} ${slip(b)}`, meant: `${a} ${b}` }));
    const telexQueries = [0, 1, 2, 3].map((i) => {
      const [a, b] = [marked[2 * i], marked[2 * i + 1]];
      return { typed: `${telex(a)} ${telex(b)}`, meant: `${a} ${b}` };
    });
    say(
      `typo queries: ${typoQueries.map((q) => q.typed).join(', ')}; Telex: ${telexQueries.map((q) => q.typed).join(', ')}`,
    );
    const meant = new Map([...typoQueries, ...telexQueries].map((q) => [q.typed, q.meant]));
    const rankSql = (order: string) =>
      `SELECT comment_id FROM comment_search WHERE status = 'PUBLISHED' AND tsv @@ to_tsquery('simple', $1) ORDER BY ${order} LIMIT 20`;
    const facets: SearchFacetName[] = ['STANCE', 'PROVINCE', 'PROVISION'];
    const shapes: Shape[] = [
      {
        name: 'common word, relevance',
        words: common,
        query: (w) => query(w, 'RELEVANCE'),
        baseline: (w) => [rankSql("ts_rank(tsv, to_tsquery('simple', $1)) DESC"), [folded(w)]],
      },
      {
        name: 'common word, newest',
        words: common,
        query: (w) => query(w, 'NEWEST'),
        baseline: (w) => [rankSql('created_at DESC, comment_id DESC'), [folded(w)]],
      },
      {
        name: 'rare word, relevance',
        words: RARE,
        query: (w) => query(w, 'RELEVANCE'),
        baseline: (w) => [rankSql("ts_rank(tsv, to_tsquery('simple', $1)) DESC"), [folded(w)]],
      },
      {
        name: 'rare word, newest',
        words: RARE,
        query: (w) => query(w, 'NEWEST'),
        baseline: (w) => [rankSql('created_at DESC, comment_id DESC'), [folded(w)]],
      },
      {
        // The reference for the next two: the same words typed right.
        name: 'two common syllables, relevance',
        words: typoQueries.map((q) => q.meant),
        query: (w) => query(w, 'RELEVANCE'),
        baseline: (w) => [rankSql("ts_rank(tsv, to_tsquery('simple', $1)) DESC"), [folded(w)]],
      },
      {
        name: 'short syllable with a typo, relevance',
        words: typoQueries.map((q) => q.typed),
        query: (w) => query(w, 'RELEVANCE'),
        baseline: (w) => [rankSql("ts_rank(tsv, to_tsquery('simple', $1)) DESC"), [folded(meant.get(w)!)]],
      },
      {
        name: 'typed in Telex, relevance',
        words: telexQueries.map((q) => q.typed),
        query: (w) => query(w, 'RELEVANCE'),
        baseline: (w) => [rankSql("ts_rank(tsv, to_tsquery('simple', $1)) DESC"), [folded(meant.get(w)!)]],
      },
      {
        name: 'faceted: one draft, 3 facets, newest',
        words: [hotDraft],
        query: (d) => query(null, 'NEWEST', { filters: { draftId: d }, facets }),
        baseline: (d) => [
          `SELECT (SELECT json_agg(x) FROM (SELECT stance, count(*) FROM comment_search WHERE draft_id = $1 AND status = 'PUBLISHED' GROUP BY stance) x),
                  (SELECT json_agg(y) FROM (SELECT comment_id FROM comment_search WHERE draft_id = $1 AND status = 'PUBLISHED' ORDER BY created_at DESC, comment_id DESC LIMIT 20) y)`,
          [d],
        ],
      },
    ];
    const rows: string[] = [];
    for (const shape of shapes) {
      const ours: number[] = [];
      const base: number[] = [];
      for (let i = 0; i < 3; i++) {
        await index.search(shape.query(shape.words[0]));
        await db.query(...shape.baseline(shape.words[0]));
      }
      for (let i = 0; i < ITERATIONS; i++) {
        const w = shape.words[i % shape.words.length];
        ours.push(await time(() => index.search(shape.query(w))));
        const [sql, params] = shape.baseline(w);
        base.push(await time(() => db.query(sql, params)));
      }
      const o = stats(ours);
      const b = stats(base);
      rows.push(
        `| ${shape.name} | ${o.p50.toFixed(1)} | ${o.p95.toFixed(1)} | ${o.p99.toFixed(1)} | ${b.p50.toFixed(1)} | ${b.p95.toFixed(1)} | ${b.p99.toFixed(1)} | ${(o.p95 / b.p95).toFixed(2)}× |`,
      );
      say(rows[rows.length - 1]);
    }

    const plans = await explainPlans(db, folded(RARE[0]), folded(common[0]));

    // Indexing lag: comments written with their outbox event (as posting does), relay running.
    const lag = await measureLag(pg.url, db, dir);
    const exported = await measureExport(pg.url, dir);
    await db.destroy();

    process.stdout.write(
      [
        `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}; ${COMMENTS} comments (seeded in ${seedSeconds.toFixed(0)} s), ${ITERATIONS} interleaved iterations per shape`,
        `projection (reindex) of ${report.documents} documents: ${(report.tookMs / 1000).toFixed(1)} s`,
        `common words ${common.join(', ')} match ${commonCounts.join(', ')}; rare words ${RARE.join(', ')} match ${rareCounts.join(', ')}`,
        '',
        '| query | ours p50 ms | p95 | p99 | baseline SQL p50 ms | p95 | p99 | ours/baseline p95 |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...rows,
        '',
        `indexing lag through the outbox (${lag.n} comments, one every 50 ms): p50 ${lag.p50.toFixed(0)} ms, p95 ${lag.p95.toFixed(0)} ms`,
        `CSV export of ${exported.rows} public comments over HTTP: ${exported.megabytes.toFixed(0)} MB in ${exported.seconds.toFixed(1)} s; process RSS ${exported.rssBefore} MB before, ${exported.rssPeak} MB peak; after each tenth of the rows: ${exported.tenths.join(', ')} MB`,
        '',
        plans,
        '',
      ].join('\n'),
    );
  } finally {
    await cleanup();
  }
}

/**
 * EXPLAIN ANALYZE of the statements behind the "rare word, newest" trap and of the common-word
 * count, as PostgresSearchIndex issues them (see docs/search.md), next to the naive query.
 */
async function explainPlans(db: DataSource, rare: string, common: string): Promise<string> {
  const where = `s.status = 'PUBLISHED' AND s.tsv @@ to_tsquery('simple', $1)`;
  const statements: [string, string, string][] = [
    [
      'naive: rare word, newest first',
      `SELECT s.comment_id FROM comment_search s WHERE ${where} ORDER BY s.created_at DESC, s.comment_id DESC LIMIT 21`,
      rare,
    ],
    [
      'ours: rare word, newest first (few matches: MATERIALIZED through the GIN index, then sorted)',
      `WITH m AS MATERIALIZED (SELECT s.comment_id, s.status, s.created_at, 0::real AS score FROM comment_search s WHERE ${where})
       SELECT * FROM m ORDER BY m.created_at DESC, m.comment_id DESC LIMIT 21`,
      rare,
    ],
    [
      'ours: common word, newest first (many matches: the sort leads)',
      `SELECT * FROM (SELECT s.comment_id, s.status, s.created_at, 0::real AS score FROM comment_search s WHERE ${where}) m
        ORDER BY m.created_at DESC, m.comment_id DESC LIMIT 21`,
      common,
    ],
    [
      'ours: exact total up to the cap (run when the estimate is at most 30,000; shown on a common word)',
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM comment_search s WHERE ${where} LIMIT 10001) m`,
      common,
    ],
  ];
  const out: string[] = [];
  for (const [title, sql, word] of statements) {
    const plan: { 'QUERY PLAN': string }[] = await db.query(
      `EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) ${sql}`,
      [word],
    );
    out.push(`${title} ('${word}'):`, '```', ...plan.map((r) => r['QUERY PLAN']), '```');
  }
  return out.join('\n');
}

async function measureLag(url: string, db: DataSource, dir: string): Promise<Stats & { n: number }> {
  const config = AppConfig.load({ NODE_ENV: 'test', DATA_DIR: dir, DATABASE_URL: url, LOG_LEVEL: 'silent' });
  @Module({
    imports: [
      CoreModule.forRoot({ config, databaseUrl: url, relay: { enabled: true } }),
      SearchIndexingModule,
    ],
  })
  class LagModule {}
  const app = await NestFactory.createApplicationContext(LagModule, { logger: false });
  await app.init();
  const n = 200;
  const ids: string[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const [{ id }] = await db.query(
        `WITH c AS (
           INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, idempotency_key, input_hash, created_at)
           SELECT draft_id, version_id, provision_id, lineage_id, (SELECT id FROM app_user LIMIT 1), 'Độ trễ chỉ mục ' || $1, gen_random_uuid(), 'bench', now()
             FROM comment LIMIT 1 RETURNING id, draft_id, provision_id, lineage_id, parent_id)
         , o AS (INSERT INTO outbox_event (topic, aggregate_id, payload)
           SELECT 'comment.created', id, jsonb_build_object('draftId', draft_id, 'provisionId', provision_id, 'lineageId', lineage_id, 'commentId', id, 'parentId', parent_id) FROM c)
         SELECT id FROM c`,
        [i],
      );
      ids.push(id);
      await new Promise((r) => setTimeout(r, 50));
    }
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const [{ n: done }] = await db.query(
        `SELECT count(*)::int AS n FROM comment_search WHERE comment_id = ANY($1::uuid[])`,
        [ids],
      );
      if (done === n) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await app.close();
  }
  const lags: { ms: number }[] = await db.query(
    `SELECT extract(epoch FROM s.indexed_at - o.created_at) * 1000 AS ms
       FROM comment_search s JOIN outbox_event o ON o.aggregate_id = s.comment_id::text AND o.topic = 'comment.created'
      WHERE s.comment_id = ANY($1::uuid[])`,
    [ids],
  );
  return { n: lags.length, ...stats(lags.map((l) => Number(l.ms))) };
}

async function measureExport(url: string, dir: string) {
  const config = AppConfig.load({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    SEED_DEMO: '0',
  });
  const app = await createApiApp({ config, databaseUrl: url, runRelay: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const mb = () => Math.round(process.memoryUsage().rss / 1048576);
  global.gc?.();
  const rssBefore = mb();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, mb())), 50);
  // RSS after each tenth of the rows: flat if streaming works, growing if anything accumulates.
  const tenths: number[] = [];
  const expected = await new DataSource({ ...dataSourceOptions(url), extra: { max: 1 } })
    .initialize()
    .then(async (d) => {
      const [{ n }] = await d.query(
        `SELECT count(*)::int AS n FROM comment_search WHERE status = 'PUBLISHED'`,
      );
      await d.destroy();
      return n as number;
    });
  const started = performance.now();
  let bytes = 0;
  let rows = 0;
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/exports/comments.csv`);
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      for (const byte of value) {
        if (byte !== 10) continue;
        rows++;
        if (rows % Math.ceil(expected / 10) === 0) tenths.push(mb());
      }
    }
  } finally {
    clearInterval(sampler);
    await app.close();
  }
  return {
    rows: rows - 1,
    megabytes: bytes / 1e6,
    seconds: (performance.now() - started) / 1000,
    rssBefore,
    rssPeak,
    tenths,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
