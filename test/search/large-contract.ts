import { PUBLIC_AUDIENCE, SearchIndex, toSearchQuery } from '@thamvan/search';
import { TestApp } from '../utils/test-app';

/**
 * `n` more comments like `likeId` (same draft, provision and author), older one second each,
 * written straight into the table (no rate limits, no outbox events); their ids.
 */
export async function addCommentsLike(t: TestApp, likeId: string, n: number): Promise<string[]> {
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, stance, idempotency_key, input_hash, created_at)
     SELECT draft_id, version_id, provision_id, lineage_id, author_id,
            'Ý kiến số ' || g || ' về quyền sử dụng đất', (ARRAY['SUPPORT','OPPOSE'])[1 + g % 2],
            gen_random_uuid(), 'x', created_at - g * interval '1 second'
       FROM comment, generate_series(1, $2) g WHERE comment.id = $1
     RETURNING id`,
    [likeId, n],
  );
  return rows.map((r) => r.id);
}

/**
 * Past the 10,000 matches that both adapters count exactly: the total says it is not exact and
 * is above 10,000, and pages (keyset, NEWEST) still reach every match once, to the last.
 * Meilisearch's offsets stopped at its maxTotalHits (10,000) before.
 */
export async function pagesPastTheCap(index: SearchIndex, draftId: string, expected: number): Promise<void> {
  const seen = new Set<string>();
  let after: string | undefined;
  let pages = 0;
  for (;;) {
    const page = await index.search(
      toSearchQuery({ draftId, sort: 'NEWEST', first: 100, after } as never, PUBLIC_AUDIENCE),
    );
    if (pages === 0) {
      expect(page.totalIsExact).toBe(false);
      expect(page.totalCount).toBeGreaterThan(10_000);
    }
    page.hits.forEach((h) => seen.add(h.commentId));
    pages++;
    if (!page.hasNextPage) break;
    after = page.endCursor!;
  }
  expect({ seen: seen.size, pages }).toEqual({ seen: expected, pages: Math.ceil(expected / 100) });
}
