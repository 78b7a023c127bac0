import { OutboxRelay } from '@thamvan/core';
import { createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { openDraft, OpenDraft, postOk, waitUntil } from '../feedback/feedback-fixtures';
import { collect, connectLive, LiveClient, nextEvent, request } from './live-client';

interface CommentEvent {
  seq: string;
  draftId: string;
  provisionId: string | null;
  comment: {
    id: string;
    parentId: string | null;
    body: string;
    bodyHtml: string;
    stance: string | null;
    author: Record<string, unknown>;
    createdAt: string;
  };
}
interface ReactionEvent {
  seq: string;
  commentId: string;
  agreeCount: number;
  disagreeCount: number;
}

const REACT = `mutation ($id: ID!, $r: ReactionKind!) { reactToComment(commentId: $id, reaction: $r) { id } }`;

describe('Live: comment, reaction and response events', () => {
  let t: TestApp;
  let draft: OpenDraft;
  let author: TestUser;
  let moderator: TestUser;
  const clients: LiveClient[] = [];
  const connect = async (token?: string) => {
    const client = await connectLive(t.url, { token });
    clients.push(client);
    return client;
  };
  const createdLog = new Map<LiveClient, CommentEvent[]>();
  const reader = async () => {
    const client = await connect();
    expect(await request(client, 'subscribe', { draftId: draft.draftId })).toEqual({ ok: true });
    createdLog.set(client, collect<CommentEvent>(client, 'comment.created'));
    return client;
  };
  /** The comment.created of `id`, already received (the relay may beat postComment's response) or next. */
  const created = (client: LiveClient, id: string) => {
    const already = createdLog.get(client)?.find((e) => e.comment.id === id);
    return already
      ? Promise.resolve(already)
      : nextEvent<CommentEvent>(client, 'comment.created', (e) => e.comment.id === id);
  };

  beforeAll(async () => {
    t = await startTestApp({ runRelay: true, env: { RATE_LIMIT_MULTIPLIER: '100' } });
    draft = await openDraft(t);
    author = await createUser(t, { province: 'Hà Nội' });
    moderator = await createUser(t, { role: 'MODERATOR' });
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t.close();
  });

  it('subscribe → another user posts → comment.created with the public comment and its outbox seq', async () => {
    const client = await reader();
    const events = collect<CommentEvent>(client, 'comment.created');
    const comment = await postOk(t, author, draft.draftId, {
      provisionId: draft.article.id,
      body: 'Đề nghị **làm rõ** khái niệm <script>x</script>',
      stance: 'SUPPORT',
    });
    const event = await created(client, comment.id);
    expect(event).toEqual({
      seq: expect.stringMatching(/^\d+$/),
      draftId: draft.draftId,
      provisionId: draft.article.id,
      comment: {
        id: comment.id,
        parentId: null,
        body: comment.body,
        bodyHtml: comment.bodyHtml,
        stance: 'SUPPORT',
        author: {
          displayName: author.displayName,
          kind: 'INDIVIDUAL',
          organizationName: null,
          province: 'Hà Nội',
          verified: false,
        },
        createdAt: comment.createdAt,
        editedAt: null,
      },
    });
    expect(event.comment.bodyHtml).toContain('<strong>làm rõ</strong>');
    expect(event.comment.bodyHtml).not.toContain('<script');
    expect(JSON.stringify(event)).not.toContain(author.email);
    const [row] = await t.dataSource.query(
      `SELECT id::text FROM outbox_event WHERE topic = 'comment.created' AND aggregate_id = $1`,
      [comment.id],
    );
    expect(event.seq).toBe(row.id);
    expect(events.filter((e) => e.comment.id === comment.id)).toHaveLength(1);

    const updated = nextEvent<CommentEvent>(client, 'comment.updated', (e) => e.comment.id === comment.id);
    const edit = await t.graphql(
      `mutation ($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id } }`,
      { id: comment.id, input: { body: 'Đã sửa lại ý kiến.' } },
      { token: author.accessToken },
    );
    expect(edit.errors).toBeUndefined();
    expect((await updated).comment.body).toBe('Đã sửa lại ý kiến.');
  });

  it('never sends a PENDING comment to the public room; moderators hear of it; approval announces it', async () => {
    // A draft under pre-moderation: every comment is held (PENDING) until a moderator approves it.
    const held = await openDraft(t);
    const mode = await t.graphql(
      `mutation ($d: ID!) { setModerationMode(draftId: $d, mode: PRE) { id } }`,
      { d: held.draftId },
      { token: held.editor.accessToken },
    );
    expect(mode.errors).toBeUndefined();
    const mod = await connect(moderator.accessToken);
    expect(await request(mod, 'subscribe', { moderation: true })).toEqual({ ok: true });
    const client = await connect();
    expect(await request(client, 'subscribe', { draftId: held.draftId })).toEqual({ ok: true });
    const seen = collect<CommentEvent>(client, 'comment.created');
    const queued = collect<{ commentId: string; reason: string }>(mod, 'moderation.queued');

    const pending = await postOk(t, author, held.draftId, { body: 'Bình luận chờ duyệt' });
    expect(pending.status).toBe('PENDING');
    await waitUntil(
      async () => queued.filter((e) => e.commentId === pending.id),
      (found) => found.length > 0,
    );
    expect(queued.find((e) => e.commentId === pending.id)?.reason).toBe('PENDING');
    // A marker on the public draft proves the relay ran past the held comment.
    const publicReader = await reader();
    const marker = await postOk(t, author, draft.draftId, { body: 'Bình luận công khai sau đó' });
    await created(publicReader, marker.id);
    expect(seen.map((e) => e.comment.id)).not.toContain(pending.id);

    const announced = nextEvent<CommentEvent>(client, 'comment.created', (e) => e.comment.id === pending.id);
    const decided = nextEvent<{ commentId: string; status: string }>(
      mod,
      'moderation.decided',
      (e) => e.commentId === pending.id,
    );
    const approve = await t.graphql(
      `mutation ($id: ID!) { moderateComment(id: $id, action: APPROVE, reason: "Hợp lệ") { id status } }`,
      { id: pending.id },
      { token: moderator.accessToken },
    );
    expect(approve.errors).toBeUndefined();
    expect((await announced).comment.body).toBe('Bình luận chờ duyệt');
    expect((await decided).status).toBe('PUBLISHED');

    // An edit that screening holds again (simulated: the status change and the edit's event in
    // one statement): the comment leaves the public's view.
    const removed = nextEvent<{ id: string }>(client, 'comment.removed', (e) => e.id === pending.id);
    await t.dataSource.query(
      `WITH held AS (UPDATE comment SET status = 'PENDING' WHERE id = $1 RETURNING *)
       INSERT INTO outbox_event (topic, aggregate_id, payload)
       SELECT 'comment.updated', id, jsonb_build_object('draftId', draft_id, 'provisionId', provision_id,
                'lineageId', lineage_id, 'commentId', id, 'parentId', parent_id) FROM held`,
      [pending.id],
    );
    expect(await removed).toMatchObject({ id: pending.id, draftId: held.draftId });
  });

  it('announces a hidden comment as comment.removed, and a restored one as comment.updated', async () => {
    const client = await reader();
    const comment = await postOk(t, author, draft.draftId, { body: 'Sẽ bị ẩn' });
    await created(client, comment.id);
    const removed = nextEvent<{ id: string; draftId: string; seq: string }>(
      client,
      'comment.removed',
      (e) => e.id === comment.id,
    );
    const decide = (action: string) =>
      t.graphql(
        `mutation ($id: ID!, $a: ModerationActionKind!) { moderateComment(id: $id, action: $a, reason: "Kiểm tra") { id } }`,
        { id: comment.id, a: action },
        { token: moderator.accessToken },
      );
    expect((await decide('HIDE')).errors).toBeUndefined();
    expect(await removed).toMatchObject({ id: comment.id, draftId: draft.draftId });
    const restored = nextEvent<CommentEvent>(client, 'comment.updated', (e) => e.comment.id === comment.id);
    expect((await decide('RESTORE')).errors).toBeUndefined();
    expect((await restored).comment.body).toBe('Sẽ bị ẩn');
  });

  it('coalesces reactions: fewer reaction.updated events than reactions, the last with the final counts', async () => {
    const client = await reader();
    const comment = await postOk(t, author, draft.draftId, { body: 'Hãy đồng ý với tôi' });
    const people = await Promise.all(Array.from({ length: 6 }, () => createUser(t)));
    const events = collect<ReactionEvent>(client, 'reaction.updated');
    const final = nextEvent<ReactionEvent>(
      client,
      'reaction.updated',
      (e) => e.commentId === comment.id && e.agreeCount === 5 && e.disagreeCount === 1,
      10_000,
    );
    const results = await Promise.all(
      people.map((p, i) =>
        t.graphql(REACT, { id: comment.id, r: i === 0 ? 'DISAGREE' : 'AGREE' }, { token: p.accessToken }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(people.map(() => undefined));
    await final;
    const [newest] = await t.dataSource.query(
      `SELECT max(id)::text AS seq FROM outbox_event WHERE topic = 'reaction.updated' AND aggregate_id = $1`,
      [comment.id],
    );
    // Counts are read when an event is sent, so they may run ahead of its seq; the event
    // carrying the newest seq comes last, with the final counts.
    await waitUntil(
      async () => events.filter((e) => e.commentId === comment.id && e.seq === newest.seq),
      (found) => found.length > 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
    const mine = events.filter((e) => e.commentId === comment.id);
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine.length).toBeLessThan(6);
    expect(mine[mine.length - 1]).toMatchObject({ seq: newest.seq, agreeCount: 5, disagreeCount: 1 });
    const totals = mine.map((e) => e.agreeCount + e.disagreeCount);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
  });

  it('sends response.published to the draft room and to the author of each answered comment', async () => {
    const answered = await postOk(t, author, draft.draftId, { body: 'Xin cơ quan trả lời' });
    const other = await createUser(t);
    const second = await postOk(t, other, draft.draftId, { body: 'Tôi cũng hỏi như vậy' });
    const client = await reader();
    const mine = await connect(author.accessToken); // not subscribed to the draft: the user room only
    const theirs = await connect(other.accessToken);
    const toAuthor = collect<{ commentId: string }>(mine, 'response.published');
    const inRoom = collect<{ commentId: string }>(client, 'response.published');
    const reachedOther = nextEvent<{ commentId: string }>(theirs, 'response.published');
    const reachedAuthor = nextEvent<{ commentId: string; seq: string; disposition: string }>(
      mine,
      'response.published',
    );
    const answer = await t.graphql<{ respondToComment: { id: string } }>(
      `mutation ($id: ID!, $input: ResponseInput!) { respondToComment(commentId: $id, input: $input) { id } }`,
      {
        id: answered.id,
        input: { disposition: 'ACCEPTED', explanation: 'Ban soạn thảo tiếp thu.', alsoFor: [second.id] },
      },
      { token: draft.editor.accessToken },
    );
    expect(answer.errors).toBeUndefined();
    const [{ seq }] = await t.dataSource.query(
      `SELECT id::text AS seq FROM outbox_event WHERE topic = 'response.published' AND payload->>'responseId' = $1`,
      [answer.data!.respondToComment.id],
    );
    expect(await reachedAuthor).toEqual({
      seq,
      draftId: draft.draftId,
      commentId: answered.id,
      disposition: 'ACCEPTED',
      explanation: 'Ban soạn thảo tiếp thu.',
    });
    expect((await reachedOther).commentId).toBe(second.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(toAuthor.map((e) => e.commentId)).toEqual([answered.id]);
    expect(inRoom.map((e) => e.commentId).sort()).toEqual([answered.id, second.id].sort());
  });

  it('identifies a web page by its session cookie (same origin only): its user room gets the answers to its comments', async () => {
    const asked = await postOk(t, author, draft.draftId, { body: 'Câu hỏi từ trang web' });
    const host = new URL(t.url).host;
    const cookie = `thamvan_csrf=x; thamvan_at=${author.accessToken}`;
    const page = await connectLive(t.url, { origin: `http://${host}`, extraHeaders: { cookie } });
    const crossSite = await connectLive(t.url, { origin: 'https://evil.example', extraHeaders: { cookie } });
    clients.push(page, crossSite);
    const reached = nextEvent<{ commentId: string }>(
      page,
      'response.published',
      (e) => e.commentId === asked.id,
    );
    const leaked = collect<{ commentId: string }>(crossSite, 'response.published');
    const answer = await t.graphql(
      `mutation ($id: ID!, $input: ResponseInput!) { respondToComment(commentId: $id, input: $input) { id } }`,
      { id: asked.id, input: { disposition: 'EXPLAINED', explanation: 'Đã giải trình.' } },
      { token: draft.editor.accessToken },
    );
    expect(answer.errors).toBeUndefined();
    expect((await reached).commentId).toBe(asked.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(leaked).toEqual([]);
    // A lapsed or forged cookie is refused like a bad auth.token, so the page refreshes and reconnects.
    await expect(
      connectLive(t.url, { origin: `http://${host}`, extraHeaders: { cookie: 'thamvan_at=garbage' } }),
    ).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
  });

  it('sends the public text: the masked body when moderation masked personal data', async () => {
    const client = await reader();
    const relay = t.app.get(OutboxRelay);
    await relay.stop();
    let comment: { id: string };
    try {
      comment = await postOk(t, author, draft.draftId, { body: 'Gọi tôi: 0912 345 678' });
      // What screening (#6) stores beside the original (data contract: public text = coalesce(masked_body, body)).
      await t.dataSource.query(`UPDATE comment SET masked_body = 'Gọi tôi: ***' WHERE id = $1`, [comment.id]);
    } finally {
      relay.start();
    }
    const event = await created(client, comment.id);
    expect(event.comment.body).toBe('Gọi tôi: ***');
    // Ids, times and the seq are digits that may contain "345" by chance; the rest must not.
    const text = JSON.stringify(event)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
      .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, '<time>')
      .replace(/"seq":"\d+"/, '"seq":"<seq>"');
    expect(text).not.toContain('345');
  });

  it('stops delivering comments after unsubscribe', async () => {
    const leaver = await reader();
    const stayer = await reader();
    const seenByLeaver = collect<CommentEvent>(leaver, 'comment.created');
    expect(await request(leaver, 'unsubscribe', { draftId: draft.draftId })).toEqual({ ok: true });
    const comment = await postOk(t, author, draft.draftId, { body: 'Sau khi rời phòng' });
    await created(stayer, comment.id);
    expect(seenByLeaver.filter((e) => e.comment.id === comment.id)).toEqual([]);
  });

  it('announces a withdrawn comment as comment.removed', async () => {
    const comment = await postOk(t, author, draft.draftId, { provisionId: draft.article.id });
    const client = await reader();
    const removed = nextEvent<{ id: string; draftId: string; provisionId: string }>(
      client,
      'comment.removed',
      (e) => e.id === comment.id,
    );
    const res = await t.graphql(
      `mutation ($id: ID!) { withdrawComment(id: $id) { id status } }`,
      { id: comment.id },
      { token: author.accessToken },
    );
    expect(res.errors).toBeUndefined();
    expect(await removed).toMatchObject({
      id: comment.id,
      draftId: draft.draftId,
      provisionId: draft.article.id,
    });
  });
});
