import { randomUUID } from 'node:crypto';
import { Clock, DemoSeedRegistry } from '@thamvan/core';
import { createUser, login } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, eventually, openDraft, post, postOk } from './feedback-fixtures';

describe('posting rate limits (RATE_LIMIT_MULTIPLIER=1)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('allows 10 comments a minute per person, then RATE_LIMITED; retries of accepted comments still answer', async () => {
    const law = await openDraft(t);
    const user = await createUser(t);
    const keys = Array.from({ length: 10 }, () => randomUUID());
    for (const idempotencyKey of keys)
      await postOk(t, user, law.draftId, { provisionId: law.article.id, idempotencyKey });
    const refused = await post(t, user, law.draftId, { provisionId: law.article.id });
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // A retry of an accepted comment is not a new comment: it gets the original back.
    const retry = await postOk(t, user, law.draftId, {
      provisionId: law.article.id,
      idempotencyKey: keys[3],
    });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM comment WHERE author_id = $1`, [
      user.id,
    ]);
    expect(n).toBe(10);
    expect(retry.id).toBeDefined();
    // Someone else is not affected.
    await postOk(t, await createUser(t), law.draftId, { provisionId: law.article.id });
    const clock = t.app.get(Clock);
    try {
      clock.advance(61_000);
      const fresh = { ...user, ...(await login(t, user.email, user.password)) };
      await postOk(t, fresh, law.draftId, { provisionId: law.article.id });
    } finally {
      clock.advance(-61_000);
    }
  });
});

describe('feedback demo seed', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ runRelay: true })));
  afterAll(() => t.close());

  it('adds a few hundred Vietnamese comments with replies and reactions, counted by the relay', async () => {
    const result = await t.app.get(DemoSeedRegistry).run({ onlyIfEmpty: true });
    expect(result.seeded).toBe(true);
    const draftId = result.context.draftId!;
    // Only the identity step's accounts are printed; feedback's commenters have unshown passwords.
    expect(result.context.accounts.map((a) => a.email)).not.toContainEqual(
      expect.stringMatching(/^nguoi-dan-/),
    );
    const [stats] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE parent_id IS NULL)::int AS top, count(*) FILTER (WHERE parent_id IS NOT NULL)::int AS replies,
              count(DISTINCT author_id)::int AS authors, count(DISTINCT provision_id)::int AS provisions,
              (SELECT count(*)::int FROM comment_reaction) AS reactions
         FROM comment WHERE draft_id = $1 AND status = 'PUBLISHED'`,
      [draftId],
    );
    // Published only: the moderation step adds a few comments that screening holds.
    expect(stats.top).toBeGreaterThanOrEqual(250);
    expect(stats.replies).toBeGreaterThanOrEqual(50);
    expect(stats.authors).toBeGreaterThanOrEqual(20);
    expect(stats.provisions).toBeGreaterThanOrEqual(30);
    expect(stats.reactions).toBeGreaterThanOrEqual(300);
    const total = stats.top + stats.replies;
    const res = await eventually(
      () =>
        t.graphql<{ draft: { commentCount: number; participantCount: number } }>(
          `query ($d: ID!) { draft(id: $d) { commentCount participantCount } }`,
          { d: draftId },
        ),
      (r) => r.data?.draft.commentCount === total,
    );
    expect(res.data!.draft).toEqual({ commentCount: total, participantCount: stats.authors });
    const hot = await t.graphql<{
      draft: {
        currentVersion: {
          provisions: {
            label: string;
            comments: { edges: { node: { body: string; agreeCount: number } }[] };
          }[];
        };
      };
    }>(
      `query ($d: ID!) { draft(id: $d) { currentVersion { provisions { label comments(first: 1, orderBy: MOST_AGREED) { edges { node { body agreeCount } } } } } } }`,
      { d: draftId },
    );
    expect(hot.errors).toBeUndefined();
    const bodies = hot.data!.draft.currentVersion.provisions.flatMap((p) =>
      p.comments.edges.map((e) => e.node.body),
    );
    expect(bodies.some((b) => /Điều 26|dữ liệu/.test(b))).toBe(true);
    // Running the demo again on a seeded database does nothing.
    expect((await t.app.get(DemoSeedRegistry).run({ onlyIfEmpty: true })).seeded).toBe(false);
  });
});
