/**
 * postComment throughput: `npm run bench:post-comment` (see docs/benchmarks.md).
 *
 * One embedded PostgreSQL (default settings: synchronous_commit on), two servers as child
 * processes, one load generator (autocannon, 50 connections, keep-alive) in this process,
 * all on the same cores:
 *  - ours: the real API (`dist/apps/api/src/main.js`, NODE_ENV=production, relay on), 200
 *    signed-in users posting top-level comments on the articles of an open draft (a third on
 *    one hot article), each with a fresh idempotency key;
 *  - baseline: a bare @apollo/server 5 + pg server (bench/post-comment-baseline.ts) that
 *    inserts the comment and its outbox event in one CTE statement, nothing else.
 * Rounds alternate baseline and ours after a warm-up; the ratio is ours / baseline of
 * sustained comments per second. Any GraphQL error counts as an error. After each of our
 * rounds the bench waits for the outbox consumers to catch up and charges their CPU to the
 * round; a socket.io reader subscribed to the draft records how late `comment.created`
 * reaches it (createdAt → receipt).
 *
 *   node scripts/bench.js post-comment [--duration 10] [--rounds 2] [--connections 50] [--users 200]
 *     [--floor] [--profile DIR] [--statements N] [--pg name=value] [--env NAME=value] [--sql STATEMENT]
 *     [--worker] [--keep]
 *
 * `--worker` runs ours as deployed: the API with OUTBOX_RELAY=off and a worker process running
 * the relay, with live events crossing over Redis Streams (REDIS_URL, default the local Redis);
 * "server µs" is then the API's CPU plus the worker's.
 *
 * Experiments: `--env` passes a variable to our server (e.g. OUTBOX_RELAY=off measures the
 * request path without the outbox consumers); `--sql` runs a statement on our database after
 * the migrations (e.g. dropping an index to see what it costs). Both may repeat. `--keep`
 * leaves the data directory (database bench_app, as the run left it) for EXPLAIN ANALYZE.
 */
