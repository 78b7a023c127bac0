import { createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, eventually, waitUntil, OpenDraft, openDraft, postOk } from './feedback-fixtures';

const REACT = `mutation ($id: ID!, $r: ReactionKind!) { reactToComment(commentId: $id, reaction: $r) { id myReaction } }`;
const FLAG = `mutation ($id: ID!, $r: FlagReason!, $n: String) { flagComment(commentId: $id, reason: $r, note: $n) }`;
const COUNTS = `query ($c: ID!, $p: ID!, $d: ID!) {
  comment(id: $c) { agreeCount disagreeCount replyCount }
  provision(id: $p) { commentCount stanceCounts { support oppose amend question neutral } }
  draft(id: $d) { commentCount participantCount } }`;

interface Counts {
  comment: { agreeCount: number; disagreeCount: number; replyCount: number };
  provision: { commentCount: number; stanceCounts: Record<string, number> };
  draft: { commentCount: number; participantCount: number };
}

describe('reactions, flags and counters (outbox relay running)', () => {
  let t: TestApp;
  let law: OpenDraft;
  let author: TestUser;
  let people: TestUser[];

  beforeAll(async () => {
    t = await startTestApp({ runRelay: true, env: { RATE_LIMIT_MULTIPLIER: '100' } });
    law = await openDraft(t);
    author = await createUser(t);
    people = await Promise.all(Array.from({ length: 20 }, () => createUser(t)));
  });
  afterAll(() => t.close());

  const counts = async (commentId: string, provisionId: string, draftId: string) =>
    (await t.graphql<Counts>(COUNTS, { c: commentId, p: provisionId, d: draftId })).data!;

  it('reflects the writer’s own reaction at once, and refuses reacting to one’s own comment', async () => {
    const c = await postOk(t, author, law.draftId, { provisionId: law.article.id });
    const res = await t.graphql<{ reactToComment: { myReaction: string } }>(
      REACT,
      { id: c.id, r: 'AGREE' },
      { token: people[0].accessToken },
    );
    expect(res.data!.reactToComment.myReaction).toBe('AGREE');
    const read = async (user: TestUser) =>
      (
        await t.graphql<{ comment: { myReaction: string | null } }>(
          `query ($id: ID!) { comment(id: $id) { myReaction } }`,
          { id: c.id },
          { token: user.accessToken },
        )
      ).data!.comment.myReaction;
    expect(await read(people[0])).toBe('AGREE');
    expect(await read(people[1])).toBeNull();
    await t.graphql(REACT, { id: c.id, r: 'DISAGREE' }, { token: people[0].accessToken });
    expect(await read(people[0])).toBe('DISAGREE');
    await t.graphql(REACT, { id: c.id, r: 'NONE' }, { token: people[0].accessToken });
    expect(await read(people[0])).toBeNull();
    expect(code(await t.graphql(REACT, { id: c.id, r: 'AGREE' }, { token: author.accessToken }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.graphql(REACT, { id: c.id, r: 'AGREE' }))).toBe('UNAUTHENTICATED');
    expect(
      code(
        await t.graphql(
          REACT,
          { id: '00000000-0000-0000-0000-000000000000', r: 'AGREE' },
          { token: people[0].accessToken },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('answers reactToComment with the counts including the reaction just made, changed or removed', async () => {
    // A reader of its own (the flood rule would hold the same author's repeated text).
    const c = await postOk(t, people[19], law.draftId, {
      provisionId: law.article.id,
      body: 'Đề nghị làm rõ phạm vi điều chỉnh.',
    });
    const react = async (user: TestUser, r: string) => {
      const res = await t.graphql<{
        reactToComment: { agreeCount: number; disagreeCount: number; myReaction: string | null };
      }>(
        `mutation ($id: ID!, $r: ReactionKind!) { reactToComment(commentId: $id, reaction: $r) { agreeCount disagreeCount myReaction } }`,
        { id: c.id, r },
        { token: user.accessToken },
      );
      expect(res.errors).toBeUndefined();
      const { agreeCount, disagreeCount, myReaction } = res.data!.reactToComment;
      return [agreeCount, disagreeCount, myReaction];
    };
    expect(await react(people[0], 'AGREE')).toEqual([1, 0, 'AGREE']);
    expect(await react(people[1], 'AGREE')).toEqual([2, 0, 'AGREE']);
    expect(await react(people[2], 'DISAGREE')).toEqual([2, 1, 'DISAGREE']);
    // The same reaction again changes nothing; a change moves one count to the other.
    expect(await react(people[0], 'AGREE')).toEqual([2, 1, 'AGREE']);
    expect(await react(people[0], 'DISAGREE')).toEqual([1, 2, 'DISAGREE']);
    expect(await react(people[0], 'NONE')).toEqual([1, 1, null]);
    expect(await react(people[0], 'NONE')).toEqual([1, 1, null]);
    expect(await react(people[2], 'NONE')).toEqual([1, 0, null]);
    // Later reads agree once the counters have caught up.
    await waitUntil(
      async () => (await counts(c.id, law.article.id, law.draftId)).comment,
      (k) => k.agreeCount === 1 && k.disagreeCount === 0,
    );
  });

  it('counts exactly under 20 parallel writers once the relay has caught up', async () => {
    const draft = await openDraft(t);
    const target = await postOk(t, author, draft.draftId, {
      provisionId: draft.article.id,
      stance: 'SUPPORT',
    });
    // 20 people at once: each reacts (12 agree, 8 disagree), replies, and posts a comment of their own.
    const stances = ['SUPPORT', 'OPPOSE', 'AMEND', 'QUESTION', 'NEUTRAL'];
    await Promise.all(
      people.map(async (p, i) => {
        const [reacted] = await Promise.all([
          t.graphql(REACT, { id: target.id, r: i < 12 ? 'AGREE' : 'DISAGREE' }, { token: p.accessToken }),
          postOk(t, p, draft.draftId, { parentId: target.id, body: `Trả lời ${i}` }),
          postOk(t, p, draft.draftId, {
            provisionId: draft.article.id,
            stance: stances[i % 5],
            ...(stances[i % 5] === 'AMEND' ? { proposedText: 'Sửa' } : {}),
          }),
        ]);
        expect(reacted.errors).toBeUndefined();
      }),
    );
    const expected: Counts = {
      comment: { agreeCount: 12, disagreeCount: 8, replyCount: 20 },
      // 1 + 20 top-level comments and 20 replies, all on the article's lineage.
      provision: {
        commentCount: 41,
        stanceCounts: { support: 5, oppose: 4, amend: 4, question: 4, neutral: 4 },
      },
      draft: { commentCount: 41, participantCount: 21 },
    };
    const read = () => counts(target.id, draft.article.id, draft.draftId);
    const final = await eventually(read, (c) => JSON.stringify(c) === JSON.stringify(expected), 10_000);
    expect(final).toEqual(expected);
    // Redelivering every event changes nothing: the consumer recomputes from the source rows.
    await t.dataSource.query(
      `UPDATE outbox_event SET status = 'PENDING', pending_consumers = ARRAY['feedback-counters'] WHERE payload->>'draftId' = $1`,
      [draft.draftId],
    );
    await waitUntil(
      () => t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE status = 'PENDING'`),
      (rows: { n: number }[]) => rows[0].n === 0,
    );
    expect(await read()).toEqual(expected);
  });

  it('takes a withdrawn comment out of the counts', async () => {
    const draft = await openDraft(t);
    const keep = await postOk(t, author, draft.draftId, { provisionId: draft.article.id, stance: 'OPPOSE' });
    const gone = await postOk(t, people[0], draft.draftId, {
      provisionId: draft.article.id,
      stance: 'OPPOSE',
    });
    const read = () => counts(keep.id, draft.article.id, draft.draftId);
    await waitUntil(read, (c) => c.provision.commentCount === 2 && c.draft.commentCount === 2);
    await t.graphql(
      `mutation ($id: ID!) { withdrawComment(id: $id) { id } }`,
      { id: gone.id },
      { token: people[0].accessToken },
    );
    const after = await eventually(read, (c) => c.provision.commentCount === 1 && c.draft.commentCount === 1);
    expect(after.provision).toEqual({
      commentCount: 1,
      stanceCounts: { support: 0, oppose: 1, amend: 0, question: 0, neutral: 0 },
    });
    expect(after.draft).toEqual({ commentCount: 1, participantCount: 1 });
  });

  it('records a flag once per person and answers true every time', async () => {
    const c = await postOk(t, author, law.draftId, { provisionId: law.article.id });
    for (const reason of ['SPAM', 'ABUSE']) {
      const res = await t.graphql<{ flagComment: boolean }>(
        FLAG,
        { id: c.id, r: reason, n: 'Quảng cáo' },
        { token: people[1].accessToken },
      );
      expect(res.data!.flagComment).toBe(true);
    }
    await t.graphql(FLAG, { id: c.id, r: 'OFF_TOPIC' }, { token: people[2].accessToken });
    const flags = await t.dataSource.query(
      `SELECT user_id, reason, note FROM comment_flag WHERE comment_id = $1 ORDER BY created_at`,
      [c.id],
    );
    expect(flags).toEqual([
      { user_id: people[1].id, reason: 'SPAM', note: 'Quảng cáo' },
      { user_id: people[2].id, reason: 'OFF_TOPIC', note: null },
    ]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE topic = 'comment.flagged' AND aggregate_id = $1`,
      [c.id],
    );
    expect(n).toBe(2);
    expect(code(await t.graphql(FLAG, { id: c.id, r: 'SPAM' }))).toBe('UNAUTHENTICATED');
    expect(
      code(
        await t.graphql(
          FLAG,
          { id: c.id, r: 'OTHER', n: 'x'.repeat(1001) },
          { token: people[3].accessToken },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
