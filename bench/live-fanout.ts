/**
 * Live fan-out: `npm run bench:live-fanout -- --clients 10000` (see docs/benchmarks.md).
 *
 * N socket.io clients (websocket transport, one socket.io-client process: this one) follow
 * one draft while comments are posted at a steady rate; each client records, per comment,
 * the time from commit to receipt. Two servers, measured one after the other in the same
 * run, on the same cores, with the same clients and the same payloads:
 *  - baseline: a bare socket.io 4 server (this file with BENCH_ROLE=baseline) that, at the
 *    same rate, broadcasts a `comment.created` payload of the same shape and size to one room;
 *    latency = its emit → receipt;
 *  - thamvan: the real API (`dist/apps/api/src/main.js`, NODE_ENV=production, relay on)
 *    on an embedded PostgreSQL; comments posted through GraphQL `postComment` by other
 *    users; latency = the comment's `createdAt` (set in the INSERT, just before commit) →
 *    receipt of `comment.created`, so it includes the outbox relay's polling, the batch read
 *    of the comment and the Markdown rendering.
 * Server memory per connection = (RSS with N clients subscribed − RSS before) / N.
 *
 *   node scripts/bench.js live-fanout [--clients 1000] [--rate 5] [--duration 20]
 */
import { migrateDatabase, startEmbeddedPostgres } from '@thamvan/core';
import { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { childEnv } from '../test/utils/processes';
import { arg, Child, graphql, login, loginAll, openDraft, seedAccounts, startChild } from './bench-api';
import { Server } from 'socket.io';
import { io, Socket } from 'socket.io-client';

const ROOT = join(__dirname, '..');
const BODY =
  'Đề nghị Ban soạn thảo làm rõ phạm vi áp dụng của điều này đối với doanh nghiệp nhỏ và vừa, ' +
  'đồng thời quy định cụ thể thời hạn xử lý để tránh áp dụng tùy tiện trên thực tế.';
const WARM_UP_MS = 3000;

const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------
// Load is generated in child processes, each on its own timer, so the pace does not depend
// on how busy this process is receiving events (N clients on two shared cores saturate it).
// ---------------------------------------------------------------------------------------

interface Paced {
  sent: number;
  failures: string[];
}

/** Calls `act` `rate` times a second for `ms`, catching up when timers run late. */
async function pace(rate: number, ms: number, act: () => Promise<void>): Promise<Paced> {
  const started = Date.now();
  const failures: string[] = [];
  const inFlight: Promise<void>[] = [];
  let sent = 0;
  while (Date.now() - started < ms) {
    while (sent < ((Date.now() - started) * rate) / 1000 + 1 && Date.now() - started < ms) {
      sent++;
      inFlight.push(
        act().catch((error: unknown) => {
          failures.push(
            error instanceof Error
              ? ((error.cause as Error | undefined)?.message ?? error.message)
              : String(error),
          );
        }),
      );
    }
    await sleep(Math.max(1, started + (sent * 1000) / rate - Date.now()));
  }
  await Promise.all(inFlight);
  return { sent: sent - failures.length, failures };
}

interface RunRequest {
  rate: number;
  ms: number;
  draftId: string;
  comment?: Record<string, unknown>;
  url?: string;
  tokens?: string[];
  body?: string;
}

/** Children take `{ run }` over IPC and answer with what they sent. */
function serve(act: (req: RunRequest) => () => Promise<void>): void {
  process.on('message', (msg: { run: RunRequest }) => {
    void pace(msg.run.rate, msg.run.ms, act(msg.run)).then((done) => process.send!({ done }));
  });
}

/** The baseline server: bare socket.io, one namespace, rooms, broadcasts at the given rate. */
function runBaseline(): void {
  const http = createServer();
  const server = new Server(http, { transports: ['websocket'], serveClient: false });
  server.of('/live').on('connection', (socket) => {
    socket.on('subscribe', (req: { draftId: string }, ack: (r: { ok: true }) => void) => {
      void socket.join(`draft:${req.draftId}`);
      ack({ ok: true });
    });
  });
  let seq = 0;
  serve(({ draftId, comment }) => () => {
    server
      .of('/live')
      .to(`draft:${draftId}`)
      .emit('comment.created', {
        seq: String(++seq),
        draftId,
        provisionId: null,
        comment: { ...comment, id: randomUUID(), createdAt: new Date().toISOString() },
      });
    return Promise.resolve();
  });
  http.listen(0, '127.0.0.1', () => {
    process.stdout.write(`listening ${(http.address() as { port: number }).port}\n`);
  });
}

/** The poster for thamvan: `postComment` over GraphQL at the given rate, rotating authors. */
function runPoster(): void {
  let n = 0;
  serve(({ url, tokens, draftId, body }) => async () => {
    await graphql(
      url!,
      `
        mutation ($input: PostCommentInput!) {
          postComment(input: $input) {
            id
          }
        }
      `,
      { input: { draftId, body, stance: 'SUPPORT', idempotencyKey: randomUUID() } },
      tokens![n++ % tokens!.length],
    );
  });
  process.stdout.write('listening 0\n');
}

function ask(child: ChildProcess, run: RunRequest): Promise<Paced> {
  return new Promise((resolve) => {
    const on = (msg: { done?: Paced }) => {
      if (!msg.done) return;
      child.off('message', on);
      resolve(msg.done);
    };
    child.on('message', on);
    child.send({ run });
  });
}

// ---------------------------------------------------------------------------------------

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status);
  return kb ? Number(kb[1]) * 1024 : NaN;
}

