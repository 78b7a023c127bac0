import { createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { openDraft, postOk } from '../feedback/feedback-fixtures';
import { moderate, queue, QueuePage } from './moderation-fixtures';

const ITEMS = 1_000;
const PAGE = 100;

/** Runs `fn` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  const rest = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = rest.shift(); item !== undefined; item = rest.shift()) await fn(item);
    }),
  );
}

describe('a moderator clears a queue of 1,000 items page by page', () => {
  let t: TestApp;
  let moderator: TestUser;
  let colleague: TestUser;
  let seeded: string[];

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    const law = await openDraft(t);
    [moderator, colleague] = await Promise.all([
      createUser(t, { role: 'MODERATOR' }),
      createUser(t, { role: 'MODERATOR' }),
    ]);
    const author = await createUser(t);
    // One real post gives a version to attach the rest to; the 1,000 are held comments
    // inserted in one statement (the queue, not posting, is under test). Every third
    // shares its queue time with its neighbours, so ties are broken by id.
    const first = await postOk(t, author, law.draftId, { provisionId: law.article.id, body: 'Mẫu' });
    const rows: { id: string }[] = await t.dataSource.query(
      `INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, status,
                            idempotency_key, input_hash, created_at, moderation_queued_at, moderation_reason)
       SELECT c.draft_id, c.version_id, c.provision_id, c.lineage_id, c.author_id, 'Bình luận chờ duyệt số ' || g,
              'PENDING', gen_random_uuid(), 'seed', now() - interval '1 hour',
              now() - interval '1 hour' + (g / 3) * interval '1 millisecond', 'Held for review'
         FROM comment c, generate_series(1, $2) g WHERE c.id = $1
       RETURNING id`,
      [first.id, ITEMS],
    );
    seeded = rows.map((r) => r.id);
  });
  afterAll(() => t.close());

  it('sees every item exactly once, in queue order, while items leave behind and ahead of the cursor', async () => {
    const order: { id: string; queuedAt: string }[] = await t.dataSource.query(
      `SELECT id, moderation_queued_at AS "queuedAt" FROM comment WHERE moderation_queued_at IS NOT NULL
        ORDER BY moderation_queued_at, id`,
    );
    expect(order).toHaveLength(ITEMS);
    const seen: string[] = [];
    const takenByColleague = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    let expectedTotal = ITEMS;
    for (;;) {
      const res = await queue(t, moderator, PAGE, after);
      expect(res.errors).toBeUndefined();
      const page: QueuePage = res.data!.moderationQueue;
      expect(page.totalCount).toBe(expectedTotal);
      const ids = page.edges.map((e) => e.node.id);
      seen.push(...ids);
      pages++;
      // Decide every item on the page: they leave the queue before the next page is read.
      await inParallel(ids, 8, async (id) => {
        const decided = await moderate(
          t,
          moderator,
          id,
          ids.indexOf(id) % 2 ? 'APPROVE' : 'HIDE',
          'Đã xem xét',
        );
        expect(decided.errors).toBeUndefined();
      });
      expectedTotal -= ids.length;
      if (pages === 2) {
        // Meanwhile a colleague decides 50 items further down the queue.
        const ahead = order.slice(500, 550).map((o) => o.id);
        await inParallel(ahead, 8, async (id) => {
          await moderate(t, colleague, id, 'APPROVE', 'Đồng nghiệp đã duyệt');
          takenByColleague.add(id);
        });
        expectedTotal -= ahead.length;
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(order.map((o) => o.id).filter((id) => !takenByColleague.has(id)));
    expect(seen.length + takenByColleague.size).toBe(ITEMS);
    expect(new Set([...seen, ...takenByColleague])).toEqual(new Set(seeded));
    const empty = await queue(t, moderator, PAGE);
    expect(empty.data!.moderationQueue).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false },
    });
    const [{ decisions }] = await t.dataSource.query(
      `SELECT count(*)::int AS decisions FROM moderation_decision`,
    );
    expect(decisions).toBe(ITEMS);
  });
});
