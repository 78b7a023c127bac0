import { createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, eventually, OpenDraft, openDraft, postOk, versionProvisions } from './feedback-fixtures';

const V1 = `LUẬT
THỬ NGHIỆM
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về việc thử nghiệm sản phẩm mới trên không gian mạng.
Điều 2. Đối tượng áp dụng
Luật này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.`;

// Version 2 inserts a new Điều 1: the old Điều 1 and 2 become Điều 2 and 3.
const V2 = `LUẬT
THỬ NGHIỆM
Chương I
QUY ĐỊNH CHUNG
Điều 1. Nguyên tắc thử nghiệm
Thử nghiệm phải bảo đảm an toàn, minh bạch và có thời hạn.
Điều 2. Phạm vi điều chỉnh
Luật này quy định về việc thử nghiệm sản phẩm mới trên không gian mạng.
Điều 3. Đối tượng áp dụng
Luật này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.`;

const PAGE = `query ($p: ID!, $first: Int, $after: String, $order: CommentOrder, $earlier: Boolean) {
  provision(id: $p) { comments(first: $first, after: $after, orderBy: $order, includeEarlierVersions: $earlier) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id versionNumber agreeCount } } } } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; versionNumber: number; agreeCount: number } }[];
}

describe('reading comments', () => {
  let t: TestApp;
  let law: OpenDraft;
  let citizen: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ runRelay: true, env: { RATE_LIMIT_MULTIPLIER: '100' } });
    law = await openDraft(t);
    citizen = await createUser(t);
  });
  afterAll(() => t.close());

  const page = async (p: string, args: Record<string, unknown>, token?: string) => {
    const res = await t.graphql<{ provision: { comments: Page } }>(PAGE, { p, ...args }, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.provision.comments;
  };

  it('pages NEWEST first without duplicates or gaps while new comments arrive', async () => {
    const target = law.byKey('chuong-i/dieu-3');
    const first = [];
    for (let i = 0; i < 25; i++)
      first.push((await postOk(t, citizen, law.draftId, { provisionId: target.id, body: `Cũ ${i}` })).id);
    const seen: string[] = [];
    let after: string | null = null;
    let arrived = 0;
    do {
      const p: Page = await page(target.id, { first: 7, after });
      seen.push(...p.edges.map((e) => e.node.id));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
      // Between pages, three more people comment.
      for (let i = 0; i < 3; i++, arrived++)
        await postOk(t, citizen, law.draftId, { provisionId: target.id, body: `Mới ${arrived}` });
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...first].reverse());
    const oldest = await page(target.id, { first: 100, order: 'OLDEST' });
    expect(oldest.edges.slice(0, 25).map((e) => e.node.id)).toEqual(first);
    expect(oldest.totalCount).toBe(25 + arrived);
  });

  it('orders MOST_AGREED by agree count (from the counters), then newest', async () => {
    const target = law.byKey('chuong-i/dieu-4');
    const [a, b, c] = [
      await postOk(t, citizen, law.draftId, { provisionId: target.id, body: 'A' }),
      await postOk(t, citizen, law.draftId, { provisionId: target.id, body: 'B' }),
      await postOk(t, citizen, law.draftId, { provisionId: target.id, body: 'C' }),
    ];
    const fans = await Promise.all(Array.from({ length: 3 }, () => createUser(t)));
    const react = (u: TestUser, id: string) =>
      t.graphql(
        `mutation ($id: ID!) { reactToComment(commentId: $id, reaction: AGREE) { id } }`,
        { id },
        { token: u.accessToken },
      );
    await Promise.all([
      react(fans[0], a.id),
      react(fans[1], a.id),
      react(fans[2], a.id),
      react(fans[0], b.id),
    ]);
    const ranked = await eventually(
      () => page(target.id, { first: 2, order: 'MOST_AGREED' }),
      (p) => p.edges[0]?.node.agreeCount === 3 && p.edges[1]?.node.agreeCount === 1,
    );
    expect(ranked.edges.map((e) => e.node.id)).toEqual([a.id, b.id]);
    const rest = await page(target.id, { first: 2, order: 'MOST_AGREED', after: ranked.pageInfo.endCursor });
    expect(rest.edges.map((e) => e.node.id)).toEqual([c.id]);
    // A cursor of another order is refused, not misread.
    expect(
      code(
        await t.graphql(PAGE, { p: target.id, first: 2, order: 'NEWEST', after: ranked.pageInfo.endCursor }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('shows comments on version 1 on the matching provision of version 2, with versionNumber 1', async () => {
    const draft = await openDraft(t, { text: V1 });
    const v1Article1 = draft.byKey('chuong-i/dieu-1');
    const old = await postOk(t, citizen, draft.draftId, { provisionId: v1Article1.id, body: 'Góp ý bản 1' });
    const added = await t.graphql(
      `mutation ($id: ID!, $input: DraftVersionInput!) { addDraftVersion(draftId: $id, input: $input) { number } }`,
      { id: draft.draftId, input: { source: { text: V2 }, changeNote: 'Thêm nguyên tắc', publish: true } },
      { token: draft.editor.accessToken },
    );
    expect(added.errors).toBeUndefined();
    const v2 = await versionProvisions(t, draft.draftId);
    // The old Điều 1 is now Điều 2.
    const v2Article2 = v2.find((p) => p.key === 'chuong-i/dieu-2')!;
    const fresh = await postOk(t, citizen, draft.draftId, {
      provisionId: v2Article2.id,
      body: 'Góp ý bản 2',
    });
    expect(fresh.versionNumber).toBe(2);
    const all = await page(v2Article2.id, { first: 10 });
    expect(all.edges.map((e) => [e.node.id, e.node.versionNumber])).toEqual([
      [fresh.id, 2],
      [old.id, 1],
    ]);
    const onlyV2 = await page(v2Article2.id, { first: 10, earlier: false });
    expect(onlyV2.edges.map((e) => e.node.id)).toEqual([fresh.id]);
    // Version 1's provision lists its own comments, never later ones.
    expect((await page(v1Article1.id, { first: 10 })).edges.map((e) => e.node.id)).toEqual([old.id]);
    // The new Điều 1 has no history.
    expect((await page(v2.find((p) => p.key === 'chuong-i/dieu-1')!.id, { first: 10 })).totalCount).toBe(0);
    const counted = await eventually(
      () =>
        t.graphql<{ provision: { commentCount: number } }>(
          `query ($p: ID!) { provision(id: $p) { commentCount } }`,
          {
            p: v2Article2.id,
          },
        ),
      (r) => r.data?.provision.commentCount === 2,
    );
    expect(counted.data!.provision.commentCount).toBe(2);
  });

  it('returns null for an unknown or malformed comment id', async () => {
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-an-id']) {
      const res = await t.graphql<{ comment: null }>(`query ($id: ID!) { comment(id: $id) { id } }`, { id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.comment).toBeNull();
    }
  });
});
