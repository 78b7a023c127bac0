/**
 * Topics at scale: `npm run bench:topics` (see docs/benchmarks.md, "Topics").
 *
 * One embedded PostgreSQL and the topics test corpus (libs/synthesis/src/topics/fixtures:
 * known points in varied wording, off-topic comments, a campaign of near-identical letters)
 * scaled up and inserted by SQL, then, in this process:
 *  - one article with each of --sizes published comments: a rebuild of its topics as the
 *    bulk lane runs it (TopicsRefresher: read the comments, buildTopics, replace the stored
 *    topics and their members), best of --runs, against the baseline of reading those
 *    comments' texts alone (the rebuild's own SELECT, without building anything); the
 *    process's peak RSS and heap during the rebuild;
 *  - a draft of --draft-comments comments on --articles articles: every article rebuilt in
 *    turn (what a full refresh of the draft costs), against reading all the draft's texts.
 *
 *   node scripts/bench.js topics [--sizes 10000,100000] [--draft-comments 1000000] [--articles 200] [--runs 3]
 */
import { Logger } from '@nestjs/common';
import { dataSourceOptions, migrateDatabase, startEmbeddedPostgres } from '@thamvan/core';
import { scopeKey, TopicScope, TopicsRepository } from '@thamvan/synthesis';
import { TopicsRefresher } from '@thamvan/synthesis/topics/topics-refresher';
import { buildCorpus } from '@thamvan/synthesis/topics/fixtures/corpus';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { arg } from './bench-api';
import { withPeakMemory } from './measure';

const say = (line: string) => process.stdout.write(`${line}\n`);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

function list(name: string, fallback: number[]): number[] {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1].split(',').map(Number) : fallback;
}

interface Fixture {
  draftId: string;
  versionId: string;
  users: string[];
}

async function seedDraft(ds: DataSource): Promise<Fixture> {
  const [{ id: agencyId }] = await ds.query(
    `INSERT INTO agency (code, name) VALUES ('BENCH', 'Bộ Thử nghiệm') RETURNING id`,
  );
  const users: { id: string }[] = await ds.query(
    `INSERT INTO app_user (display_name, kind, province, verification_level)
     SELECT 'Người góp ý ' || i, 'INDIVIDUAL', 'Hà Nội', 'NONE' FROM generate_series(1, 20000) i RETURNING id`,
  );
  const [{ id: draftId }] = await ds.query(
    `INSERT INTO draft (agency_id, title, doc_type, created_by, opens_at, closes_at)
     VALUES ($1, 'Luật Bảo vệ dữ liệu cá nhân', 'LAW', $2, now() - interval '30 days', now() + interval '30 days') RETURNING id`,
    [agencyId, users[0].id],
  );
  const [{ id: versionId }] = await ds.query(
    `INSERT INTO draft_version (draft_id, number, published_at, created_by) VALUES ($1, 1, now(), $2) RETURNING id`,
    [draftId, users[0].id],
  );
  return { draftId, versionId, users: users.map((u) => u.id) };
}

/** Articles numbered from `from`, each with its own lineage. */
async function addArticles(
  ds: DataSource,
  f: Fixture,
  from: number,
  count: number,
): Promise<{ id: string; lineageId: string }[]> {
  return ds.query(
    `INSERT INTO provision (version_id, key, kind, number, label, full_label, text, ordinal, depth, lineage_id)
     SELECT $1, 'dieu-' || i, 'ARTICLE', i::text, 'Điều ' || i, 'Điều ' || i, 'Nội dung điều ' || i, i, 0, gen_random_uuid()
       FROM generate_series($2::int, $3::int) i RETURNING id, lineage_id AS "lineageId"`,
    [f.versionId, from, from + count - 1],
  );
}

/**
 * `count` comments of the scaled corpus on one article (seeded by the article's number, so
 * articles differ in wording), its campaign stored as campaigns are (one campaign row, its
 * members in campaign_member), so a rebuild counts it once as it would in production.
 */
async function fillArticle(
  ds: DataSource,
  f: Fixture,
  article: { id: string; lineageId: string },
  count: number,
  seed: number,
): Promise<void> {
  const base = buildCorpus({ seed }).length;
  const corpus = buildCorpus({ seed, scale: count / base, campaignCopies: Math.round((40 * count) / base) });
  const stances = corpus.map((c) => c.stance ?? null);
  for (let at = 0; at < corpus.length; at += 10_000) {
    const chunk = corpus.slice(at, at + 10_000);
    const ids: { id: string }[] = await ds.query(
      `INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, stance, idempotency_key, input_hash, created_at)
       SELECT $1, $2, $3, $4, x.a, x.b, x.s, gen_random_uuid(), 'bench', now() - interval '20 days' + (($5 + x.i) * interval '1 second')
         FROM unnest($6::uuid[], $7::text[], $8::text[]) WITH ORDINALITY AS x(a, b, s, i)
       RETURNING id`,
      [
        f.draftId,
        f.versionId,
        article.id,
        article.lineageId,
        at,
        chunk.map((_, i) => f.users[(seed * 7919 + at + i) % f.users.length]),
        chunk.map((c) => c.text),
        stances.slice(at, at + chunk.length),
      ],
    );
    const members = ids.filter((_, i) => chunk[i].campaignId).map((r) => r.id);
    if (!members.length) continue;
    // One campaign per article, created with the chunk that holds its first member.
    let [campaign] = await ds.query(
      `SELECT id FROM campaign WHERE representative_comment_id IN (
        SELECT id FROM comment WHERE lineage_id = $1)`,
      [article.lineageId],
    );
    campaign ??= (
      await ds.query(
        `INSERT INTO campaign (draft_id, representative_comment_id, size, first_at, last_at)
         VALUES ($1, $2, 0, now(), now()) RETURNING id`,
        [f.draftId, members[0]],
      )
    )[0];
    await ds.query(
      `INSERT INTO campaign_member (comment_id, campaign_id, draft_id) SELECT unnest($1::uuid[]), $2, $3`,
      [members, campaign.id, f.draftId],
    );
    await ds.query(`UPDATE campaign SET size = size + $2 WHERE id = $1`, [campaign.id, members.length]);
  }
}

