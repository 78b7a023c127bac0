import { PostgresSearchIndex } from '@thamvan/search';
import { CampaignGrouper } from '@thamvan/synthesis';
import { AgencyObject } from '@thamvan/identity';
import { addOfficer, createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { openDraft, postOk } from '../feedback/feedback-fixtures';
import { RESPOND, synthesisWorld, SynthesisWorld } from './synthesis-fixtures';
import { parseCsv } from '../utils/csv';

const REPORT = `query ($d: ID!) { feedbackReport(draftId: $d) {
  commentCount answeredCount
  campaigns { id size provisionKeys }
  provisions { provision { id key label fullLabel } commentCount distinctCount
    entries { commentId text size senderCount senders disposition explanation provisionLabel withdrawn } }
  general { commentId text withdrawn } } }`;

interface Entry {
  commentId: string;
  text: string;
  size: number;
  senderCount: number;
  senders: string[];
  disposition: string | null;
  explanation: string | null;
  provisionLabel: string | null;
  withdrawn: boolean;
}
interface Report {
  commentCount: number;
  answeredCount: number;
  campaigns: { id: string; size: number; provisionKeys: string[] }[];
  provisions: {
    provision: { id: string; key: string; label: string; fullLabel: string };
    commentCount: number;
    distinctCount: number;
    entries: Entry[];
  }[];
  general: { commentId: string; text: string; withdrawn: boolean }[];
}

/** The rows of a CSV download as objects keyed by its header. */
async function csvObjects(res: Response): Promise<Record<string, string>[]> {
  expect(res.status).toBe(200);
  const [header, ...rows] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('every comment accounted for in the report', () => {
  let t: TestApp;
  let w: SynthesisWorld;
  let people: TestUser[];

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    w = await synthesisWorld(t);
    people = await Promise.all([0, 1, 2].map(() => createUser(t)));
  });
  afterAll(() => t?.close());

  const report = async () =>
    (
      await t.graphql<{ feedbackReport: Report }>(
        REPORT,
        { d: w.law.draftId },
        { token: w.responder.accessToken },
      )
    ).data!.feedbackReport;
  const section = (r: Report, key: string) => r.provisions.find((p) => p.provision.key === key)!;

  it('names a clause or point with its article in Provision.fullLabel, the report, its CSV and the comment exports', async () => {
    const clause = w.law.byKey('chuong-i/dieu-2/khoan-1');
    const point = w.law.byKey('chuong-i/dieu-5/khoan-1/diem-dd');
    const article = w.law.byKey('chuong-i/dieu-4');
    const onClause = await postOk(t, people[0], w.law.draftId, {
      provisionId: clause.id,
      body: 'Góp ý về khoản 1.',
    });
    const onPoint = await postOk(t, people[1], w.law.draftId, {
      provisionId: point.id,
      body: 'Góp ý về điểm đ.',
    });
    const onArticle = await postOk(t, people[2], w.law.draftId, {
      provisionId: article.id,
      body: 'Góp ý Điều 4.',
    });

    const labels = await t.graphql<{
      a: { label: string; fullLabel: string };
      b: { label: string; fullLabel: string };
    }>(
      `query ($a: ID!, $b: ID!) { a: provision(id: $a) { label fullLabel } b: provision(id: $b) { label fullLabel } }`,
      { a: clause.id, b: point.id },
    );
    // The outline keeps its short label under the article; readers out of it get the full name.
    expect(labels.data).toEqual({
      a: { label: 'Khoản 1', fullLabel: 'Khoản 1 Điều 2' },
      b: { label: 'Điểm đ', fullLabel: 'Điểm đ khoản 1 Điều 5' },
    });

    const r = await report();
    expect(section(r, clause.key).provision.fullLabel).toBe('Khoản 1 Điều 2');
    expect(section(r, clause.key).entries.map((e) => e.provisionLabel)).toEqual(['Khoản 1 Điều 2']);
    expect(section(r, point.key).entries.map((e) => e.provisionLabel)).toEqual(['Điểm đ khoản 1 Điều 5']);
    expect(section(r, article.key).entries.map((e) => e.provisionLabel)).toEqual(['Điều 4']);

    const csv = await csvObjects(
      await fetch(`${t.url}/api/drafts/${w.law.draftId}/report.csv`, {
        headers: { authorization: `Bearer ${w.responder.accessToken}` },
      }),
    );
    const label = (id: string) => csv.find((row) => row.comment_id === id)?.provision_label;
    expect(label(onClause.id)).toBe('Khoản 1 Điều 2');
    expect(label(onPoint.id)).toBe('Điểm đ khoản 1 Điều 5');
    expect(label(onArticle.id)).toMatch(/^Điều 4\. /);

    await t.app.get(PostgresSearchIndex).sync([onClause.id, onPoint.id, onArticle.id]);
    const exported = await csvObjects(
      await fetch(`${t.url}/api/exports/comments.csv?draftId=${w.law.draftId}`),
    );
    const exportedLabel = (id: string) => exported.find((row) => row.id === id)?.provision_label;
    expect(exportedLabel(onClause.id)).toBe('Khoản 1 Điều 2');
    expect(exportedLabel(onPoint.id)).toBe('Điểm đ khoản 1 Điều 5');
    expect(exportedLabel(onArticle.id)).toBe('Điều 4');
    const ndjson = (
      await (await fetch(`${t.url}/api/exports/comments.ndjson?draftId=${w.law.draftId}`)).text()
    )
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; provision_label: string });
    expect(ndjson.find((row) => row.id === onPoint.id)?.provision_label).toBe('Điểm đ khoản 1 Điều 5');
  });

  it('lists a campaign posted on two articles under each, with the senders who posted it there, once each', async () => {
    const a = w.law.byKey('chuong-i/dieu-3');
    const b = w.law.byKey('chuong-i/dieu-1');
    const letter =
      'Chúng tôi đề nghị bổ sung quy định bảo vệ dữ liệu cá nhân của người dùng mạng xã hội trong luật này.';
    // people[0] sends the letter on both articles (and twice on the first); people[1] on the
    // first only; people[2] on the second only.
    const posted = [];
    for (const [who, on] of [
      [people[0], a],
      [people[0], a],
      [people[1], a],
      [people[0], b],
      [people[2], b],
    ] as const)
      posted.push(
        await postOk(t, who, w.law.draftId, { provisionId: on.id, body: letter, stance: 'SUPPORT' }),
      );
    // The author's repeated letter is held by the flood rule; a moderator lets it through.
    const moderator = await createUser(t, { role: 'MODERATOR' });
    for (const c of posted.filter((p) => p.status === 'PENDING'))
      expect(
        (
          await t.graphql(
            `mutation ($id: ID!) { moderateComment(id: $id, action: APPROVE, reason: "Hợp lệ") { status } }`,
            { id: c.id },
            { token: moderator.accessToken },
          )
        ).errors,
      ).toBeUndefined();
    await t.app.get(CampaignGrouper).group(
      w.law.draftId,
      posted.map((c) => c.id),
    );
    await t.graphql(
      RESPOND,
      { c: posted[3].id, input: { disposition: 'EXPLAINED', explanation: 'Đã có trong Luật khác.' } },
      { token: w.responder.accessToken },
    );

    const r = await report();
    expect(r.campaigns).toEqual([expect.objectContaining({ size: 5, provisionKeys: [b.key, a.key].sort() })]);
    const underA = section(r, a.key).entries.filter((e) => e.text === letter);
    const underB = section(r, b.key).entries.filter((e) => e.text === letter);
    expect(underA).toEqual([
      expect.objectContaining({ size: 3, senderCount: 2, disposition: null, provisionLabel: 'Điều 3' }),
    ]);
    expect(underA[0].senders).toEqual([people[0].displayName, people[1].displayName]);
    // The answer given on the second article shows there, with that article's senders.
    expect(underB).toEqual([
      expect.objectContaining({
        commentId: posted[3].id,
        size: 2,
        senderCount: 2,
        disposition: 'EXPLAINED',
        provisionLabel: 'Điều 1',
      }),
    ]);
    expect(underB[0].senders).toEqual([people[0].displayName, people[2].displayName]);
    expect(section(r, a.key).distinctCount).toBe(1);
    expect(section(r, b.key).distinctCount).toBe(1);

    const csv = await csvObjects(
      await fetch(`${t.url}/api/drafts/${w.law.draftId}/report.csv`, {
        headers: { authorization: `Bearer ${w.responder.accessToken}` },
      }),
    );
    const rows = csv.filter((row) => row.text === letter);
    expect(rows.map((row) => [row.provision_key, row.size, row.senders])).toEqual([
      [b.key, '2', `${people[0].displayName}; ${people[2].displayName}`],
      [a.key, '3', `${people[0].displayName}; ${people[1].displayName}`],
    ]);
  });

  it('keeps a comment withdrawn after the agency answered it, marked, with its text and answer', async () => {
    const article = w.law.byKey('chuong-i/dieu-4');
    const author = await createUser(t);
    const answered = await postOk(t, author, w.law.draftId, {
      provisionId: article.id,
      body: 'Đề nghị làm rõ khái niệm "nguyên tắc" tại Điều 4.',
    });
    const unanswered = await postOk(t, author, w.law.draftId, { body: 'Ý kiến chung, chưa được trả lời.' });
    const general = await postOk(t, author, w.law.draftId, { body: 'Ý kiến chung, đã được trả lời.' });
    for (const c of [answered, general])
      expect(
        (
          await t.graphql(
            RESPOND,
            { c: c.id, input: { disposition: 'ACCEPTED', explanation: 'Tiếp thu, sẽ làm rõ.' } },
            { token: w.responder.accessToken },
          )
        ).errors,
      ).toBeUndefined();
    // Once answered, its text is the one the answer refers to: no more edits (CONFLICT), and
    // viewerCanEdit says so; the unanswered one stays editable within the window.
    const edit = await t.graphql(
      `mutation ($id: ID!) { editComment(id: $id, input: { body: "Đề nghị bỏ Điều 4." }) { id } }`,
      { id: answered.id },
      { token: author.accessToken },
    );
    expect(edit.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(edit.errors?.[0].message).toMatch(/answered/);
    const can = await t.graphql<{ a: { viewerCanEdit: boolean }; u: { viewerCanEdit: boolean } }>(
      `query ($a: ID!, $u: ID!) { a: comment(id: $a) { viewerCanEdit } u: comment(id: $u) { viewerCanEdit } }`,
      { a: answered.id, u: unanswered.id },
      { token: author.accessToken },
    );
    expect(can.data).toEqual({ a: { viewerCanEdit: false }, u: { viewerCanEdit: true } });
    const before = await report();
    for (const c of [answered, unanswered, general]) {
      const res = await t.graphql<{ withdrawComment: { status: string } }>(
        `mutation ($id: ID!) { withdrawComment(id: $id) { status } }`,
        { id: c.id },
        { token: author.accessToken },
      );
      expect(res.data?.withdrawComment.status).toBe('WITHDRAWN');
    }

    const r = await report();
    const entry = section(r, article.key).entries.find((e) => e.commentId === answered.id);
    expect(entry).toEqual(
      expect.objectContaining({
        text: 'Đề nghị làm rõ khái niệm "nguyên tắc" tại Điều 4.',
        withdrawn: true,
        size: 1,
        senders: [author.displayName],
        disposition: 'ACCEPTED',
        explanation: 'Tiếp thu, sẽ làm rõ.',
        provisionLabel: 'Điều 4',
      }),
    );
    expect(r.general.find((g) => g.commentId === general.id)).toEqual(
      expect.objectContaining({ withdrawn: true, text: 'Ý kiến chung, đã được trả lời.' }),
    );
    // Unanswered, it leaves the report as before; the figures count published comments.
    expect(r.general.some((g) => g.commentId === unanswered.id)).toBe(false);
    expect(r.commentCount).toBe(before.commentCount - 3);
    expect(r.provisions.flatMap((p) => p.entries).filter((e) => e.withdrawn)).toHaveLength(1);

    const csv = await csvObjects(
      await fetch(`${t.url}/api/drafts/${w.law.draftId}/report.csv`, {
        headers: { authorization: `Bearer ${w.responder.accessToken}` },
      }),
    );
    const row = csv.find((x) => x.comment_id === answered.id)!;
    expect(row).toMatchObject({
      withdrawn: 'true',
      disposition: 'ACCEPTED',
      explanation: 'Tiếp thu, sẽ làm rõ.',
    });
    expect(row.senders).toContain('đã rút ý kiến sau khi được trả lời');
    expect(csv.filter((x) => x.withdrawn === '').every((x) => !x.senders.includes('đã rút'))).toBe(true);
  });

  it('lets people comment on a "Lời nói đầu", listed first in the report under its own name', async () => {
    const constitution = await openDraft(t, {
      text: [
        'QUỐC HỘI',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'HIẾN PHÁP',
        'NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'LỜI NÓI ĐẦU',
        'Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam lao động cần cù, sáng tạo, đấu tranh anh dũng để dựng nước và giữ nước.',
        'Chương I',
        'CHẾ ĐỘ CHÍNH TRỊ',
        'Điều 1',
        'Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập, có chủ quyền, thống nhất và toàn vẹn lãnh thổ.',
      ].join('\n'),
    });
    const opening = constitution.byKey('loi-noi-dau');
    expect(opening).toMatchObject({ kind: 'ARTICLE', label: 'Lời nói đầu' });
    expect(constitution.provisions[0].key).toBe('loi-noi-dau');
    const c = await postOk(t, people[0], constitution.draftId, {
      provisionId: opening.id,
      body: 'Đề nghị giữ nguyên Lời nói đầu.',
    });
    const version = await t.graphql<{ draft: { currentVersion: { preamble: string | null } } }>(
      `query ($id: ID!) { draft(id: $id) { currentVersion { preamble } } }`,
      { id: constitution.draftId },
    );
    expect(version.data!.draft.currentVersion.preamble).toBeNull();
    const officer = await addOfficerFor(constitution.agencyId);
    const r = (
      await t.graphql<{ feedbackReport: Report }>(
        REPORT,
        { d: constitution.draftId },
        { token: officer.accessToken },
      )
    ).data!.feedbackReport;
    expect(r.provisions[0]).toMatchObject({
      provision: { key: 'loi-noi-dau', label: 'Lời nói đầu', fullLabel: 'Lời nói đầu' },
      commentCount: 1,
    });
    expect(r.provisions[0].entries).toEqual([
      expect.objectContaining({ commentId: c.id, provisionLabel: 'Lời nói đầu' }),
    ]);
  });

  async function addOfficerFor(agencyId: string): Promise<TestUser> {
    return addOfficer(t, { id: agencyId } as AgencyObject, await createUser(t), 'RESPONDER');
  }
});
