import { createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, OpenDraft, openDraft, post, postOk } from '../feedback/feedback-fixtures';
import { flag, moderate, queue, read } from './moderation-fixtures';

const SET_MODE = `mutation ($d: ID!, $m: ModerationMode!) { setModerationMode(draftId: $d, mode: $m) { id moderationMode } }`;

describe('flags, decisions and what each viewer sees', () => {
  let t: TestApp;
  let law: OpenDraft;
  let author: TestUser;
  let replier: TestUser;
  let moderator: TestUser;
  let flaggers: TestUser[];

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    law = await openDraft(t);
    [author, replier, moderator, ...flaggers] = await Promise.all([
      createUser(t),
      createUser(t),
      createUser(t, { role: 'MODERATOR' }),
      createUser(t),
      createUser(t),
      createUser(t),
      createUser(t),
    ]);
  });
  afterAll(() => t.close());

  const inQueue = async (id: string) => {
    const res = await queue(t, moderator, 100);
    return res.data!.moderationQueue.edges.some((e) => e.node.id === id);
  };

  it('queues a comment on its first flag and hides it when the third distinct person flags it', async () => {
    const c = await postOk(t, author, law.draftId, {
      provisionId: law.article.id,
      body: 'Bình luận gây tranh cãi',
    });
    const reply = await postOk(t, replier, law.draftId, { parentId: c.id, body: 'Một câu trả lời' });
    expect(await inQueue(c.id)).toBe(false);
    expect((await flag(t, flaggers[0], c.id, 'ABUSE', 'Xúc phạm')).data!.flagComment).toBe(true);
    expect(await inQueue(c.id)).toBe(true);
    // The same person again does not count twice.
    await flag(t, flaggers[0], c.id, 'SPAM');
    await flag(t, flaggers[1], c.id, 'SPAM');
    expect((await read(t, null, c.id))!.status).toBe('PUBLISHED');
    await flag(t, flaggers[2], c.id, 'ABUSE');
    // Hidden by the flag's own transaction: the very next read sees it.
    const publicView = await read(t, null, c.id);
    expect(publicView).toMatchObject({
      status: 'HIDDEN',
      body: '',
      bodyHtml: '',
      moderationReason: null,
      moderationReasonCode: null,
    });
    expect(publicView!.replies.edges.map((e) => e.node)).toEqual([
      { id: reply.id, body: 'Một câu trả lời', status: 'PUBLISHED' },
    ]);
    expect(await read(t, author, c.id)).toMatchObject({
      status: 'HIDDEN',
      body: 'Bình luận gây tranh cãi',
      moderationReason: 'Tự động ẩn: bị 3 người báo cáo vi phạm; đang chờ người kiểm duyệt xem xét',
      moderationReasonCode: 'HIDDEN_BY_READER_REPORTS',
    });
    const mod = await read(t, moderator, c.id);
    expect(mod).toMatchObject({ status: 'HIDDEN', body: 'Bình luận gây tranh cãi' });
    expect(mod!.moderation).toMatchObject({
      flagCount: 3,
      flagNotes: ['Xúc phạm'],
      flagReasons: [
        { reason: 'ABUSE', count: 2 },
        { reason: 'SPAM', count: 1 },
      ],
      authorCommentCount: 1,
      authorHiddenCount: 1,
      decisions: [
        {
          action: 'HIDE',
          reason: 'Tự động ẩn: bị 3 người báo cáo vi phạm; đang chờ người kiểm duyệt xem xét',
          fromStatus: 'PUBLISHED',
          toStatus: 'HIDDEN',
          automatic: true,
        },
      ],
    });
    expect(await inQueue(c.id)).toBe(true);
    const events = await t.dataSource.query(
      `SELECT payload->>'status' AS status, payload->>'previousStatus' AS previous, payload->>'commentId' AS id
         FROM outbox_event WHERE topic = 'comment.moderated' AND aggregate_id = $1`,
      [c.id],
    );
    expect(events).toEqual([{ status: 'HIDDEN', previous: 'PUBLISHED', id: c.id }]);
  });

  it("does not count the author's report of their own comment towards hiding it", async () => {
    const c = await postOk(t, author, law.draftId, {
      provisionId: law.article.id,
      body: 'Tôi tự báo cáo góp ý này',
    });
    expect((await flag(t, author, c.id, 'OTHER', 'Tôi viết nhầm')).data!.flagComment).toBe(true);
    // The report still reaches a moderator.
    expect(await inQueue(c.id)).toBe(true);
    await flag(t, flaggers[0], c.id, 'SPAM');
    await flag(t, flaggers[1], c.id, 'SPAM');
    // Three reports, two of them by other people: still published.
    expect((await read(t, null, c.id))!.status).toBe('PUBLISHED');
    await flag(t, flaggers[2], c.id, 'SPAM');
    expect(await read(t, author, c.id)).toMatchObject({
      status: 'HIDDEN',
      moderationReason: 'Tự động ẩn: bị 3 người báo cáo vi phạm; đang chờ người kiểm duyệt xem xét',
    });
  });

  it('hides once under concurrent flags that cross the threshold together', async () => {
    const c = await postOk(t, author, law.draftId, {
      provisionId: law.clause.id,
      body: 'Bị báo cáo cùng lúc',
    });
    await Promise.all(flaggers.map((f) => flag(t, f, c.id, 'SPAM')));
    const [row] = await t.dataSource.query(
      `SELECT c.status, (SELECT count(*)::int FROM moderation_decision d WHERE d.comment_id = c.id) AS decisions
         FROM comment c WHERE c.id = $1`,
      [c.id],
    );
    expect(row).toEqual({ status: 'HIDDEN', decisions: 1 });
  });

  it('restores, approves and hides with a mandatory reason, audited, never deleting text or history', async () => {
    const c = await postOk(t, author, law.draftId, { provisionId: law.article.id, body: 'Văn bản gốc' });
    await t.graphql(
      `mutation ($id: ID!) { editComment(id: $id, input: { body: "Văn bản đã sửa" }) { id } }`,
      { id: c.id },
      { token: author.accessToken },
    );
    expect(code(await moderate(t, moderator, c.id, 'HIDE', '   '))).toBe('BAD_USER_INPUT');
    expect(code(await moderate(t, author, c.id, 'HIDE', 'Tự ẩn'))).toBe('FORBIDDEN');
    expect(code(await moderate(t, null, c.id, 'HIDE', 'Ẩn'))).toBe('UNAUTHENTICATED');
    expect(code(await moderate(t, moderator, c.id, 'RESTORE', 'Không bị ẩn'))).toBe('CONFLICT');

    const hidden = await moderate(t, moderator, c.id, 'HIDE', 'Thông tin sai lệch');
    expect(hidden.data!.moderateComment).toMatchObject({
      status: 'HIDDEN',
      body: 'Văn bản đã sửa',
      moderationReason: 'Thông tin sai lệch',
    });
    expect(await read(t, null, c.id)).toMatchObject({ status: 'HIDDEN', body: '' });
    expect(await read(t, author, c.id)).toMatchObject({
      body: 'Văn bản đã sửa',
      moderationReason: 'Thông tin sai lệch',
      moderationReasonCode: 'MODERATOR_DECISION',
    });
    expect(code(await moderate(t, moderator, c.id, 'APPROVE', 'Duyệt'))).toBe('CONFLICT');

    const restored = await moderate(t, moderator, c.id, 'RESTORE', 'Đã xác minh, nội dung phù hợp');
    expect(restored.data!.moderateComment.status).toBe('PUBLISHED');
    expect(await read(t, null, c.id)).toMatchObject({ status: 'PUBLISHED', body: 'Văn bản đã sửa' });

    await moderate(t, moderator, c.id, 'APPROVE', 'Giữ nguyên');
    // Text and revisions are untouched by every decision.
    const [row] = await t.dataSource.query(
      `SELECT body, status, (SELECT array_agg(body) FROM comment_revision WHERE comment_id = $1) AS revisions
         FROM comment WHERE id = $1`,
      [c.id],
    );
    expect(row).toEqual({ body: 'Văn bản đã sửa', status: 'PUBLISHED', revisions: ['Văn bản gốc'] });

    const decisions = await t.dataSource.query(
      `SELECT action, reason, from_status, to_status, moderator_id FROM moderation_decision
        WHERE comment_id = $1 ORDER BY decided_at, id`,
      [c.id],
    );
    expect(decisions).toEqual([
      {
        action: 'HIDE',
        reason: 'Thông tin sai lệch',
        from_status: 'PUBLISHED',
        to_status: 'HIDDEN',
        moderator_id: moderator.id,
      },
      {
        action: 'RESTORE',
        reason: 'Đã xác minh, nội dung phù hợp',
        from_status: 'HIDDEN',
        to_status: 'PUBLISHED',
        moderator_id: moderator.id,
      },
      {
        action: 'APPROVE',
        reason: 'Giữ nguyên',
        from_status: 'PUBLISHED',
        to_status: 'PUBLISHED',
        moderator_id: moderator.id,
      },
    ]);
    const audit = await t.dataSource.query(
      `SELECT actor_id, actor_role, action, reason, data->>'toStatus' AS to FROM audit_event
        WHERE target_type = 'comment' AND target_id = $1 ORDER BY id`,
      [c.id],
    );
    expect(audit).toEqual([
      {
        actor_id: moderator.id,
        actor_role: 'MODERATOR',
        action: 'comment.moderation.hide',
        reason: 'Thông tin sai lệch',
        to: 'HIDDEN',
      },
      {
        actor_id: moderator.id,
        actor_role: 'MODERATOR',
        action: 'comment.moderation.restore',
        reason: 'Đã xác minh, nội dung phù hợp',
        to: 'PUBLISHED',
      },
      {
        actor_id: moderator.id,
        actor_role: 'MODERATOR',
        action: 'comment.moderation.approve',
        reason: 'Giữ nguyên',
        to: 'PUBLISHED',
      },
    ]);
    // Refused decisions left no trace.
    expect(decisions).toHaveLength(3);

    // History is append-only, even for the application's own database role.
    await expect(
      t.dataSource.query(`UPDATE moderation_decision SET reason = 'sửa' WHERE comment_id = $1`, [c.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`DELETE FROM moderation_decision WHERE comment_id = $1`, [c.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`DELETE FROM audit_event WHERE target_type = 'comment' AND target_id = $1`, [c.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('a reviewed comment leaves the queue; new flags after review count afresh', async () => {
    const c = await postOk(t, author, law.draftId, { provisionId: law.article.id, body: 'Được xem xét lại' });
    await flag(t, flaggers[0], c.id);
    await flag(t, flaggers[1], c.id);
    await moderate(t, moderator, c.id, 'APPROVE', 'Không vi phạm');
    expect(await inQueue(c.id)).toBe(false);
    expect((await read(t, moderator, c.id))!.moderation!.flagCount).toBe(0);
    await flag(t, flaggers[2], c.id);
    expect(await inQueue(c.id)).toBe(true);
    // One new reporter since the review: still below the threshold.
    expect((await read(t, null, c.id))!.status).toBe('PUBLISHED');
  });

  it('PRE mode: set by the agency editor, holds every new comment until a moderator approves it', async () => {
    expect(
      code(await t.graphql(SET_MODE, { d: law.draftId, m: 'PRE' }, { token: moderator.accessToken })),
    ).toBe('FORBIDDEN');
    const set = await t.graphql<{ setModerationMode: { moderationMode: string } }>(
      SET_MODE,
      { d: law.draftId, m: 'PRE' },
      { token: law.editor.accessToken },
    );
    expect(set.data!.setModerationMode.moderationMode).toBe('PRE');
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, data FROM audit_event WHERE action = 'draft.moderation_mode' AND target_id = $1`,
      [law.draftId],
    );
    expect(audit).toEqual({ actor_id: law.editor.id, data: { from: 'POST', to: 'PRE' } });
    try {
      const c = await postOk(t, replier, law.draftId, {
        provisionId: law.clause.id,
        body: 'Góp ý khi kiểm duyệt trước',
      });
      expect(c.status).toBe('PENDING');
      expect(await read(t, null, c.id)).toBeNull();
      expect((await read(t, law.editor, c.id))!.status).toBe('PENDING');
      expect(await read(t, replier, c.id)).toMatchObject({
        moderationReason:
          'Đang chờ kiểm duyệt: ý kiến về dự thảo này được đăng sau khi người kiểm duyệt phê duyệt',
        moderationReasonCode: 'HELD_PRE_MODERATION',
      });
      expect(await inQueue(c.id)).toBe(true);
      // Not public yet: no reactions (their live counts go to the public room) and no
      // replies (a published reply would point the public at it), even from those who see it.
      const REACT = `mutation ($id: ID!) { reactToComment(commentId: $id, reaction: AGREE) { id } }`;
      expect(code(await t.graphql(REACT, { id: c.id }, { token: law.editor.accessToken }))).toBe('CONFLICT');
      expect(code(await post(t, moderator, law.draftId, { parentId: c.id, body: 'Trả lời sớm' }))).toBe(
        'CONFLICT',
      );
      const approved = await moderate(t, moderator, c.id, 'APPROVE', 'Phù hợp');
      expect(approved.data!.moderateComment.status).toBe('PUBLISHED');
      expect(await read(t, null, c.id)).toMatchObject({
        status: 'PUBLISHED',
        body: 'Góp ý khi kiểm duyệt trước',
      });
      expect(await inQueue(c.id)).toBe(false);
    } finally {
      await t.graphql(SET_MODE, { d: law.draftId, m: 'POST' }, { token: law.editor.accessToken });
    }
    const after = await postOk(t, replier, law.draftId, {
      provisionId: law.clause.id,
      body: 'Sau khi đổi lại',
    });
    expect(after.status).toBe('PUBLISHED');
  });

  it('the queue is for moderators only', async () => {
    expect(code(await queue(t, author, 10))).toBe('FORBIDDEN');
    expect(code(await queue(t, null, 10))).toBe('UNAUTHENTICATED');
  });
});
