/**
 * Synthesis at scale: `npm run bench:report` (see docs/benchmarks.md).
 *
 * One embedded PostgreSQL, 100,000 published comments on one draft (inserted by SQL in bulk:
 * 30% edited copies of a form letter, the rest distinct), then, in this process:
 *  - signatures: signText() per comment (ms/comment), against a bare SHA-1 loop over the
 *    same texts (the cheapest "look at every byte" baseline);
 *  - grouping: CampaignGrouper over all comments in relay-sized batches (ms/comment);
 *  - report: ReportBuilder.build() (best of --runs), against a bare SQL aggregate
 *    (count, participants and stance counts of the draft in one statement), plus the .docx
 *    and .csv renderings of that report; for the .docx, the event loop's longest stall and the
 *    memory it took.
 *
 *   node scripts/bench.js report [--comments 100000] [--batch 1000] [--runs 3]
 */
import {
  Clock,
  migrateDatabase,
  OutboxService,
  startEmbeddedPostgres,
  dataSourceOptions,
} from '@thamvan/core';
import { CampaignGrouper, DEFAULT_SYNTHESIS_OPTIONS, signText } from '@thamvan/synthesis';
import { CampaignsRepository } from '@thamvan/synthesis/campaigns/campaigns.repository';
import { LiveReportRepository } from '@thamvan/synthesis/report/live-report.repository';
import { ReportBuilder } from '@thamvan/synthesis/report/report-builder';
import { reportCsv } from '@thamvan/synthesis/exports/report-csv';
import { reportDocx } from '@thamvan/synthesis/exports/report-docx';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { arg } from './bench-api';
import { withPeakMemory } from './measure';
import { distinctComment, formLetterCopy, rng } from '../test/synthesis/generated-comments';

const say = (line: string) => process.stdout.write(`${line}\n`);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function seed(ds: DataSource, count: number): Promise<{ draftId: string; bodies: string[] }> {
  const [{ id: agencyId }] = await ds.query(
    `INSERT INTO agency (code, name) VALUES ('BENCH', 'Bộ Thử nghiệm') RETURNING id`,
  );
  const users: { id: string }[] = await ds.query(
    `INSERT INTO app_user (display_name, kind, organization_name, province, verification_level)
     SELECT 'Người góp ý ' || i, CASE WHEN i % 10 = 0 THEN 'ORGANIZATION' ELSE 'INDIVIDUAL' END,
            CASE WHEN i % 10 = 0 THEN 'Hiệp hội ' || i END,
            (ARRAY['Hà Nội','TP Hồ Chí Minh','Đà Nẵng','Cần Thơ','Hải Phòng'])[1 + i % 5],
            CASE WHEN i % 3 = 0 THEN 'EMAIL' ELSE 'NONE' END
       FROM generate_series(1, 20000) i RETURNING id`,
  );
  const [{ id: draftId }] = await ds.query(
    `INSERT INTO draft (agency_id, title, doc_type, created_by, opens_at, closes_at)
     VALUES ($1, 'Bộ luật Lao động (sửa đổi)', 'LAW', $2, now() - interval '30 days', now() + interval '30 days') RETURNING id`,
    [agencyId, users[0].id],
  );
  const [{ id: versionId }] = await ds.query(
    `INSERT INTO draft_version (draft_id, number, published_at, created_by) VALUES ($1, 1, now(), $2) RETURNING id`,
    [draftId, users[0].id],
  );
  const provisions: { id: string; lineageId: string }[] = await ds.query(
    `INSERT INTO provision (version_id, key, kind, number, label, full_label, text, ordinal, depth, lineage_id)
     SELECT $1, 'dieu-' || i, 'ARTICLE', i::text, 'Điều ' || i, 'Điều ' || i, 'Nội dung điều ' || i, i, 0, gen_random_uuid()
       FROM generate_series(1, 200) i RETURNING id, lineage_id AS "lineageId"`,
    [versionId],
  );
  const random = rng(42);
  const bodies = Array.from({ length: count }, (_, i) =>
    random() < 0.3 ? formLetterCopy(random, i) : distinctComment(random),
  );
  const stances = ['SUPPORT', 'OPPOSE', 'AMEND', 'QUESTION', 'NEUTRAL', null];
  for (let at = 0; at < count; at += 10_000) {
    const chunk = bodies.slice(at, at + 10_000);
    const prov = chunk.map((_, i) => provisions[(at + i) % provisions.length]);
    await ds.query(
      `INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, stance, idempotency_key, input_hash, created_at)
       SELECT $1, $2, x.p, x.l, x.a, x.b, x.s, gen_random_uuid(), 'bench', now() - interval '20 days' + (($3 + x.i) * interval '15 seconds')
         FROM unnest($4::uuid[], $5::uuid[], $6::uuid[], $7::text[], $8::text[]) WITH ORDINALITY AS x(p, l, a, b, s, i)`,
      [
        draftId,
        versionId,
        at,
        prov.map((p) => p.id),
        prov.map((p) => p.lineageId),
        chunk.map((_, i) => users[(at + i) % users.length].id),
        chunk,
        chunk.map((_, i) => stances[(at + i) % stances.length]),
      ],
    );
  }
  await ds.query('ANALYZE');
  return { draftId, bodies };
}

