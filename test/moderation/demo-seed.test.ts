import { DemoSeedRegistry } from '@thamvan/core';
import { login } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../feedback/feedback-fixtures';

interface QueueItem {
  id: string;
  status: string;
  moderation: { screeningFindings: { rule: string }[]; flagCount: number } | null;
}

/**
 * The demo a fresh `npm start` seeds gives every console something to show: held and
 * reported comments for the moderators, answered and unanswered ones (and held ones) for
 * the agency, a closed consultation with its published report for everyone.
 */
describe('the demo seeds every console', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ runRelay: true })));
  afterAll(() => t.close());

  it('holds a few comments by screening, queues a few reported ones, answers some and publishes a report', async () => {
    const result = await t.app.get(DemoSeedRegistry).run({ onlyIfEmpty: true });
    expect(result.seeded).toBe(true);
    const { draftId, accounts } = result.context;
    const closedDraftId = result.context.extra.closedDraftId as string;
    const signIn = async (label: string) => {
      const account = accounts.find((a) => a.label.startsWith(label))!;
      return (await login(t, account.email, account.password)).accessToken;
    };
    const moderator = await signIn('moderator');
    const editor = await signIn('editor');

    const queue = await t.graphql<{ moderationQueue: { totalCount: number; edges: { node: QueueItem }[] } }>(
      `{ moderationQueue(first: 50) { totalCount edges { node { id status
          moderation { screeningFindings { rule } flagCount } } } } }`,
      {},
      { token: moderator },
    );
    expect(queue.errors).toBeUndefined();
    const items = queue.data!.moderationQueue.edges.map((e) => e.node);
    const held = items.filter((i) => i.status === 'PENDING');
    const reported = items.filter((i) => i.status === 'PUBLISHED' && i.moderation!.flagCount > 0);
    expect(held).toHaveLength(3);
    expect(new Set(held.flatMap((i) => i.moderation!.screeningFindings.map((f) => f.rule)))).toEqual(
      new Set(['ABUSIVE_LANGUAGE', 'LINKS', 'PERSONAL_DATA']),
    );
    expect(reported).toHaveLength(3);

    const drafts = await t.graphql<{ open: { heldCount: number }; closed: { status: string } }>(
      `query ($o: ID!, $c: ID!) { open: draft(id: $o) { heldCount } closed: draft(id: $c) { status } }`,
      { o: draftId, c: closedDraftId },
      { token: editor },
    );
    expect(drafts.data).toEqual({ open: { heldCount: 3 }, closed: { status: 'CLOSED' } });

    // Answered and unanswered on the open consultation, one answer covering several comments.
    const [answers] = await t.dataSource.query(
      `SELECT count(DISTINCT cr.comment_id)::int AS comments, count(DISTINCT cr.response_id)::int AS responses
         FROM comment_response cr WHERE cr.draft_id = $1`,
      [draftId],
    );
    expect(answers).toEqual({ comments: 12, responses: 10 });
    const answered = await eventually(
      () =>
        t.graphql<{ searchComments: { totalCount: number } }>(
          `query ($d: ID!) { searchComments(input: { draftId: $d, answered: true }) { totalCount } }`,
          { d: draftId },
        ),
      (r) => r.data?.searchComments.totalCount === 12,
    );
    expect(answered.data!.searchComments.totalCount).toBe(12);

    // The finished consultation's report is public.
    const report = await t.graphql<{
      feedbackReport: { publishedAt: string | null; answeredCount: number } | null;
    }>(`query ($d: ID!) { feedbackReport(draftId: $d) { publishedAt answeredCount } }`, { d: closedDraftId });
    expect(report.data!.feedbackReport!.publishedAt).not.toBeNull();
    expect(report.data!.feedbackReport!.answeredCount).toBeGreaterThan(0);
  });
});
