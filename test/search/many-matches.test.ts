import { PostgresSearchIndex, PUBLIC_AUDIENCE, toSearchQuery } from '@thamvan/search';
import type { CommentSearchInput } from '@thamvan/search/graphql/dto/comment-search.input';
import { startTestApp, TestApp } from '../utils/test-app';

const ROWS = 150_000;

/**
 * RELEVANCE over more matches than the exact-count cap ranks the newest 2,000 of them, by
 * the rule of docs/search.md; no other test reaches that path (their worlds are small).
 * 150,000 documents written straight into the projection: "alpha" in about 67 % of them,
 * "beta" in 12 %, both in about 12,000 — each query over the cap. The page must be the
 * plain SQL of the rule.
 */
describe('RELEVANCE over many matches', () => {
  let t: TestApp;
  let index: PostgresSearchIndex;

  beforeAll(async () => {
    t = await startTestApp();
    index = t.app.get(PostgresSearchIndex);
    // Documents only: the comments they would project are not needed to rank them, so the
    // foreign key to comment is not enforced for this one insert (replica mode, this session).
    await t.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(
        `INSERT INTO comment_search (comment_id, draft_id, agency_id, version_number, status, body, author_display_name,
                                   author_kind, verified, has_proposed_text, created_at, tsv)
       SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 1, 'PUBLISHED', b.body, 'Người thử', 'INDIVIDUAL',
              false, false, timestamptz '2026-01-01' + i * interval '1 minute',
              setweight(to_tsvector('simple', b.body), 'A')
         FROM generate_series(1, $1) i
        CROSS JOIN LATERAL (SELECT concat_ws(' ',
                  CASE WHEN abs(hashint4(i)) % 100 < 50 THEN 'alpha' END,
                  CASE WHEN abs(hashint4(i + $1)) % 100 < 12 THEN 'beta' END,
                  CASE WHEN i % 3 = 0 THEN 'alpha' END,
                  'gamma', 'delta' || (i % 50)) AS body) b`,
        [ROWS],
      );
    });
    await t.dataSource.query(`ANALYZE comment_search`);
  }, 120_000);
  afterAll(() => t.close());

  const expected = async (words: string) => {
    const tsq = words
      .split(' ')
      .map((w) => `'${w}':A`)
      .join(' & ');
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT comment_id AS id FROM (
         SELECT comment_id, created_at, tsv FROM comment_search WHERE status = 'PUBLISHED' AND tsv @@ to_tsquery('simple', $1)
          ORDER BY created_at DESC LIMIT 2000) n
        ORDER BY ts_rank(tsv, to_tsquery('simple', $1)) DESC, created_at DESC, comment_id DESC LIMIT 20`,
      [tsq],
    );
    return rows.map((r) => r.id);
  };

  it.each(['alpha beta', 'alpha'])('"%s": the newest 2,000 matches, ranked', async (q) => {
    const page = await index.search(
      toSearchQuery({ q, sort: 'RELEVANCE', first: 20 } as CommentSearchInput, PUBLIC_AUDIENCE),
    );
    expect(page.totalCount).toBeGreaterThan(10_000);
    expect(page.totalIsExact).toBe(false);
    expect(page.hits.map((h) => h.commentId)).toEqual(await expected(q));
  });
});
