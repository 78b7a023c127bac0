/**
 * What moderation adds to postComment: `npm run -s bench:moderation` (= node scripts/bench.js
 * moderation).
 *  - Screening CPU per comment (every rule, and the flood hash) against the text work the
 *    post path did before moderation (NFC + trim + SHA-256 input hash), timed together.
 *  - The flood comparison, which runs inside the post statement: its PostgreSQL execution
 *    time (EXPLAIN ANALYZE, median of 25) on 200,000 comments, the measured author having
 *    2,000 of them on the draft; and, for scale, a bare `SELECT 1` round trip, which is what
 *    a separate read would have added on top.
 */
import { migrateDatabase, startEmbeddedPostgres } from '@thamvan/core';
import { cleanBody, inputHash } from '@thamvan/feedback/comments/comment-text';
import { DEFAULT_MODERATION_OPTIONS, floodHash, screenComment } from '@thamvan/moderation-rules';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { measureTogether } from './measure';

const BODY =
  'Đề nghị Ban soạn thảo làm rõ phạm vi áp dụng của điều này đối với doanh nghiệp nhỏ và vừa, ' +
  'đồng thời quy định cụ thể thời hạn xử lý để tránh áp dụng tùy tiện trên thực tế. Liên hệ 0912 345 678.';
/** The `flood` CTE of POST_COMMENT_SQL, alone. */
const FLOOD_SQL = `SELECT count(*)::int AS repeats FROM (
    SELECT p.flood_hash FROM comment p
     WHERE p.draft_id = $1 AND p.author_id = $2 AND p.created_at > $3::timestamptz
     ORDER BY p.created_at DESC LIMIT $4
  ) r WHERE bit_count((r.flood_hash # $5::bigint)::bit(64)) <= $6`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const [base, screening] = await measureTogether([
    () =>
      inputHash({
        draftId: 'd',
        provisionId: null,
        parentId: null,
        body: cleanBody(BODY),
        stance: null,
        proposedText: null,
      }),
    () => screenComment({ body: cleanBody(BODY), proposedText: null }, DEFAULT_MODERATION_OPTIONS),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'thamvan-bench-moderation-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir });
  const db = new Client({ connectionString: pg.url });
  try {
    await migrateDatabase(pg.url);
    await db.connect();
    say('seeding 200,000 comments');
    const [draft, version, author] = [randomUUID(), randomUUID(), randomUUID()];
    // Foreign keys are not what is measured: seed without their triggers.
    await db.query(`SET session_replication_role = replica`);
    await db.query(
      `INSERT INTO comment (draft_id, version_id, author_id, body, idempotency_key, input_hash, created_at, flood_hash)
       SELECT CASE WHEN g % 10 = 0 THEN $1::uuid ELSE gen_random_uuid() END, $2::uuid,
              CASE WHEN g % 100 = 0 THEN $3::uuid ELSE gen_random_uuid() END,
              'Bình luận số ' || g, gen_random_uuid(), 'seed', now() - (g || ' seconds')::interval,
              (random() * 9e18)::bigint
         FROM generate_series(1, 200000) g`,
      [draft, version, author],
    );
    await db.query('ANALYZE comment');
    const { flood } = DEFAULT_MODERATION_OPTIONS;
    const params = [draft, author, new Date(Date.now() - flood.windowSeconds * 1000), flood.recentLimit];
    const executions: number[] = [];
    let plan: string[] = [];
    for (let i = 0; i < 25; i++) {
      const rows = (
        await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${FLOOD_SQL}`, [
          ...params,
          floodHash(`${BODY} ${i}`),
          flood.maxDistance,
        ])
      ).rows.map((r) => r['QUERY PLAN']);
      executions.push(Number(/Execution Time: ([\d.]+)/.exec(rows.join('\n'))?.[1]));
      plan = rows;
    }
    const [ping] = await measureTogether([() => db.query('SELECT 1')]);
    const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
    const out = [
      `| measurement | baseline | with moderation | ratio |`,
      `| --- | ---: | ---: | ---: |`,
      `| text work per comment (API CPU) | ${us(base.medianMs)} | ${us(screening.medianMs)} | ${(screening.medianMs / base.medianMs).toFixed(1)} |`,
      `| flood check in the post statement (PostgreSQL execution) vs a SELECT 1 round trip | ${us(ping.medianMs)} | ${us(median(executions))} | ${(median(executions) / ping.medianMs).toFixed(2)} |`,
      ``,
      `flood check plan:`,
      ...plan.map((line) => `  ${line}`),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await db.end().catch(() => undefined);
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
