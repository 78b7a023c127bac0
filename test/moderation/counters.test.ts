import { createUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { eventually, openDraft, postOk } from '../feedback/feedback-fixtures';
import { moderate } from './moderation-fixtures';

describe('counters follow moderation', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ runRelay: true, env: { RATE_LIMIT_MULTIPLIER: '100' } })));
  afterAll(() => t.close());

  it('counts PUBLISHED comments only: a hide, a held post and an approval move the counts', async () => {
    const law = await openDraft(t);
    const [a, b, moderator] = await Promise.all([
      createUser(t),
      createUser(t),
      createUser(t, { role: 'MODERATOR' }),
    ]);
    const counts = () =>
      t.graphql<{
        draft: { commentCount: number };
        provision: { commentCount: number; stanceCounts: { oppose: number } };
      }>(
        `query ($d: ID!, $p: ID!) { draft(id: $d) { commentCount } provision(id: $p) { commentCount stanceCounts { oppose } } }`,
        { d: law.draftId, p: law.article.id },
      );
    const kept = await postOk(t, a, law.draftId, {
      provisionId: law.article.id,
      body: 'Giữ lại',
      stance: 'OPPOSE',
    });
    const hidden = await postOk(t, b, law.draftId, {
      provisionId: law.article.id,
      body: 'Sẽ bị ẩn',
      stance: 'OPPOSE',
    });
    const held = await postOk(t, b, law.draftId, {
      provisionId: law.article.id,
      body: 'Đồ chó',
      stance: 'OPPOSE',
    });
    expect(held.status).toBe('PENDING');
    const both = await eventually(counts, (r) => r.data?.draft.commentCount === 2);
    expect(both.data).toEqual({
      draft: { commentCount: 2 },
      provision: { commentCount: 2, stanceCounts: { oppose: 2 } },
    });
    await moderate(t, moderator, hidden.id, 'HIDE', 'Vi phạm quy tắc');
    const one = await eventually(counts, (r) => r.data?.draft.commentCount === 1);
    expect(one.data).toEqual({
      draft: { commentCount: 1 },
      provision: { commentCount: 1, stanceCounts: { oppose: 1 } },
    });
    await moderate(t, moderator, held.id, 'APPROVE', 'Chấp nhận');
    const two = await eventually(counts, (r) => r.data?.draft.commentCount === 2);
    expect(two.data!.provision.commentCount).toBe(2);
    expect(kept.status).toBe('PUBLISHED');
  });

  it('counts the comments held for moderation per draft, for moderators and the agency’s officers only', async () => {
    const law = await openDraft(t);
    const quiet = await openDraft(t);
    const [a, moderator, citizen] = await Promise.all([
      createUser(t),
      createUser(t, { role: 'MODERATOR' }),
      createUser(t),
    ]);
    const first = await postOk(t, a, law.draftId, { body: 'Đồ chó' });
    const second = await postOk(t, a, law.draftId, { body: 'Đồ chó, thật đấy' });
    expect([first.status, second.status]).toEqual(['PENDING', 'PENDING']);
    await postOk(t, a, law.draftId, { body: 'Góp ý bình thường' });
    const held = (token?: string) =>
      t.graphql<{ a: { heldCount: number | null }; b: { heldCount: number | null } }>(
        `query ($a: ID!, $b: ID!) { a: draft(id: $a) { heldCount } b: draft(id: $b) { heldCount } }`,
        { a: law.draftId, b: quiet.draftId },
        { token },
      );
    // Counted live (one DataLoader query for both drafts): no relay delay to wait for.
    expect((await held(moderator.accessToken)).data).toEqual({ a: { heldCount: 2 }, b: { heldCount: 0 } });
    expect((await held(law.editor.accessToken)).data).toEqual({
      a: { heldCount: 2 },
      b: { heldCount: null },
    });
    // The author of a held comment, other citizens and the public learn nothing.
    for (const token of [a.accessToken, citizen.accessToken, undefined]) {
      expect((await held(token)).data).toEqual({ a: { heldCount: null }, b: { heldCount: null } });
    }
    await moderate(t, moderator, first.id, 'APPROVE', 'Chấp nhận');
    await moderate(t, moderator, second.id, 'HIDE', 'Vi phạm quy tắc');
    expect((await held(law.editor.accessToken)).data!.a.heldCount).toBe(0);
  });
});
