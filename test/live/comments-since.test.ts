import { createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, openDraft, OpenDraft, postOk } from '../feedback/feedback-fixtures';

const SINCE = `query ($d: ID!, $s: String!, $f: Int, $a: String) {
  commentsSince(draftId: $d, seq: $s, first: $f, after: $a) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id body bodyHtml status author { displayName } } }
  }
}`;

type SinceResult = {
  commentsSince: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; body: string; bodyHtml: string; status: string } }[];
  };
};

describe('commentsSince (live catch-up through GraphQL)', () => {
  let t: TestApp;
  let draft: OpenDraft;
  let author: TestUser;
  const lastSeq = async (): Promise<string> => {
    const [row] = await t.dataSource.query<{ seq: string }[]>(
      `SELECT max(id)::text AS seq FROM outbox_event`,
    );
    return row.seq;
  };
  const since = (seq: string, extra: { first?: number; after?: string | null; token?: string } = {}) =>
    t.graphql<SinceResult>(
      SINCE,
      { d: draft.draftId, s: seq, f: extra.first, a: extra.after },
      { token: extra.token },
    );

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    draft = await openDraft(t);
    author = await createUser(t);
  });
  afterAll(() => t.close());

  it('lists the comments created or changed after seq, once each, in the order of their latest change', async () => {
    const before = await postOk(t, author, draft.draftId, { body: 'Trước mốc' });
    const seq = await lastSeq();
    const first = await postOk(t, author, draft.draftId, { body: 'Thứ nhất' });
    const second = await postOk(t, author, draft.draftId, { body: 'Thứ hai' });
    // An edit moves the first comment after the second.
    const edit = await t.graphql(
      `mutation ($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id } }`,
      { id: first.id, input: { body: 'Thứ nhất, đã sửa' } },
      { token: author.accessToken },
    );
    expect(edit.errors).toBeUndefined();
    // Withdrawn: listed, with its status and an empty text for the public.
    const withdrawn = await postOk(t, author, draft.draftId, { body: 'Rút lại' });
    await t.graphql(
      `mutation ($id: ID!) { withdrawComment(id: $id) { id } }`,
      { id: withdrawn.id },
      {
        token: author.accessToken,
      },
    );
    // Another draft's comment never appears.
    const other = await openDraft(t);
    await postOk(t, author, other.draftId, { body: 'Dự thảo khác' });

    const res = await since(seq);
    expect(res.errors).toBeUndefined();
    const page = res.data!.commentsSince;
    expect(page.edges.map((e) => e.node.id)).toEqual([second.id, first.id, withdrawn.id]);
    expect(page.edges.map((e) => e.node.id)).not.toContain(before.id);
    expect(page.edges[1].node).toMatchObject({ body: 'Thứ nhất, đã sửa', status: 'PUBLISHED' });
    expect(page.edges[2].node).toMatchObject({ body: '', bodyHtml: '', status: 'WITHDRAWN' });
    expect(page.totalCount).toBe(3);

    // Cursor pagination: two pages of one and two.
    const p1 = (await since(seq, { first: 1 })).data!.commentsSince;
    expect(p1.edges.map((e) => e.node.id)).toEqual([second.id]);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await since(seq, { first: 5, after: p1.pageInfo.endCursor })).data!.commentsSince;
    expect(p2.edges.map((e) => e.node.id)).toEqual([first.id, withdrawn.id]);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect(p2.totalCount).toBe(3);

    // Nothing after the newest event.
    expect((await since(await lastSeq())).data!.commentsSince).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('includes reactions and answers as changes, and leaves PENDING comments to those who may see them', async () => {
    const target = await postOk(t, author, draft.draftId, { body: 'Được phản hồi' });
    const pending = await postOk(t, author, draft.draftId, { body: 'Đang chờ' });
    await t.dataSource.query(`UPDATE comment SET status = 'PENDING' WHERE id = $1`, [pending.id]);
    const seq = await lastSeq();
    const fan = await createUser(t);
    const reacted = await t.graphql(
      `mutation ($id: ID!) { reactToComment(commentId: $id, reaction: AGREE) { id } }`,
      { id: target.id },
      { token: fan.accessToken },
    );
    expect(reacted.errors).toBeUndefined();
    await t.dataSource.query(
      `INSERT INTO outbox_event (topic, aggregate_id, payload) VALUES ('response.published', gen_random_uuid()::text, $1)`,
      [
        JSON.stringify({
          draftId: draft.draftId,
          responseId: 'r',
          disposition: 'EXPLAINED',
          commentIds: [pending.id],
        }),
      ],
    );
    const anonymous = (await since(seq)).data!.commentsSince;
    expect(anonymous.edges.map((e) => e.node.id)).toEqual([target.id]);
    const own = (await since(seq, { token: author.accessToken })).data!.commentsSince;
    expect(own.edges.map((e) => e.node.id)).toEqual([target.id, pending.id]);
  });

  it('refuses a malformed seq, a seq too far back, and drafts the viewer may not see', async () => {
    expect(code(await since('abc'))).toBe('BAD_USER_INPUT');
    expect(code(await since('-1'))).toBe('BAD_USER_INPUT');
    await t.dataSource.query(
      `SELECT setval('outbox_event_id_seq', (SELECT max(id) FROM outbox_event) + 600000)`,
    );
    await postOk(t, author, draft.draftId, { body: 'Sau một khoảng rất dài' });
    expect(code(await since('1'))).toBe('BAD_USER_INPUT');
    // Imported but never scheduled: only its agency's officers see it, as with draft(id).
    const created = await t.graphql<{ createDraft: { id: string } }>(
      `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id } }`,
      {
        input: {
          agencyId: draft.agencyId,
          title: 'Chưa công bố',
          docType: 'DECREE',
          source: { text: 'Điều 1. Phạm vi\nNội dung.' },
        },
      },
      { token: draft.editor.accessToken },
    );
    const unpublished = created.data!.createDraft.id;
    expect(code(await t.graphql(SINCE, { d: unpublished, s: '0' }))).toBe('NOT_FOUND');
    const officer = await t.graphql(
      SINCE,
      { d: unpublished, s: await lastSeq() },
      {
        token: draft.editor.accessToken,
      },
    );
    expect(officer.errors).toBeUndefined();
    expect(code(await t.graphql(SINCE, { d: 'not-an-id', s: '0' }))).toBe('NOT_FOUND');
  });
});
