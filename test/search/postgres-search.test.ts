import { PostgresSearchIndex, PUBLIC_AUDIENCE, SearchProjection, toSearchQuery } from '@thamvan/search';
import { startTestApp, TestApp } from '../utils/test-app';
import { searchContract } from './search-contract';
import { seedSearchWorld, SearchWorld } from './search-fixtures';
import { pagesPastTheCap } from './large-contract';

describe('PostgresSearchIndex (contract)', () => {
  let t: TestApp;
  let world: SearchWorld;
  let index: PostgresSearchIndex;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    world = await seedSearchWorld(t);
    index = t.app.get(PostgresSearchIndex);
    await index.sync(world.all);
  });
  afterAll(() => t?.close());

  searchContract(() => ({ index, world, t, sync: (ids) => index.sync(ids) }));

  it('folds query words in JavaScript exactly as thamvan_fold() does in SQL', async () => {
    const { fold } = await import('@thamvan/search');
    const samples = [
      'Đất Đai',
      'ĐIỀU 5',
      'Điều'.normalize('NFD'),
      'quyền sử dụng đất',
      'Nghị định',
      'Ưu tiên',
      'Ỷ lại',
      // U+00D0/U+00F0 (eth), often typed for Đ/đ: unaccent maps it to d.
      'Ðà Nẵng ðường',
    ];
    const [row] = await t.dataSource.query(
      `SELECT array_agg(thamvan_fold(s) ORDER BY i) AS folded FROM unnest($1::text[]) WITH ORDINALITY x(s, i)`,
      [samples],
    );
    expect(samples.map(fold)).toEqual(row.folded);
  });
});

describe('PostgresSearchIndex beyond 10,000 matches', () => {
  let t: TestApp;
  let world: SearchWorld;
  let index: PostgresSearchIndex;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    world = await seedSearchWorld(t);
    // 12,000 more comments like the first, written straight into the table (no rate limits).
    const ids: { id: string }[] = await t.dataSource.query(
      `INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, stance, idempotency_key, input_hash, created_at)
       SELECT draft_id, version_id, provision_id, lineage_id, author_id,
              'Ý kiến số ' || g || ' về quyền sử dụng đất', (ARRAY['SUPPORT','OPPOSE'])[1 + g % 2],
              gen_random_uuid(), 'x', created_at - g * interval '1 second'
         FROM comment, generate_series(1, 12000) g WHERE comment.id = $1
       RETURNING id`,
      [world.ids.rights],
    );
    index = t.app.get(PostgresSearchIndex);
    await index.sync([...world.all, ...ids.map((r) => r.id)]);
    await t.dataSource.query('ANALYZE comment_search');
  });
  afterAll(() => t?.close());

  it('estimates the total and the facets, and still pages in order', async () => {
    const page = await index.search(
      toSearchQuery(
        { q: 'quyen su dung dat', sort: 'NEWEST', first: 100, facets: ['STANCE'] } as never,
        PUBLIC_AUDIENCE,
      ),
    );
    expect(page.totalIsExact).toBe(false);
    expect(page.totalCount).toBeGreaterThan(10_000);
    expect(page.totalCount).toBeLessThan(30_000);
    const stances = Object.fromEntries(page.facets[0].values.map((v) => [v.value, v.count]));
    // Sampled, then scaled: about 6,000 each.
    expect(stances.SUPPORT).toBeGreaterThan(3_000);
    expect(stances.OPPOSE).toBeLessThan(9_000);
    expect(page.hits).toHaveLength(100);
    const next = await index.search(
      toSearchQuery(
        { q: 'quyen su dung dat', sort: 'NEWEST', first: 100, after: page.endCursor } as never,
        PUBLIC_AUDIENCE,
      ),
    );
    expect(next.hits).toHaveLength(100);
    expect(new Set([...page.hits, ...next.hits].map((h) => h.commentId)).size).toBe(200);
    const exact = await index.search(
      toSearchQuery({ q: 'dong bao', facets: ['STANCE'] } as never, PUBLIC_AUDIENCE),
    );
    expect(exact).toMatchObject({ totalCount: 1, totalIsExact: true });
  });

  it('pages past the 10,000 it counts, every comment once (the Meilisearch suite runs the same)', async () => {
    await pagesPastTheCap(index, world.law.draftId, 7 + 12_000);
  });

  it("refuses a rebuild while another runs, leaving that one's table alone", async () => {
    // Another process's rebuild: it holds the lock and is filling comment_search_next.
    const other = t.dataSource.createQueryRunner();
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock(7362846307)');
      await other.query('CREATE TABLE comment_search_next (LIKE comment_search)');
      await expect(t.app.get(SearchProjection).rebuild()).rejects.toThrow('another reindex is running');
      const [{ kept }]: { kept: boolean }[] = await t.dataSource.query(
        `SELECT to_regclass('comment_search_next') IS NOT NULL AS kept`,
      );
      expect(kept).toBe(true);
    } finally {
      await other.query('DROP TABLE IF EXISTS comment_search_next');
      await other.query('SELECT pg_advisory_unlock(7362846307)');
      await other.release();
    }
  });

  it('rebuilds the table in time order, keeping its fillfactor, so walks along created_at read few pages', async () => {
    // The 12,000 comments above have random ids and descending times: laid out by id, times
    // would go backwards along the heap at almost every row.
    const report = await t.app.get(SearchProjection).rebuild();
    expect(report.documents).toBeGreaterThan(12_000);
    const [{ backwards }]: { backwards: number }[] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE created_at < previous)::int AS backwards
         FROM (SELECT created_at, lag(created_at) OVER (ORDER BY ctid) AS previous FROM comment_search) s`,
    );
    expect(backwards).toBe(0);
    const [{ options }]: { options: string[] }[] = await t.dataSource.query(
      `SELECT reloptions AS options FROM pg_class WHERE oid = 'comment_search'::regclass`,
    );
    expect(options).toEqual(['fillfactor=90']);
    const again = await index.search(
      toSearchQuery({ q: 'quyen su dung dat', sort: 'RELEVANCE', first: 5 } as never, PUBLIC_AUDIENCE),
    );
    expect(again.hits).toHaveLength(5);
  });
});
