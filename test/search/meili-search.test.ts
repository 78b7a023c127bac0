import { MeiliSearchIndex, PUBLIC_AUDIENCE, SearchAudience, toSearchQuery } from '@thamvan/search';
import type { CommentSearchInput } from '@thamvan/search/graphql/dto/comment-search.input';
import { idKey, MEILI_SETTINGS, MeiliCommentDocument } from '@thamvan/search/meili/meili-query';
import { Meilisearch } from 'meilisearch';
import { randomBytes, randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../utils/test-app';
import { addCommentsLike, pagesPastTheCap } from './large-contract';
import { searchContract } from './search-contract';
import { seedSearchWorld, SearchWorld } from './search-fixtures';

// Runs against a real Meilisearch only: there is none on this machine unless MEILI_URL says so.
const MEILI_URL = process.env.MEILI_URL;
if (!MEILI_URL) {
  process.stderr.write('MEILI_URL is not set: the Meilisearch contract tests are SKIPPED\n');
}
// Each skipped suite says why in its name too (the verbose listing shows it at every test).
const suite: (name: string, fn: () => void) => void = MEILI_URL
  ? describe
  : (name, fn) => describe.skip(`${name} [SKIPPED: MEILI_URL is not set, no Meilisearch here]`, fn);
const testIndexName = () => `test_comments_${randomBytes(4).toString('hex')}`;
const client = () => new Meilisearch({ host: MEILI_URL!, apiKey: process.env.MEILI_API_KEY });
const meili = (t: TestApp, indexName: string) =>
  new MeiliSearchIndex(t.dataSource, { url: MEILI_URL!, apiKey: process.env.MEILI_API_KEY, indexName });
/** Test indexes go when their suite ends (a rebuild's copies are deleted by the rebuild). */
const dropIndex = (uid: string) =>
  client()
    .deleteIndex(uid)
    .waitTask()
    .catch(() => undefined);

suite('MeiliSearchIndex (contract, against MEILI_URL)', () => {
  let t: TestApp;
  let world: SearchWorld;
  let index: MeiliSearchIndex;
  const indexName = testIndexName();
  // Writes only enqueue (the relay's lane never waits for Meilisearch): searches wait here.
  const sync = async (ids: string[]) => {
    await index.sync(ids);
    await index.drain();
  };
  const search = (input: Partial<CommentSearchInput>, audience: SearchAudience = PUBLIC_AUDIENCE) =>
    index.search(toSearchQuery({ sort: 'RELEVANCE', first: 50, ...input } as CommentSearchInput, audience));

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    world = await seedSearchWorld(t);
    index = meili(t, indexName);
    await sync(world.all);
  });
  afterAll(async () => {
    await dropIndex(indexName);
    await t?.close();
  });

  searchContract(() => ({ index, world, t, sync }));

  it('never lets an older read of a comment win over a newer one when syncs race (two relays)', async () => {
    // Two adapters stand for two processes: each sync reads the row, then enqueues; without a
    // lock from read to enqueue the read of an earlier state could be enqueued last.
    const other = meili(t, indexName);
    const id = world.ids.whole;
    const runs: Promise<void>[] = [];
    for (let i = 0; i < 30; i++) {
      await t.dataSource.query(`UPDATE comment SET status = $2 WHERE id = $1`, [
        id,
        i % 2 ? 'PUBLISHED' : 'HIDDEN',
      ]);
      runs.push((i % 2 ? index : other).sync([id]));
    }
    await Promise.all(runs);
    await Promise.all([index.drain(), other.drain()]);
    const moderator = { moderator: true, agencyIds: [] };
    const hit = (
      await search({ draftId: world.law.draftId, status: ['HIDDEN', 'PUBLISHED'] as never }, moderator)
    ).hits.find((h) => h.commentId === id);
    expect(hit?.status).toBe('PUBLISHED');
  });

  it('reads the first ten terms only: an eleventh word is not required (PostgreSQL requires up to 32)', async () => {
    // docs/search.md: the one difference of words between the adapters.
    const q = 'de nghi bo sung quy dinh ve dat dai cho xyzvocxyz';
    expect((await search({ draftId: world.law.draftId, q })).hits.map((h) => h.commentId)).toEqual([
      world.ids.land,
    ]);
  });

  it('lets one rebuild run at a time', async () => {
    const results = await Promise.allSettled([index.rebuild(), index.rebuild()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(String(refused?.reason)).toMatch(/another Meilisearch reindex is running/);
  });

  it('rebuilds beside the live index and swaps, catching up with what changed meanwhile', async () => {
    const id = world.ids.whole;
    // A change as the application writes it: the row and its outbox event in one transaction.
    const setStance = (stance: string) =>
      t.dataSource.transaction(async (m) => {
        await m.query(`UPDATE comment SET stance = $2 WHERE id = $1`, [id, stance]);
        await m.query(
          `INSERT INTO outbox_event (topic, aggregate_id, payload)
           VALUES ('comment.updated', $1, jsonb_build_object('commentId', $1::text))`,
          [id],
        );
      });
    const rebuilt = index.rebuild();
    // Written to the live index, which the swap replaces: the catch-up must bring it back.
    await setStance('OPPOSE');
    await sync([id]);
    try {
      const report = await rebuilt;
      expect(report.documents).toBe(world.all.length);
      expect((await index.health()).state).toBe('up');
      expect((await search({ draftId: world.law.draftId, stance: ['OPPOSE'] as never })).hits).toEqual([
        expect.objectContaining({ commentId: id }),
      ]);
    } finally {
      await setStance('NEUTRAL');
      await sync([id]);
    }
  });
});

suite('MeiliSearchIndex beyond 10,000 matches (against MEILI_URL)', () => {
  let t: TestApp;
  let world: SearchWorld;
  let index: MeiliSearchIndex;
  let more: string[];
  const indexName = testIndexName();

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    world = await seedSearchWorld(t);
    more = await addCommentsLike(t, world.ids.rights, 12_000);
    index = meili(t, indexName);
  });
  afterAll(async () => {
    await dropIndex(indexName);
    await t?.close();
  });

  it('enqueues 12,000 documents in chunks without waiting for them to be indexed, well within the relay timeout', async () => {
    const started = Date.now();
    await index.sync([...world.all, ...more]);
    // The relay gives a consumer 30 s; waiting for the tasks made such re-syncs time out and die.
    expect(Date.now() - started).toBeLessThan(20_000);
    await index.drain(600_000);
  }, 660_000);

  it('says the total is past the cap, counts it from the status facet, and pages past 10,000 by keyset', async () => {
    const page = await index.search(
      toSearchQuery({ draftId: world.law.draftId, sort: 'NEWEST', first: 10 } as never, PUBLIC_AUDIENCE),
    );
    expect(page).toMatchObject({ totalIsExact: false, totalCount: 7 + 12_000 });
    await pagesPastTheCap(index, world.law.draftId, 7 + 12_000);
  }, 120_000);

  it('starts a RELEVANCE page after the last hit shown when more comments went before it than it looks back', async () => {
    // 60 of page 1's hits withdrawn: more than MEILI_RELEVANCE_LOOKBACK (20), so the page's
    // first search finds only hits after the cursor and looks further back (meiliRelevanceStep).
    const relevance = (first: number, after?: string) =>
      index.search(
        toSearchQuery(
          { draftId: world.law.draftId, q: 'quyen su dung dat', sort: 'RELEVANCE', first, after } as never,
          PUBLIC_AUDIENCE,
        ),
      );
    const before = (await relevance(300)).hits.map((h) => h.commentId);
    const first = await relevance(100);
    expect(first.hits.map((h) => h.commentId)).toEqual(before.slice(0, 100));
    const gone = [...before.slice(10, 70), ...before.slice(120, 125)];
    await t.dataSource.query(
      `UPDATE comment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = ANY($1::uuid[])`,
      [gone],
    );
    try {
      await index.sync(gone);
      await index.drain();
      const second = await relevance(100, first.endCursor!);
      expect(second.hits.map((h) => h.commentId)).toEqual(
        before
          .slice(100)
          .filter((id) => !gone.includes(id))
          .slice(0, 100),
      );
    } finally {
      await t.dataSource.query(
        `UPDATE comment SET status = 'PUBLISHED', withdrawn_at = NULL WHERE id = ANY($1::uuid[])`,
        [gone],
      );
      await index.sync(gone);
      await index.drain();
    }
  }, 120_000);
});