import { migrateDatabase, startEmbeddedPostgres } from '@thamvan/core';
import autocannon from 'autocannon';
import { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { io } from 'socket.io-client';
import { childEnv } from '../test/utils/processes';
import { arg, Child, login, loginAll, openDraft, seedAccounts, startChild } from './bench-api';

const ROOT = join(__dirname, '..');
const LAW = readFileSync(join(ROOT, 'test/fixtures/laws/luat-an-ninh-mang-2018.txt'), 'utf8');
const BODY =
  'Đề nghị Ban soạn thảo làm rõ phạm vi áp dụng của điều này đối với doanh nghiệp nhỏ và vừa, ' +
  'đồng thời quy định cụ thể thời hạn xử lý để tránh áp dụng tùy tiện trên thực tế.';
/**
 * Each comment quotes two random lines of the law: the same text posted again and again by
 * one author is a flood (libs/moderation) and would be held as PENDING, which is not the
 * path this bench measures (the counters check below counts PUBLISHED comments).
 */
const LINES = [...new Set(LAW.split('\n').filter((line) => line.length >= 60 && line.length <= 300))];
const pick = () => LINES[Math.floor(Math.random() * LINES.length)].trim();
const body = () => `${BODY} Cụ thể: "${pick()}" và "${pick()}"`;

interface LoadResult {
  name: string;
  perSecond: number;
  ok: number;
  errors: number;
  p50: number;
  p99: number;
  /** CPU time per answered request of the server process and of all PostgreSQL processes, µs (ours: until its outbox consumers caught up). */
  serverCpuUs?: number;
  pgCpuUs?: number;
  /** Ours: how long the outbox consumers took to catch up after the load stopped (ms). */
  drainMs?: number;
  /** Ours: how long after the load stopped draft_counter equalled the published comments (ms). */
  countersMs?: number;
  /** Ours: delay from a comment's createdAt to its comment.created reaching a reader (ms). */
  liveP50?: number;
  liveP99?: number;
}

/**
 * CPU time (s) used so far by a process and, with `children`, its direct children, read
 * from /proc (Linux; 0 elsewhere). On a shared machine the throughput of a run depends on
 * what else runs; the CPU each request costs much less so.
 */
function cpuSeconds(pid: number | undefined, children = false): number {
  const stat = (p: string): string[] | undefined => {
    try {
      const text = readFileSync(`/proc/${p}/stat`, 'utf8');
      return text.slice(text.lastIndexOf(')') + 2).split(' ');
    } catch {
      return undefined;
    }
  };
  const ticks = (fields: string[] | undefined) => (fields ? Number(fields[11]) + Number(fields[12]) : 0);
  if (!pid) return 0;
  const own = stat(String(pid));
  let total = ticks(own);
  if (children && own && existsSync('/proc')) {
    // Children that exited (backends, autovacuum workers) were reaped into cutime + cstime.
    total += Number(own[13]) + Number(own[14]);
    for (const p of readdirSync('/proc')) {
      if (!/^\d+$/.test(p)) continue;
      const fields = stat(p);
      if (fields && Number(fields[1]) === pid) total += ticks(fields);
    }
  }
  return total / 100; // USER_HZ
}

const MUTATION = `mutation ($input: PostCommentInput!) { postComment(input: $input) { id createdAt } }`;

/** `{ __typename }` with the same token: what the server costs before any resolver runs. */
const FLOOR = JSON.stringify({ query: '{ __typename }' });

function load(
  name: string,
  url: string,
  tokens: string[],
  draftId: string,
  articles: string[],
  seconds: number,
  connections: number,
  floor = false,
): Promise<LoadResult> {
  let n = 0;
  let graphqlErrors = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/graphql`,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            setupRequest: (req) => {
              const i = n++;
              // A third of the comments go to one article: consultations concentrate (PERFORMANCE.md).
              const provisionId = i % 3 === 0 ? articles[7] : articles[i % articles.length];
              return {
                ...req,
                headers: { ...req.headers, authorization: `Bearer ${tokens[i % tokens.length]}` },
                body: floor
                  ? FLOOR
                  : JSON.stringify({
                      query: MUTATION,
                      variables: {
                        input: {
                          draftId,
                          provisionId,
                          body: body(),
                          stance: 'SUPPORT',
                          idempotencyKey: randomUUID(),
                        },
                      },
                    }),
              };
            },
            onResponse: (status, body) => {
              if (status === 200 && body.includes('"errors"')) graphqlErrors++;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const ok = result['2xx'] - graphqlErrors;
        resolve({
          name,
          perSecond: ok / (result.duration || seconds),
          ok,
          errors: graphqlErrors + result.non2xx + result.errors + result.timeouts,
          p50: result.latency.p50,
          p99: result.latency.p99,
        });
      },
    );
  });
}

async function main(): Promise<void> {
  const seconds = arg('duration', 10);
  const rounds = arg('rounds', 2);
  const connections = arg('connections', 50);
  const users = arg('users', 200);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../scripts/build.js') as { build: () => boolean }).build();
  const dir = mkdtempSync(join(tmpdir(), 'thamvan-bench-'));
  const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  // PERFORMANCE.md measured PostgreSQL's defaults (synchronous_commit on); --pg name=value overrides one.
  const settings: Record<string, string> = {};
  const extraEnv: Record<string, string> = {};
  const extraSql: string[] = [];
  process.argv.forEach((a, i) => {
    const value = process.argv[i + 1] ?? '';
    const [k, ...rest] = value.split('=');
    if (a === '--pg') settings[k] = rest.join('=');
    if (a === '--env') extraEnv[k] = rest.join('=');
    if (a === '--sql') extraSql.push(value);
  });
  // --statements N: the N statements of our database that cost PostgreSQL the most time.
  const statements = arg('statements', 0);
  if (statements > 0) {
    settings.shared_preload_libraries = 'pg_stat_statements';
    settings['pg_stat_statements.track_planning'] = 'on';
  }
  const pg = await startEmbeddedPostgres({ dataDir: dir, settings });
  const servers: ChildProcess[] = [];
  try {
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench_app');
    await admin.query('CREATE DATABASE bench_base');
    await admin.end();
    const appUrl = pg.url.replace(/\/postgres$/, '/bench_app');
    const baseUrl = pg.url.replace(/\/postgres$/, '/bench_base');
    await migrateDatabase(appUrl);
    const db = new Client({ connectionString: appUrl });
    // Stopping the cluster at the end (or after a failure) ends this connection: not a crash.
    db.on('error', () => undefined);
    await db.connect();
    for (const sql of extraSql) await db.query(sql);
    const accounts = await seedAccounts(db, users, 'bench');
    // The machine's environment minus what would redirect a server (REDIS_URL, MEILI_URL, …).
    const env = childEnv({ PORT: '0' });
    // childEnv lowers the password hash cost for test servers; production refuses that.
    delete env.PASSWORD_HASH_COST;
    // --profile DIR: a V8 CPU profile of our server, written when it exits.
    const profile = process.argv.indexOf('--profile');
    // --worker: as deployed, the API without the relay and a worker process running it, live
    // events crossing over Redis Streams (REDIS_URL, default redis://127.0.0.1:6379).
    const asDeployed = process.argv.includes('--worker');
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const ourEnv = {
      ...env,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(48).toString('base64url'),
      DATABASE_URL: appUrl,
      DATA_DIR: join(dir, 'app'),
      RATE_LIMIT_MULTIPLIER: '1000',
      ...(asDeployed ? { OUTBOX_RELAY: 'off', REDIS_URL: redisUrl } : {}),
      ...extraEnv,
    };
    const ours = await startChild(
      [
        ...(profile > 0 ? ['--cpu-prof', `--cpu-prof-dir=${process.argv[profile + 1]}`] : []),
        join(ROOT, 'dist/apps/api/src/main.js'),
      ],
      ourEnv,
      /GraphQL\s+http:\/\/localhost:(\d+)/,
    );
    servers.push(ours.child);
    const worker = asDeployed
      ? await startChild([join(ROOT, 'dist/apps/worker/src/main.js')], ourEnv, /outbox relay (running)/)
      : undefined;
    if (worker) servers.push(worker.child);
    const relayOff = extraEnv.OUTBOX_RELAY === 'off' && !asDeployed;
    const base = await startChild(
      [join(ROOT, 'scripts/bench.js'), join(ROOT, 'bench/post-comment-baseline.ts')],
      { ...env, BENCH_ROLE: 'baseline', DATABASE_URL: baseUrl },
      /listening (\d+)/,
    );
    servers.push(base.child);
    say('servers up; signing in the users');
    const editorToken = await login(ours.url, accounts.editor);
    const { draftId, articles } = await openDraft(ours.url, editorToken, accounts.agencyId, {
      title: 'Luật An ninh mạng',
      docType: 'LAW',
      text: LAW,
    });
    const tokens = await loginAll(ours.url, accounts.emails);
    say('warming up');
    await load('warm-up baseline', base.url, tokens, draftId, articles, 3, connections);
    await load('warm-up ours', ours.url, tokens, draftId, articles, 3, connections);
    if (statements > 0) {
      await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await db.query('SELECT pg_stat_statements_reset()');
    }
    const postmaster = Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    /**
     * Our outbox consumers (search, counters, campaigns, live) may still be working when the
     * load stops. Waiting for them before the CPU is read charges their whole cost to the
     * comments that caused it, and keeps it out of the next (baseline) round.
     */
    const drained = async (): Promise<{ drainMs: number; countersMs?: number }> => {
      const started = Date.now();
      // Every comment of the round has committed: how many are published is fixed now. The
      // polls below are cheap (an index count, one counter row), so that the bench's own
      // queries barely add to the CPU it charges to the consumers.
      const { rows: published } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM comment WHERE draft_id = $1 AND status = 'PUBLISHED'`,
        [draftId],
      );
      let countersMs: number | undefined;
      while (Date.now() - started < 120_000) {
        const { rows } = await db.query<{ pending: boolean; counted: number | null }>(
          `SELECT EXISTS (SELECT 1 FROM outbox_event WHERE status = 'PENDING') AS pending,
                  (SELECT comments FROM draft_counter WHERE draft_id = $1) AS counted`,
          [draftId],
        );
        // At least: requests still in flight when the load stopped may add a few comments.
        if (countersMs === undefined && (rows[0].counted ?? 0) >= published[0].n)
          countersMs = Date.now() - started;
        if (!rows[0].pending) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return { drainMs: Date.now() - started, countersMs };
    };
    // A reader of the draft (socket.io, /live): how late do live events arrive under this load?
    const reader = io(`${ours.url}/live`, { transports: ['websocket'], reconnection: false, forceNew: true });
    await new Promise<void>((resolve, reject) => {
      reader.once('connect', () => resolve());
      reader.once('connect_error', reject);
    });
    await reader.timeout(10_000).emitWithAck('subscribe', { draftId });
    let liveDelays: number[] | null = null;
    reader.on('comment.created', (e: { comment: { createdAt: string } }) => {
      liveDelays?.push(Date.now() - Date.parse(e.comment.createdAt));
    });
    const measured = async (name: string, server: Child, floor = false): Promise<LoadResult> => {
      // Ours: the API and, with --worker, the worker (the relay's CPU is ours too).
      const serverCpu = () =>
        cpuSeconds(server.child.pid) + (server === ours && worker ? cpuSeconds(worker.child.pid) : 0);
      const before = [serverCpu(), cpuSeconds(postmaster, true)];
      liveDelays = [];
      const r = await load(name, server.url, tokens, draftId, articles, seconds, connections, floor);
      if (server === ours && !relayOff) {
        Object.assign(r, await drained());
        await new Promise((resolve) => setTimeout(resolve, 200)); // the last events in flight
        const sorted = liveDelays.sort((x, y) => x - y);
        if (sorted.length) {
          r.liveP50 = sorted[Math.floor(sorted.length * 0.5)];
          r.liveP99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
        }
      }
      liveDelays = null;
      const answered = r.ok + r.errors || 1;
      r.serverCpuUs = ((serverCpu() - before[0]) / answered) * 1e6;
      r.pgCpuUs = ((cpuSeconds(postmaster, true) - before[1]) / answered) * 1e6;
      return r;
    };
    const results: LoadResult[] = [];
    for (let r = 1; r <= rounds; r++) {
      say(`round ${r}`);
      results.push(await measured(`baseline, round ${r}`, base));
      results.push(await measured(`thamvan, round ${r}`, ours));
    }
    if (process.argv.includes('--floor')) {
      results.push(await measured('floor: baseline', base, true));
      results.push(await measured('floor: thamvan', ours, true));
    }
    // Counters are derived off the request path: how long until they caught up with the load?
    const started = Date.now();
    let written = 0;
    let counted = 0;
    // Without the relay (--env OUTBOX_RELAY=off) nothing counts: do not wait.
    while (!relayOff && Date.now() - started < 60_000) {
      written = (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM comment WHERE draft_id = $1 AND status = 'PUBLISHED'`,
          [draftId],
        )
      ).rows[0].n;
      const rows = (
        await db.query<{ comments: number }>(`SELECT comments FROM draft_counter WHERE draft_id = $1`, [
          draftId,
        ])
      ).rows;
      counted = rows[0]?.comments ?? 0;
      if (counted === written) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const drainMs = Date.now() - started;
    reader.close();
    if (statements > 0) await printStatements(db, statements);
    await db.end();
    print(results, {
      connections,
      users,
      seconds,
      written,
      counted,
      drainMs,
      settings,
      relayOff,
    });
  } finally {
    for (const child of servers) child.kill('SIGTERM');
    await Promise.all(
      servers.map(
        (c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once('exit', resolve))),
      ),
    );
    await pg.stop();
    // --keep: leave the database for experiments (startEmbeddedPostgres({ dataDir }) reopens it).
    if (process.argv.includes('--keep')) say(`kept the data directory ${dir} (database bench_app)`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Where PostgreSQL's time went for our server (rounds and floor, not warm-up), per statement. */
async function printStatements(db: Client, limit: number): Promise<void> {
  const { rows } = await db.query<{
    calls: number;
    exec: number;
    plan: number;
    total: number;
    query: string;
  }>(
    `SELECT calls::int, mean_exec_time AS exec, mean_plan_time AS plan,
            total_exec_time + total_plan_time AS total, regexp_replace(query, '\\s+', ' ', 'g') AS query
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      ORDER BY total DESC LIMIT $1`,
    [limit],
  );
  const lines = rows.map(
    (r) =>
      `${String(r.calls).padStart(8)} ${r.exec.toFixed(3).padStart(8)} ${r.plan.toFixed(3).padStart(8)} ${(r.total / 1000).toFixed(2).padStart(7)}  ${r.query.slice(0, 140)}`,
  );
  process.stdout.write(['   calls  exec ms  plan ms total s  statement', ...lines, ''].join('\n') + '\n');
}

function print(
  results: LoadResult[],
  info: {
    connections: number;
    users: number;
    seconds: number;
    written: number;
    counted: number;
    drainMs: number;
    settings: Record<string, string>;
    relayOff: boolean;
  },
): void {
  const mean = (name: string, key: 'perSecond' | 'p50' | 'p99' | 'serverCpuUs' | 'pgCpuUs') => {
    const rows = results.filter((r) => r.name.startsWith(`${name},`));
    return rows.reduce((sum, r) => sum + (r[key] ?? 0), 0) / rows.length;
  };
  const us = (v: number | undefined) => (v ?? 0).toFixed(0).padStart(10);
  const line = (r: LoadResult) =>
    `| ${r.name.padEnd(18)} | ${r.perSecond.toFixed(0).padStart(10)} | ${String(r.p50).padStart(7)} | ${String(r.p99).padStart(7)} | ${String(r.errors).padStart(6)} | ${us(r.serverCpuUs)} | ${us(r.pgCpuUs)} | ${String(r.drainMs ?? '').padStart(8)} | ${String(r.countersMs ?? '').padStart(11)} | ${(r.liveP50 === undefined ? '' : `${r.liveP50} / ${r.liveP99}`).padStart(17)} |`;
  const out = [
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ${info.connections} connections, ${info.users} users, ${info.seconds} s per run; PostgreSQL ${Object.keys(info.settings).length ? JSON.stringify(info.settings) : 'defaults'}`,
    '',
    '| run                | comments/s | p50 ms  | p99 ms  | errors | server µs  | PG µs      | drain ms | counters ms | live p50 / p99 ms |',
    '| ------------------ | ---------- | ------- | ------- | ------ | ---------- | ---------- | -------- | ----------- | ----------------- |',
    ...results.map(line),
    '',
    `mean: thamvan ${mean('thamvan', 'perSecond').toFixed(0)}/s (p50 ${mean('thamvan', 'p50').toFixed(1)} ms, p99 ${mean('thamvan', 'p99').toFixed(1)} ms), ` +
      `baseline ${mean('baseline', 'perSecond').toFixed(0)}/s (p50 ${mean('baseline', 'p50').toFixed(1)} ms, p99 ${mean('baseline', 'p99').toFixed(1)} ms)`,
    `ratio thamvan / baseline: ${(mean('thamvan', 'perSecond') / mean('baseline', 'perSecond')).toFixed(2)}`,
    `CPU per comment (server + PostgreSQL): thamvan ${mean('thamvan', 'serverCpuUs').toFixed(0)} + ${mean('thamvan', 'pgCpuUs').toFixed(0)} µs, ` +
      `baseline ${mean('baseline', 'serverCpuUs').toFixed(0)} + ${mean('baseline', 'pgCpuUs').toFixed(0)} µs`,
    info.relayOff
      ? 'counters: not checked (OUTBOX_RELAY=off: no consumer ran)'
      : `counters: draft_counter caught up with ${info.written} published comments ${info.counted === info.written ? `${info.drainMs} ms after the load` : `NOT within 60 s (${info.counted})`}`,
  ];
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
