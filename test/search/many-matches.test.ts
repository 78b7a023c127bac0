import { PostgresSearchIndex, PUBLIC_AUDIENCE, RANK_WINDOW, toSearchQuery } from '@thamvan/search';
import type { CommentSearchInput } from '@thamvan/search/graphql/dto/comment-search.input';
import { startTestApp, TestApp } from '../utils/test-app';

const ROWS = 150_000;

/**
 * RELEVANCE over more matches than the exact-count cap ranks the newest 2,000 of them found
 * among the newest RANK_WINDOW (20,000) documents, or, when those hold fewer than 100 matches, the newest
 * 2,000 anywhere: the rule of docs/search.md; no other test reaches that path (their worlds
 * are small). 150,000 documents written straight into the projection (i = 1 the oldest):
 * "alpha" in about 67 % of them, "beta" in 12 %, both in about 12,000; "kappa" in a quarter
 * of the oldest 60,000 and about 4.5 % of the rest (about 900 in the window), "lambda" in 12 % of
 * the oldest 100,000 and none after — each query over the cap. The pages must be the plain
 * SQL of the rule.
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
                  CASE WHEN abs(hashint4(i + 2 * $1)) % 100 < CASE WHEN i <= 60000 THEN 25 ELSE 1 END THEN 'kappa' END,
                  CASE WHEN i % 7 = 0 AND abs(hashint4(i + 2 * $1)) % 100 < 25 THEN 'kappa' END,
                  CASE WHEN i <= 100000 AND abs(hashint4(i + 3 * $1)) % 100 < 12 THEN 'lambda' END,
                  CASE WHEN i % 5 = 0 AND i <= 100000 AND abs(hashint4(i + 3 * $1)) % 100 < 12 THEN 'lambda' END,
                  'gamma', 'delta' || (i % 50)) AS body) b`,
        [ROWS],
      );
    });
    await t.dataSource.query(`ANALYZE comment_search`);
  }, 120_000);
  afterAll(() => t.close());

  const tsquery = (words: string) =>
    words
      .split(' ')
      .map((w) => `'${w}':A`)
      .join(' & ');
  /** The candidates, ranked: the newest 2,000 matches among `among` (all documents, or the newest RANK_WINDOW). */
  const expected = async (words: string, among: 'window' | 'all', limit = 20) => {
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT comment_id AS id FROM (
         SELECT comment_id, created_at, tsv
           FROM (SELECT * FROM comment_search WHERE status = 'PUBLISHED' ORDER BY created_at DESC
                  ${among === 'window' ? `LIMIT ${RANK_WINDOW}` : ''}) d
          WHERE tsv @@ to_tsquery('simple', $1)
          ORDER BY created_at DESC LIMIT 2000) n
        ORDER BY ts_rank(tsv, to_tsquery('simple', $1)) DESC, created_at DESC, comment_id DESC LIMIT $2`,
      [tsquery(words), limit],
    );
    return rows.map((r) => r.id);
  };
  const everyPage = async (q: string) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await index.search(
        toSearchQuery({ q, sort: 'RELEVANCE', first: 100, after } as CommentSearchInput, PUBLIC_AUDIENCE),
      );
      expect(page.totalCount).toBeGreaterThan(10_000);
      ids.push(...page.hits.map((h) => h.commentId));
      if (!page.hasNextPage) return ids;
      after = page.endCursor;
    }
  };

  it('"kappa": the matches among the newest RANK_WINDOW, ranked and paged to the end', async () => {
    const ids = await everyPage('kappa');
    expect(ids.length).toBeGreaterThan(200);
    expect(ids.length).toBeLessThan(2_000);
    expect(ids).toEqual(await expected('kappa', 'window', 2_000));
  });

  it('"lambda" (every match older than the window): the newest 2,000 anywhere, on every page', async () => {
    const ids = await everyPage('lambda');
    expect(ids).toHaveLength(2_000);
    expect(ids).toEqual(await expected('lambda', 'all', 2_000));
  });

  it.each(['alpha beta', 'alpha'])('"%s": the newest 2,000 matches, ranked', async (q) => {
    const page = await index.search(
      toSearchQuery({ q, sort: 'RELEVANCE', first: 20 } as CommentSearchInput, PUBLIC_AUDIENCE),
    );
    expect(page.totalCount).toBeGreaterThan(10_000);
    expect(page.totalIsExact).toBe(false);
    expect(page.hits.map((h) => h.commentId)).toEqual(await expected(q, 'window'));
    expect(page.hits.map((h) => h.commentId)).toEqual(await expected(q, 'all'));
  });
});