async function main(): Promise<void> {
  const count = arg('comments', 100_000);
  const batch = arg('batch', 1000);
  const runs = arg('runs', 3);
  const dir = mkdtempSync(join(tmpdir(), 'thamvan-bench-report-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir });
  const ds = new DataSource(dataSourceOptions(pg.url, { extra: { max: 8 } }));
  try {
    await migrateDatabase(pg.url);
    await ds.initialize();
    let start = process.hrtime.bigint();
    const { draftId, bodies } = await seed(ds, count);
    say(`seeded ${count} comments in ${(ms(start) / 1000).toFixed(1)} s`);

    start = process.hrtime.bigint();
    let sink = 0;
    for (const b of bodies) sink += createHash('sha1').update(b).digest()[0];
    const hashMs = ms(start);
    start = process.hrtime.bigint();
    for (const b of bodies) sink += signText(b).minhash.length;
    const signMs = ms(start);
    say(
      `signatures: ${(signMs / count).toFixed(4)} ms/comment (target < 1 ms); bare SHA-1 loop ${(hashMs / count).toFixed(4)} ms/comment; ratio ${(signMs / hashMs).toFixed(1)}x [${sink > 0 ? 'ok' : ''}]`,
    );

    const grouper = new CampaignGrouper(
      ds,
      new OutboxService(),
      DEFAULT_SYNTHESIS_OPTIONS,
      new CampaignsRepository(ds),
    );
    const ids: string[] = (
      await ds.query(`SELECT id FROM comment WHERE draft_id = $1 ORDER BY created_at`, [draftId])
    ).map((r: { id: string }) => r.id);
    start = process.hrtime.bigint();
    for (let at = 0; at < ids.length; at += batch) await grouper.group(draftId, ids.slice(at, at + batch));
    const groupMs = ms(start);
    const [g] = await ds.query(
      `SELECT count(*)::int AS campaigns, coalesce(sum(size), 0)::int AS members, coalesce(max(size), 0)::int AS largest
         FROM campaign WHERE draft_id = $1`,
      [draftId],
    );
    say(
      `grouping (signature + LSH + exact check + writes, batches of ${batch}): ${(groupMs / 1000).toFixed(1)} s, ${(groupMs / count).toFixed(3)} ms/comment; ` +
        `${g.campaigns} campaigns, ${g.members} members, largest ${g.largest}`,
    );

    const builder = new ReportBuilder(new LiveReportRepository(ds), new Clock());
    let best = Infinity;
    let baseline = Infinity;
    let report = await builder.build(draftId);
    for (let r = 0; r < runs; r++) {
      start = process.hrtime.bigint();
      await ds.query(
        `SELECT count(*), count(DISTINCT author_id), count(*) FILTER (WHERE stance = 'SUPPORT'),
                count(*) FILTER (WHERE stance = 'OPPOSE'), count(*) FILTER (WHERE stance = 'AMEND')
           FROM comment WHERE draft_id = $1 AND status = 'PUBLISHED'`,
        [draftId],
      );
      baseline = Math.min(baseline, ms(start));
      start = process.hrtime.bigint();
      report = await builder.build(draftId);
      best = Math.min(best, ms(start));
    }
    say(
      `report: ${(best / 1000).toFixed(2)} s (target < 5 s; best of ${runs}); bare SQL aggregate ${baseline.toFixed(0)} ms; ratio ${(best / baseline).toFixed(1)}x; ` +
        `${report!.commentCount} comments, ${report!.distinctCount} distinct, ${report!.provisions.length} provisions`,
    );
    start = process.hrtime.bigint();
    const csv = reportCsv(report!);
    const csvMs = ms(start);
    say(`export .csv: ${csvMs.toFixed(0)} ms (${(csv.length / 1e6).toFixed(1)} MB)`);
    // The .docx, with what the rest of the server would feel: the event loop's longest stall
    // while it is built (a timer every 10 ms), and the memory it takes above the report's.
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const built = await withPeakMemory(() => reportDocx(report!));
    loop.disable();
    const [docx, docxMs] = [built.result, built.ms];
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
    say(
      `export .docx: ${(docxMs / 1000).toFixed(2)} s (target < 60 s; ${(docx.length / 1e6).toFixed(1)} MB, ${report!.distinctCount} distinct comments); ` +
        `ratio to the .csv ${(docxMs / csvMs).toFixed(1)}x; event loop longest stall ${(loop.max / 1e6).toFixed(0)} ms; ` +
        `peak RSS ${mb(built.peakRss)} MB (+${mb(built.rssAbove)} MB over the report), peak heap +${mb(built.heapAbove)} MB`,
    );
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
