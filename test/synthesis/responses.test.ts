import { createUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, postOk } from '../feedback/feedback-fixtures';
import {
  COMMENT_RESPONSE,
  EDIT_RESPONSE,
  RESPOND,
  Reply,
  synthesisWorld,
  SynthesisWorld,
} from './synthesis-fixtures';

const TOPICS = [
  'phí dịch vụ',
  'thời hạn lưu trữ',
  'quyền khiếu nại',
  'trách nhiệm doanh nghiệp',
  'dữ liệu cá nhân',
];
const body = (i: number) => `Đề nghị làm rõ quy định về ${TOPICS[i]} trong dự thảo.`;

describe('agency responses', () => {
  let t: TestApp;
  let w: SynthesisWorld;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    w = await synthesisWorld(t);
  });
  afterAll(() => t.close());

  const respond = (token: string | undefined, commentId: string, input: Record<string, unknown>) =>
    t.graphql<{ respondToComment: Reply }>(RESPOND, { c: commentId, input }, { token });

  it('lets RESPONDERs and EDITORs of the owning agency answer, and checks who asks before what is asked', async () => {
    const c = await postOk(t, w.citizen, w.law.draftId, { provisionId: w.law.article.id });
    const input = { disposition: 'ACCEPTED', explanation: 'Ban soạn thảo tiếp thu.' };
    expect(code(await respond(undefined, c.id, input))).toBe('UNAUTHENTICATED');
    expect(code(await respond(w.citizen.accessToken, c.id, input))).toBe('FORBIDDEN');
    expect(code(await respond(w.otherEditor.accessToken, c.id, input))).toBe('FORBIDDEN');
    // Invalid input from someone who may not answer is still FORBIDDEN, not BAD_USER_INPUT.
    expect(code(await respond(w.citizen.accessToken, c.id, { ...input, explanation: ' ' }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await respond(w.otherEditor.accessToken, c.id, { ...input, alsoFor: ['x'] }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await respond(w.responder.accessToken, c.id, { ...input, explanation: '  ' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await respond(w.responder.accessToken, '00000000-0000-4000-8000-000000000000', input))).toBe(
      'NOT_FOUND',
    );

    for (const disposition of ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOT_ACCEPTED', 'EXPLAINED']) {
      const res = await respond(w.responder.accessToken, c.id, {
        disposition,
        explanation: `Trả lời ${disposition}`,
      });
      expect(res.data?.respondToComment).toMatchObject({ disposition, commentCount: 1 });
    }
    const byEditor = await respond(w.law.editor.accessToken, c.id, {
      disposition: 'EXPLAINED',
      explanation: 'Giải trình.',
    });
    expect(byEditor.data?.respondToComment.disposition).toBe('EXPLAINED');
    // Public at once, to anyone, on the comment itself.
    const seen = await t.graphql<{ comment: { response: Reply } }>(COMMENT_RESPONSE, { id: c.id });
    expect(seen.data?.comment.response).toMatchObject({
      id: byEditor.data!.respondToComment.id,
      explanation: 'Giải trình.',
    });
  });

  it('answers many comments at once, in one transaction with its audit and outbox events', async () => {
    const comments = await Promise.all(
      [0, 1, 2].map((i) =>
        postOk(t, w.citizen, w.law.draftId, { provisionId: w.law.clause.id, body: body(i) }),
      ),
    );
    const other = await postOk(t, w.citizen, (await synthesisWorld(t)).law.draftId);
    const [first, ...rest] = comments.map((c) => c.id);
    const input = { disposition: 'PARTIALLY_ACCEPTED', explanation: 'Tiếp thu một phần.', alsoFor: rest };
    // A comment of another draft cannot ride along.
    expect(
      code(await respond(w.responder.accessToken, first, { ...input, alsoFor: [...rest, other.id] })),
    ).toBe('BAD_USER_INPUT');
    const res = await respond(w.responder.accessToken, first, input);
    const response = res.data!.respondToComment;
    expect(response.commentCount).toBe(3);
    for (const c of comments) {
      const seen = await t.graphql<{ comment: { response: Reply } }>(COMMENT_RESPONSE, { id: c.id });
      expect(seen.data?.comment.response.id).toBe(response.id);
    }
    const [event] = await t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE topic = 'response.published' AND aggregate_id = $1`,
      [response.id],
    );
    expect({ ...event.payload, commentIds: [...event.payload.commentIds].sort() }).toEqual({
      draftId: w.law.draftId,
      responseId: response.id,
      disposition: 'PARTIALLY_ACCEPTED',
      explanation: 'Tiếp thu một phần.',
      commentIds: comments.map((c) => c.id).sort(),
    });
    const audits = await t.dataSource.query(
      `SELECT action, actor_id AS "actorId" FROM audit_event WHERE target_id = $1`,
      [response.id],
    );
    expect(audits).toEqual([{ action: 'response.record', actorId: w.responder.id }]);
  });

  it('keeps every revision of an edited response, and moves an answered comment to a newer response', async () => {
    const [a, b] = await Promise.all(
      [3, 4].map((i) => postOk(t, w.citizen, w.law.draftId, { body: body(i) })),
    );
    const first = (
      await respond(w.responder.accessToken, a.id, {
        disposition: 'NOT_ACCEPTED',
        explanation: 'Không tiếp thu.',
        alsoFor: [b.id],
      })
    ).data!.respondToComment;
    expect(
      code(
        await t.graphql(
          EDIT_RESPONSE,
          { id: first.id, input: { explanation: 'x' } },
          { token: w.citizen.accessToken },
        ),
      ),
    ).toBe('FORBIDDEN');
    const edited = await t.graphql<{ editResponse: Reply & { revisions: (Reply & { number: number })[] } }>(
      EDIT_RESPONSE,
      { id: first.id, input: { disposition: 'EXPLAINED', explanation: 'Xin giải trình như sau.' } },
      { token: w.law.editor.accessToken },
    );
    expect(edited.data?.editResponse).toMatchObject({
      disposition: 'EXPLAINED',
      explanation: 'Xin giải trình như sau.',
    });
    expect(edited.data?.editResponse.revisions.map((r) => [r.number, r.disposition, r.commentCount])).toEqual(
      [
        [1, 'NOT_ACCEPTED', 2],
        [2, 'EXPLAINED', 2],
      ],
    );
    const seen = await t.graphql<{ comment: { response: Reply } }>(COMMENT_RESPONSE, { id: b.id });
    expect(seen.data?.comment.response.explanation).toBe('Xin giải trình như sau.');

    // b gets its own, newer answer: it moves; the first response keeps its history.
    const second = (
      await respond(w.responder.accessToken, b.id, {
        disposition: 'ACCEPTED',
        explanation: 'Tiếp thu riêng.',
      })
    ).data!.respondToComment;
    const after = await t.graphql<{ comment: { response: Reply } }>(COMMENT_RESPONSE, { id: b.id });
    expect(after.data?.comment.response.id).toBe(second.id);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM comment_response WHERE response_id = $1`,
      [first.id],
    );
    expect(n).toBe(1);
    const [audit] = await t.dataSource.query(
      `SELECT data FROM audit_event WHERE target_id = $1 AND action = 'response.record'`,
      [second.id],
    );
    expect(audit.data.movedFrom).toEqual([{ commentId: b.id, responseId: first.id }]);
    const events = await t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE topic = 'response.published' AND aggregate_id = $1 ORDER BY id`,
      [first.id],
    );
    expect(events.map((e: { payload: { disposition: string } }) => e.payload.disposition)).toEqual([
      'NOT_ACCEPTED',
      'EXPLAINED',
    ]);
    // The public sees the response but not its revisions.
    const stranger = await createUser(t);
    const pub = await t.graphql<{ comment: { response: { revisions: unknown[] } } }>(
      `query ($id: ID!) { comment(id: $id) { response { revisions { number } } } }`,
      { id: a.id },
      { token: stranger.accessToken },
    );
    expect(pub.data?.comment.response.revisions).toEqual([]);
  });

  it('leaves no answer attached to nothing: a re-answered comment’s old response points to its successor', async () => {
    const c = await postOk(t, w.citizen, w.law.draftId, { body: body(2) });
    const answer = (explanation: string) =>
      respond(w.responder.accessToken, c.id, { disposition: 'EXPLAINED', explanation }).then(
        (res) => res.data!.respondToComment,
      );
    const first = await answer('Lần đầu.');
    const second = await answer('Lần hai.');
    const third = await answer('Lần ba.');
    const rows: { id: string; supersededBy: string | null; comments: number }[] = await t.dataSource.query(
      `SELECT r.id, r.superseded_by AS "supersededBy",
              (SELECT count(*)::int FROM comment_response x WHERE x.response_id = r.id) AS comments
         FROM agency_response r WHERE r.id = ANY($1::uuid[])`,
      [[first.id, second.id, third.id]],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(first.id)).toMatchObject({ comments: 0, supersededBy: second.id });
    expect(byId.get(second.id)).toMatchObject({ comments: 0, supersededBy: third.id });
    expect(byId.get(third.id)).toMatchObject({ comments: 1, supersededBy: null });
    // Nowhere in the database is there an answer that answers nothing and points nowhere.
    const [{ orphans }] = await t.dataSource.query(
      `SELECT count(*)::int AS orphans FROM agency_response r
        WHERE r.superseded_by IS NULL AND NOT EXISTS (SELECT 1 FROM comment_response x WHERE x.response_id = r.id)`,
    );
    expect(orphans).toBe(0);
  });
});
