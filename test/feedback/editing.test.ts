import { Clock } from '@thamvan/core';
import { createUser, login, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, CommentView, COMMENT_FIELDS, OpenDraft, openDraft, post, postOk } from './feedback-fixtures';

const EDIT = `mutation ($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { ${COMMENT_FIELDS}
  revisions { body stance proposedText writtenAt replacedAt } } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawComment(id: $id) { ${COMMENT_FIELDS} } }`;
const READ = `query ($id: ID!) { comment(id: $id) { ${COMMENT_FIELDS} revisions { body } replies { totalCount edges { node { id body } } } } }`;
const MINUTE = 60_000;

type Edited = CommentView & {
  revisions: { body: string; stance: string | null; proposedText: string | null }[];
};

describe('editing and withdrawing comments', () => {
  let t: TestApp;
  let law: OpenDraft;
  let author: TestUser;
  let other: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    law = await openDraft(t);
    author = await createUser(t);
    other = await createUser(t);
    moderator = await createUser(t, { role: 'MODERATOR' });
  });
  afterAll(() => t.close());

  const edit = (user: TestUser, id: string, input: Record<string, unknown>) =>
    t.graphql<{ editComment: Edited }>(EDIT, { id, input }, { token: user.accessToken });

  it('edits within the window, keeps every previous text as a revision, and shows editedAt', async () => {
    const c = await postOk(t, author, law.draftId, {
      provisionId: law.article.id,
      body: 'Bản đầu',
      stance: 'SUPPORT',
    });
    const first = await edit(author, c.id, { body: 'Bản hai' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.editComment).toMatchObject({
      body: 'Bản hai',
      stance: 'SUPPORT',
      bodyHtml: '<p>Bản hai</p>',
    });
    expect(first.data!.editComment.editedAt).not.toBeNull();
    const second = await edit(author, c.id, { body: 'Bản ba', stance: 'AMEND', proposedText: 'Sửa thành …' });
    expect(second.data!.editComment).toMatchObject({
      body: 'Bản ba',
      stance: 'AMEND',
      proposedText: 'Sửa thành …',
    });
    expect(second.data!.editComment.revisions).toEqual([
      expect.objectContaining({ body: 'Bản đầu', stance: 'SUPPORT', proposedText: null }),
      expect.objectContaining({ body: 'Bản hai', stance: 'SUPPORT', proposedText: null }),
    ]);
    // Revisions are for the author and moderators.
    const publicView = await t.graphql<{ comment: Edited }>(READ, { id: c.id });
    expect(publicView.data!.comment.revisions).toEqual([]);
    const moderatorView = await t.graphql<{ comment: Edited }>(
      READ,
      { id: c.id },
      { token: moderator.accessToken },
    );
    expect(moderatorView.data!.comment.revisions.map((r) => r.body)).toEqual(['Bản đầu', 'Bản hai']);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE topic = 'comment.updated' AND aggregate_id = $1`,
      [c.id],
    );
    expect(n).toBe(2);
  });

  it('validates the edit after checking who asks', async () => {
    const c = await postOk(t, author, law.draftId, { provisionId: law.article.id });
    expect(code(await t.graphql(EDIT, { id: c.id, input: { body: '' } }))).toBe('UNAUTHENTICATED');
    expect(code(await edit(other, c.id, { body: '' }))).toBe('FORBIDDEN');
    expect(code(await edit(author, c.id, { body: '' }))).toBe('BAD_USER_INPUT');
    expect(code(await edit(author, c.id, { body: 'x', stance: 'AMEND' }))).toBe('BAD_USER_INPUT');
    expect(code(await edit(author, '00000000-0000-0000-0000-000000000000', { body: 'x' }))).toBe('NOT_FOUND');
  });

  it('closes the edit window after 30 minutes (server clock)', async () => {
    const c = await postOk(t, author, law.draftId, { provisionId: law.article.id, body: 'Trước' });
    const clock = t.app.get(Clock);
    try {
      clock.advance(29 * MINUTE);
      // Access tokens expire on the same clock: sign in again at the new time.
      let user = { ...author, ...(await login(t, author.email, author.password)) };
      expect((await edit(user, c.id, { body: 'Phút 29' })).data?.editComment.body).toBe('Phút 29');
      clock.advance(2 * MINUTE);
      user = { ...author, ...(await login(t, author.email, author.password)) };
      const late = await edit(user, c.id, { body: 'Phút 31' });
      expect(code(late)).toBe('CONFLICT');
      const read = await t.graphql<{ comment: Edited }>(READ, { id: c.id });
      expect(read.data!.comment.body).toBe('Phút 29');
    } finally {
      clock.advance(-31 * MINUTE);
    }
  });

  it('closes the edit window at the first reply', async () => {
    const c = await postOk(t, author, law.draftId, { provisionId: law.article.id, body: 'Có người trả lời' });
    await postOk(t, other, law.draftId, { parentId: c.id, body: 'Trả lời' });
    expect(code(await edit(author, c.id, { body: 'Sửa sau khi có trả lời' }))).toBe('CONFLICT');
  });

  it('withdraws: the row stays, the public sees it empty, the author and moderators still read it', async () => {
    const c = await postOk(t, author, law.draftId, {
      provisionId: law.article.id,
      body: 'Sẽ rút lại',
      stance: 'AMEND',
      proposedText: 'Đề xuất',
    });
    const reply = await postOk(t, other, law.draftId, { parentId: c.id, body: 'Trả lời vẫn đọc được' });
    expect(code(await t.graphql(WITHDRAW, { id: c.id }, { token: other.accessToken }))).toBe('FORBIDDEN');
    const res = await t.graphql<{ withdrawComment: CommentView }>(
      WITHDRAW,
      { id: c.id },
      { token: author.accessToken },
    );
    expect(res.data!.withdrawComment).toMatchObject({ status: 'WITHDRAWN', body: 'Sẽ rút lại' });
    // Withdrawing twice is harmless.
    expect(code(await t.graphql(WITHDRAW, { id: c.id }, { token: author.accessToken }))).toBeUndefined();

    const view = async (token?: string) =>
      (
        await t.graphql<{
          comment: Edited & { replies: { edges: { node: { id: string; body: string } }[] } };
        }>(READ, { id: c.id }, { token })
      ).data!.comment;
    const anonymous = await view();
    expect(anonymous).toMatchObject({ status: 'WITHDRAWN', body: '', bodyHtml: '', proposedText: null });
    expect(anonymous.replies.edges).toEqual([{ node: { id: reply.id, body: 'Trả lời vẫn đọc được' } }]);
    expect(await view(other.accessToken)).toMatchObject({ body: '', bodyHtml: '' });
    expect(await view(author.accessToken)).toMatchObject({
      body: 'Sẽ rút lại',
      bodyHtml: '<p>Sẽ rút lại</p>',
      proposedText: 'Đề xuất',
    });
    expect(await view(moderator.accessToken)).toMatchObject({ body: 'Sẽ rút lại' });
    // It stays in the provision's list, with its status.
    const list = await t.graphql<{
      provision: { comments: { edges: { node: { id: string; status: string; body: string } }[] } };
    }>(
      `query ($p: ID!) { provision(id: $p) { comments(first: 100) { edges { node { id status body } } } } }`,
      { p: law.article.id },
    );
    expect(list.data!.provision.comments.edges.map((e) => e.node)).toContainEqual({
      id: c.id,
      status: 'WITHDRAWN',
      body: '',
    });
    const [row] = await t.dataSource.query(`SELECT status, body, withdrawn_at FROM comment WHERE id = $1`, [
      c.id,
    ]);
    expect(row).toMatchObject({ status: 'WITHDRAWN', body: 'Sẽ rút lại' });
    expect(row.withdrawn_at).not.toBeNull();
    // No edits and no replies to a withdrawn comment.
    expect(code(await edit(author, c.id, { body: 'Sửa' }))).toBe('CONFLICT');
    expect(code(await post(t, other, law.draftId, { parentId: c.id, body: 'Trả lời muộn' }))).toBe(
      'CONFLICT',
    );
  });

  it('refuses replies to a HIDDEN comment (moderation) with CONFLICT, and keeps its text from the public', async () => {
    const c = await postOk(t, author, law.draftId, { provisionId: law.article.id, body: 'Nội dung bị ẩn' });
    // Hiding is the moderation feature's; here the state is set directly.
    await t.dataSource.query(`UPDATE comment SET status = 'HIDDEN' WHERE id = $1`, [c.id]);
    expect(code(await post(t, other, law.draftId, { parentId: c.id }))).toBe('CONFLICT');
    const publicView = await t.graphql<{ comment: CommentView }>(READ, { id: c.id });
    expect(publicView.data!.comment).toMatchObject({ status: 'HIDDEN', body: '', bodyHtml: '' });
    const authorView = await t.graphql<{ comment: CommentView }>(
      READ,
      { id: c.id },
      { token: author.accessToken },
    );
    expect(authorView.data!.comment.body).toBe('Nội dung bị ẩn');
  });

  it('shows PENDING comments only to their author, moderators and the owning agency’s officers', async () => {
    const c = await postOk(t, author, law.draftId, { provisionId: law.clause.id, body: 'Đang chờ duyệt' });
    await t.dataSource.query(`UPDATE comment SET status = 'PENDING' WHERE id = $1`, [c.id]);
    const sees = async (token?: string) => {
      const one = await t.graphql<{ comment: { id: string } | null }>(
        `query ($id: ID!) { comment(id: $id) { id } }`,
        { id: c.id },
        { token },
      );
      const list = await t.graphql<{
        provision: { comments: { totalCount: number; edges: { node: { id: string } }[] } };
      }>(
        `query ($p: ID!) { provision(id: $p) { comments(first: 100) { totalCount edges { node { id } } } } }`,
        { p: law.clause.id },
        { token },
      );
      const listed = list.data!.provision.comments.edges.some((e) => e.node.id === c.id);
      expect(listed).toBe(one.data!.comment !== null);
      return listed;
    };
    expect(await sees()).toBe(false);
    expect(await sees(other.accessToken)).toBe(false);
    expect(await sees(author.accessToken)).toBe(true);
    expect(await sees(moderator.accessToken)).toBe(true);
    expect(await sees(law.editor.accessToken)).toBe(true);
  });
});
