import { createAgencyWithOfficer, createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';

const V1 = `LUẬT
THỬ NGHIỆM
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về việc thử nghiệm sản phẩm mới trên không gian mạng.
Điều 2. Đối tượng áp dụng
Luật này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.
Điều 3. Giải thích từ ngữ
1. Thử nghiệm là việc dùng thử sản phẩm trong phạm vi giới hạn.
2. Sản phẩm là phần mềm, dịch vụ hoặc mô hình kinh doanh mới.
Điều 4. Chính sách của Nhà nước
Nhà nước khuyến khích đổi mới sáng tạo và bảo vệ người tiêu dùng.`;

// Version 2: a new Điều 2 is inserted (old 2-4 renumbered to 3-5), old Điều 3 khoản 2 edited,
// old Điều 4 removed and a new last article added.
const V2 = `LUẬT
THỬ NGHIỆM
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về việc thử nghiệm sản phẩm mới trên không gian mạng.
Điều 2. Nguyên tắc thử nghiệm
Thử nghiệm phải bảo đảm an toàn, minh bạch và có thời hạn.
Điều 3. Đối tượng áp dụng
Luật này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.
Điều 4. Giải thích từ ngữ
1. Thử nghiệm là việc dùng thử sản phẩm trong phạm vi giới hạn.
2. Sản phẩm là phần mềm, dịch vụ, nền tảng số hoặc mô hình kinh doanh mới.
Điều 5. Hiệu lực thi hành
Luật này có hiệu lực từ ngày 01 tháng 7 năm 2027.`;

describe('Draft versions and diff', () => {
  let t: TestApp;
  let editor: TestUser;
  let citizen: TestUser;
  let draftId: string;
  let v1: string;
  let v2: string;

  beforeAll(async () => {
    t = await startTestApp();
    const { agency, officer } = await createAgencyWithOfficer(t, 'EDITOR');
    editor = officer;
    citizen = await createUser(t);
    const created = await t.graphql<{ createDraft: { id: string; currentVersion: { id: string } } }>(
      `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id currentVersion { id } } }`,
      { input: { agencyId: agency.id, title: 'Luật Thử nghiệm', docType: 'LAW', source: { text: V1 } } },
      { token: editor.accessToken },
    );
    draftId = created.data!.createDraft.id;
    v1 = created.data!.createDraft.currentVersion.id;
    const now = Date.now();
    await t.graphql(
      `mutation ($id: ID!, $o: DateTime!, $c: DateTime!) { scheduleConsultation(draftId: $id, opensAt: $o, closesAt: $c) { id } }`,
      { id: draftId, o: new Date(now).toISOString(), c: new Date(now + 40 * 86_400_000).toISOString() },
      { token: editor.accessToken },
    );
    const added = await t.graphql<{
      addDraftVersion: { id: string; number: number; publishedAt: string | null };
    }>(
      `mutation ($id: ID!, $input: DraftVersionInput!) { addDraftVersion(draftId: $id, input: $input) { id number publishedAt changeNote } }`,
      { id: draftId, input: { source: { text: V2 }, changeNote: 'Bổ sung nguyên tắc', publish: true } },
      { token: editor.accessToken },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addDraftVersion).toMatchObject({ number: 2 });
    expect(added.data!.addDraftVersion.publishedAt).not.toBeNull();
    v2 = added.data!.addDraftVersion.id;
  });
  afterAll(() => t.close());

  it('reports ADDED, REMOVED, MOVED (renumbered) and MODIFIED provisions with word diffs', async () => {
    const res = await t.graphql<{
      draftDiff: {
        change: string;
        fromKey: string | null;
        toKey: string | null;
        textChanged: boolean;
        wordDiff: { op: string; text: string }[];
      }[];
    }>(
      `query ($a: ID!, $b: ID!) { draftDiff(fromVersionId: $a, toVersionId: $b) { change kind fromKey toKey label textChanged wordDiff { op text } } }`,
      { a: v1, b: v2 },
      { token: citizen.accessToken },
    );
    expect(res.errors).toBeUndefined();
    const changes = res.data!.draftDiff;
    const find = (from: string | null, to: string | null) =>
      changes.find((c) => c.fromKey === from && c.toKey === to);
    expect(find(null, 'chuong-i/dieu-2')?.change).toBe('ADDED');
    expect(find('chuong-i/dieu-2', 'chuong-i/dieu-3')).toMatchObject({ change: 'MOVED', textChanged: false });
    expect(find('chuong-i/dieu-3', 'chuong-i/dieu-4')?.change).toBe('MOVED');
    const clause = find('chuong-i/dieu-3/khoan-2', 'chuong-i/dieu-4/khoan-2');
    expect(clause?.textChanged).toBe(true);
    expect(
      clause?.wordDiff
        .filter((w) => w.op === 'INSERT')
        .map((w) => w.text.trim())
        .join(' '),
    ).toContain('nền tảng số');
    expect(find('chuong-i/dieu-4', null)?.change).toBe('REMOVED');
    expect(find(null, 'chuong-i/dieu-5')?.change).toBe('ADDED');
    expect(changes.find((c) => c.fromKey === 'chuong-i/dieu-1')).toBeUndefined();
  });

  it('keeps the lineage of renumbered provisions so comments can follow them', async () => {
    const rows: { version: number; key: string; lineage_id: string }[] = await t.dataSource.query(
      `SELECT v.number AS version, p.key, p.lineage_id FROM provision p JOIN draft_version v ON v.id = p.version_id
        WHERE v.draft_id = $1 ORDER BY v.number, p.ordinal`,
      [draftId],
    );
    const lineage = (version: number, key: string) =>
      rows.find((r) => r.version === version && r.key === key)?.lineage_id;
    expect(lineage(2, 'chuong-i/dieu-1')).toBe(lineage(1, 'chuong-i/dieu-1'));
    expect(lineage(2, 'chuong-i/dieu-3')).toBe(lineage(1, 'chuong-i/dieu-2'));
    expect(lineage(2, 'chuong-i/dieu-4/khoan-2')).toBe(lineage(1, 'chuong-i/dieu-3/khoan-2'));
    expect(rows.filter((r) => r.version === 2 && r.key === 'chuong-i/dieu-2')[0].lineage_id).not.toBe(
      lineage(1, 'chuong-i/dieu-2'),
    );
  });

  it('shows versions in order and refuses a diff across drafts or to invisible versions', async () => {
    const res = await t.graphql<{
      draft: { versions: { number: number }[]; currentVersion: { number: number } };
    }>(`query ($id: ID!) { draft(id: $id) { versions { number } currentVersion { number } } }`, {
      id: draftId,
    });
    expect(res.data!.draft.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(res.data!.draft.currentVersion.number).toBe(2);
    const missing = await t.graphql(
      `query { draftDiff(fromVersionId: "00000000-0000-4000-8000-000000000000", toVersionId: "x") { change } }`,
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('provision(id) returns a provision of a visible version with its children', async () => {
    const tree = await t.graphql<{
      draft: { currentVersion: { provisions: { id: string; key: string }[] } };
    }>(`query ($id: ID!) { draft(id: $id) { currentVersion { provisions { id key } } } }`, { id: draftId });
    const article = tree.data!.draft.currentVersion.provisions.find((p) => p.key === 'chuong-i/dieu-4')!;
    const res = await t.graphql<{
      provision: { label: string; heading: string; children: { label: string }[] };
    }>(`query ($id: ID!) { provision(id: $id) { label heading children { label text } } }`, {
      id: article.id,
    });
    expect(res.data!.provision).toMatchObject({ label: 'Điều 4', heading: 'Giải thích từ ngữ' });
    expect(res.data!.provision.children.map((c) => c.label)).toEqual(['Khoản 1', 'Khoản 2']);
  });
});