/** N clients subscribed to one draft; each `comment.created` adds one latency sample. */
async function connectClients(
  url: string,
  n: number,
  draftId: string,
  samples: number[],
  since: { t: number },
): Promise<Socket[]> {
  const sockets: Socket[] = [];
  const onEvent = (e: { comment: { createdAt: string } }) => {
    const at = Date.parse(e.comment.createdAt);
    if (at >= since.t) samples.push(Date.now() - at);
  };
  for (let i = 0; i < n; i += 250) {
    const batch = Array.from({ length: Math.min(250, n - i) }, async () => {
      const socket = io(`${url}/live`, {
        path: '/socket.io',
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      const ack = (await socket.timeout(30_000).emitWithAck('subscribe', { draftId })) as { ok: boolean };
      if (!ack.ok) throw new Error(`subscribe refused: ${JSON.stringify(ack)}`);
      socket.on('comment.created', onEvent);
      sockets.push(socket);
    });
    await Promise.all(batch);
  }
  return sockets;
}

interface Result {
  name: string;
  clients: number;
  sent: number;
  expected: number;
  received: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  bytesPerConnection: number;
  rssMb: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(
  name: string,
  server: Child,
  n: number,
  draftId: string,
  rate: number,
  seconds: number,
  drive: (ms: number) => Promise<Paced>,
): Promise<Result> {
  const pid = server.child.pid!;
  await sleep(1000);
  const before = rssBytes(pid);
  const samples: number[] = [];
  const since = { t: Infinity };
  say(`${name}: connecting ${n} clients`);
  const sockets = await connectClients(server.url, n, draftId, samples, since);
  await sleep(2000);
  const after = rssBytes(pid);
  say(`${name}: ${n} subscribed; warming up, then ${seconds} s at ${rate} comments/s`);
  await drive(WARM_UP_MS);
  await sleep(1000);
  since.t = Date.now();
  const { sent, failures } = await drive(seconds * 1000);
  if (failures.length) say(`${name}: ${failures.length} posts failed (${[...new Set(failures)].join('; ')})`);
  // Let the last events arrive.
  const expected = sent * n;
  const deadline = Date.now() + 15_000;
  while (samples.length < expected && Date.now() < deadline) await sleep(100);
  for (const s of sockets) s.close();
  await sleep(1500);
  const sorted = samples.slice().sort((a, b) => a - b);
  return {
    name,
    clients: n,
    sent,
    expected,
    received: samples.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    bytesPerConnection: (after - before) / n,
    rssMb: after / 1e6,
  };
}

async function main(): Promise<void> {
  const clients = arg('clients', 1000);
  const rate = arg('rate', 5);
  const seconds = arg('duration', 20);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../scripts/build.js') as { build: () => boolean }).build();
  const dir = mkdtempSync(join(tmpdir(), 'thamvan-live-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, settings: {} });
  const servers: ChildProcess[] = [];
  try {
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench_live');
    await admin.end();
    const appUrl = pg.url.replace(/\/postgres$/, '/bench_live');
    await migrateDatabase(appUrl);
    const db = new Client({ connectionString: appUrl });
    await db.connect();
    // Screening holds the third near-identical comment of one author within 10 minutes, so
    // enough posters that each posts the same text at most twice.
    const {
      emails,
      editor: editorEmail,
      agencyId,
    } = await seedAccounts(db, Math.ceil((rate * (seconds + WARM_UP_MS / 1000)) / 2) + 10, 'poster');
    await db.end();
    // The machine's environment minus what would redirect a server (REDIS_URL, MEILI_URL, …).
    const env = childEnv({ PORT: '0' });

    const base = await startChild(
      [join(ROOT, 'scripts/bench.js'), join(ROOT, 'bench/live-fanout.ts')],
      { ...env, BENCH_ROLE: 'baseline' },
      /listening (\d+)/,
      true,
    );
    servers.push(base.child);
    const ours = await startChild(
      [join(ROOT, 'dist/apps/api/src/main.js')],
      {
        ...env,
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(48).toString('base64url'),
        DATABASE_URL: appUrl,
        DATA_DIR: join(dir, 'app'),
        RATE_LIMIT_MULTIPLIER: '100000',
      },
      /GraphQL\s+http:\/\/localhost:(\d+)/,
    );
    servers.push(ours.child);

    const editor = await login(ours.url, editorEmail);
    const { draftId } = await openDraft(ours.url, editor, agencyId, {
      title: 'Dự thảo',
      docType: 'DECREE',
      text: 'Điều 1. Phạm vi\nNội dung.\nĐiều 2. Đối tượng\nNội dung.',
    });
    const tokens = await loginAll(ours.url, emails);
    const sample = {
      id: randomUUID(),
      parentId: null,
      body: BODY,
      bodyHtml: `<p>${BODY}</p>`,
      stance: 'SUPPORT',
      author: {
        displayName: 'Người góp ý 1',
        kind: 'INDIVIDUAL',
        organizationName: null,
        province: 'Hà Nội',
        verified: false,
      },
      editedAt: null,
    };

    const poster = await startChild(
      [join(ROOT, 'scripts/bench.js'), join(ROOT, 'bench/live-fanout.ts')],
      { ...env, BENCH_ROLE: 'poster' },
      /listening (\d+)/,
      true,
    );
    servers.push(poster.child);
    const results: Result[] = [];
    results.push(
      await measure('baseline (bare socket.io)', base, clients, draftId, rate, seconds, (ms) =>
        ask(base.child, { rate, ms, draftId, comment: sample }),
      ),
    );
    results.push(
      await measure('thamvan', ours, clients, draftId, rate, seconds, (ms) =>
        ask(poster.child, { rate, ms, draftId, url: ours.url, tokens, body: BODY }),
      ),
    );
    print(results, { rate, seconds });
  } finally {
    for (const child of servers) child.kill('SIGTERM');
    await Promise.all(
      servers.map(
        (c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once('exit', resolve))),
      ),
    );
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(results: Result[], info: { rate: number; seconds: number }): void {
  const [base, ours] = results;
  const line = (r: Result) =>
    `| ${r.name.padEnd(25)} | ${String(r.clients).padStart(7)} | ${String(r.sent).padStart(4)} | ${`${r.received}/${r.expected}`.padStart(15)} | ${r.p50.toFixed(0).padStart(6)} | ${r.p95.toFixed(0).padStart(6)} | ${r.p99.toFixed(0).padStart(6)} | ${r.max.toFixed(0).padStart(6)} | ${(r.bytesPerConnection / 1024).toFixed(1).padStart(11)} | ${r.rssMb.toFixed(0).padStart(7)} |`;
  const ratio = (k: 'p50' | 'p95' | 'p99' | 'bytesPerConnection') => (ours[k] / base[k]).toFixed(2);
  const out = [
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ${info.rate} comments/s for ${info.seconds} s after a ${WARM_UP_MS / 1000} s warm-up; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    '',
    '| server                    | clients | sent | events received | p50 ms | p95 ms | p99 ms | max ms | KB per conn | RSS MB  |',
    '| ------------------------- | ------- | ---- | --------------- | ------ | ------ | ------ | ------ | ----------- | ------- |',
    ...results.map(line),
    '',
    `sent = comments emitted/posted in the measured ${info.seconds} s (${info.rate * info.seconds} asked): fewer means the server or machine could not keep the pace`,
    `ratio thamvan / baseline: p50 ${ratio('p50')}, p95 ${ratio('p95')}, p99 ${ratio('p99')}, memory per connection ${ratio('bytesPerConnection')}`,
    `target at 10,000 clients: p95 < 250 ms, p99 < 400 ms → thamvan p95 ${ours.p95.toFixed(0)} ms, p99 ${ours.p99.toFixed(0)} ms`,
  ];
  process.stdout.write(out.join('\n') + '\n');
}

if (process.env.BENCH_ROLE === 'baseline') {
  runBaseline();
} else if (process.env.BENCH_ROLE === 'poster') {
  runPoster();
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