/** The rebuild's own read, without building anything: the comments' texts alone. */
const readTexts = (ds: DataSource, where: string, param: string): Promise<unknown[]> =>
  ds.query<unknown[]>(
    `SELECT c.id, c.body AS text, c.stance, m.campaign_id AS "campaignId"
       FROM comment c LEFT JOIN campaign_member m ON m.comment_id = c.id
      WHERE ${where} AND c.parent_id IS NULL AND c.status = 'PUBLISHED'`,
    [param],
  );

async function rebuild(repo: TopicsRepository, refresher: TopicsRefresher, scope: TopicScope): Promise<void> {
  await repo.markDirty([scope], 0);
  await refresher.rebuild(scopeKey(scope));
}

async function main(): Promise<void> {
  // The refresher logs each rebuild at debug level: noise in a bench's output.
  Logger.overrideLogger(['warn', 'error']);
  const sizes = list('sizes', [10_000, 100_000]);
  const draftComments = arg('draft-comments', 1_000_000);
  const articles = arg('articles', 200);
  const runs = arg('runs', 3);
  const dir = mkdtempSync(join(tmpdir(), 'thamvan-bench-topics-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir });
  const ds = new DataSource(dataSourceOptions(pg.url, { extra: { max: 4 } }));
  try {
    await migrateDatabase(pg.url);
    await ds.initialize();
    const repo = new TopicsRepository(ds);
    const refresher = new TopicsRefresher(repo);
    const fixture = await seedDraft(ds);

    for (const [n, size] of sizes.entries()) {
      const [article] = await addArticles(ds, fixture, 1000 + n, 1);
      let start = process.hrtime.bigint();
      await fillArticle(ds, fixture, article, size, 1000 + n);
      await ds.query('ANALYZE');
      say(`article of ${size} comments seeded in ${(ms(start) / 1000).toFixed(1)} s`);
      const scope: TopicScope = { kind: 'PROVISION', draftId: fixture.draftId, lineageId: article.lineageId };
      let read = Infinity;
      let best = { ms: Infinity, rssAbove: 0, heapAbove: 0 };
      for (let r = 0; r < runs; r++) {
        start = process.hrtime.bigint();
        const rows = await readTexts(ds, 'c.lineage_id = $1::uuid', article.lineageId);
        read = Math.min(read, ms(start));
        if (rows.length < size * 0.9) throw new Error(`read ${rows.length} of ${size} comments`);
        const run = await withPeakMemory(() => rebuild(repo, refresher, scope));
        if (run.ms < best.ms) best = run;
      }
      const [stored] = await ds.query(
        `SELECT count(*)::int AS topics, count(*) FILTER (WHERE is_other)::int AS other,
                coalesce(max(size) FILTER (WHERE NOT is_other), 0)::int AS largest,
                (SELECT count(*)::int FROM topic_member m JOIN topic t ON t.id = m.topic_id WHERE t.lineage_id = $1) AS members
           FROM topic WHERE lineage_id = $1`,
        [article.lineageId],
      );
      say(
        `one article, ${size} comments: rebuild ${(best.ms / 1000).toFixed(2)} s (best of ${runs}); reading the texts alone ${read.toFixed(0)} ms; ` +
          `ratio ${(best.ms / read).toFixed(1)}x; peak RSS +${mb(best.rssAbove)} MB, peak heap +${mb(best.heapAbove)} MB; ` +
          `${stored.topics - stored.other} topics + ${stored.other ? '"Ý kiến khác"' : 'no other'}, largest ${stored.largest}, ${stored.members} members stored`,
      );
    }

    if (draftComments > 0) {
      const per = Math.ceil(draftComments / articles);
      const list = await addArticles(ds, fixture, 1, articles);
      let start = process.hrtime.bigint();
      for (const [i, article] of list.entries()) await fillArticle(ds, fixture, article, per, i + 1);
      await ds.query('ANALYZE');
      const [{ count }] = await ds.query(
        `SELECT count(*)::int AS count FROM comment WHERE lineage_id = ANY($1::uuid[])`,
        [list.map((a) => a.lineageId)],
      );
      say(`draft of ${count} comments on ${articles} articles seeded in ${(ms(start) / 1000).toFixed(0)} s`);
      start = process.hrtime.bigint();
      let rows = 0;
      for (const article of list)
        rows += (await readTexts(ds, 'c.lineage_id = $1::uuid', article.lineageId)).length;
      const read = ms(start);
      const run = await withPeakMemory(async () => {
        for (const article of list)
          await rebuild(repo, refresher, {
            kind: 'PROVISION',
            draftId: fixture.draftId,
            lineageId: article.lineageId,
          });
      });
      say(
        `draft of ${rows} comments, every article rebuilt in turn: ${(run.ms / 1000).toFixed(1)} s (${(run.ms / articles).toFixed(0)} ms per article of ${per}); ` +
          `reading the texts alone ${(read / 1000).toFixed(1)} s; ratio ${(run.ms / read).toFixed(1)}x; peak RSS +${mb(run.rssAbove)} MB, peak heap +${mb(run.heapAbove)} MB`,
      );
    }
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