suite('MeiliSearchIndex facet values (against MEILI_URL)', () => {
  let t: TestApp;
  const indexName = testIndexName();
  const draftId = randomUUID();

  beforeAll(async () => {
    t = await startTestApp();
    // Documents written straight into the index: 5,100 provinces once each, whose names sort
    // before "Zzz", found three times. Sorted by name, the 5,000 values Meilisearch returns
    // (maxValuesPerFacet) ended before the most frequent one.
    const doc = (province: string, i: number): MeiliCommentDocument => {
      const id = randomUUID();
      return {
        id,
        draftId,
        agencyId: draftId,
        versionNumber: 1,
        status: 'PUBLISHED',
        provisionKey: null,
        provisionPath: [],
        provisionLabel: null,
        provisionHeading: null,
        draftTitle: 'Dự thảo',
        parentId: null,
        stance: null,
        body: 'Ý kiến',
        proposedText: null,
        authorDisplayName: 'Người thử',
        authorKind: 'INDIVIDUAL',
        organizationName: null,
        province,
        verified: false,
        hasProposedText: false,
        answered: false,
        disposition: null,
        campaignId: null,
        isUnique: true,
        agreeCount: 0,
        disagreeCount: 0,
        createdAt: Date.UTC(2026, 0, 1) + i * 1000,
        idKey: idKey(id),
      };
    };
    const docs = [
      ...Array.from({ length: 5_100 }, (_, i) => doc(`Tỉnh ${String(i).padStart(4, '0')}`, i)),
      ...[0, 1, 2].map((i) => doc('Zzz', 6_000 + i)),
    ];
    const c = client();
    await c.createIndex(indexName, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    await c.index(indexName).updateSettings(MEILI_SETTINGS).waitTask({ timeout: 120_000 });
    await c.index(indexName).addDocuments(docs).waitTask({ timeout: 300_000 });
  }, 420_000);
  afterAll(async () => {
    await dropIndex(indexName);
    await t?.close();
  });

  it('lists the most frequent values first, whatever their names', async () => {
    const page = await meili(t, indexName).search(
      toSearchQuery({ draftId, facets: ['PROVINCE'] } as never, PUBLIC_AUDIENCE),
    );
    expect(page.totalCount).toBe(5_103);
    const values = page.facets[0].values;
    expect(values[0]).toEqual({ value: 'Zzz', count: 3 });
    expect(values).toHaveLength(100);
  });
});
