import { CountingLogger } from '@thamvan/core';
import { CampaignGrouper } from '@thamvan/synthesis';
import JSZip from 'jszip';
import { addOfficer, createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, postOk } from '../feedback/feedback-fixtures';
import { RESPOND, synthesisWorld, SynthesisWorld } from './synthesis-fixtures';
import { AgencyObject } from '@thamvan/identity';
import { parseCsv } from '../utils/csv';

const REPORT = `query ($d: ID!) { feedbackReport(draftId: $d) {
  draftId publishedAt commentCount distinctCount participantCount answeredCount answeredShare verifiedShare
  organizationComments individualComments organizationParticipants individualParticipants campaignComments
  stanceCounts { support oppose amend question neutral }
  provinces { province count } timeline { day count }
  campaigns { id size representativeText provisionKeys }
  provisions { provision { id key label } commentCount distinctCount answeredCount answeredShare
    participantCount organizationComments verifiedComments campaignComments
    provinces { province count } timeline { day count }
    stanceCounts { support oppose amend question neutral }
    entries { commentId text size senders disposition explanation } }
  general { commentId text size } } }`;
const PUBLISH = `mutation ($d: ID!) { publishFeedbackReport(draftId: $d) { draftId publishedAt commentCount } }`;

interface Report {
  draftId: string;
  publishedAt: string | null;
  commentCount: number;
  distinctCount: number;
  participantCount: number;
  answeredCount: number;
  answeredShare: number;
  organizationComments: number;
  organizationParticipants: number;
  campaignComments: number;
  stanceCounts: Record<string, number>;
  provinces: { province: string; count: number }[];
  timeline: { day: string; count: number }[];
  campaigns: { id: string; size: number; representativeText: string; provisionKeys: string[] }[];
  provisions: {
    provision: { id: string; key: string; label: string };
    commentCount: number;
    distinctCount: number;
    answeredCount: number;
    answeredShare: number;
    participantCount: number;
    organizationComments: number;
    campaignComments: number;
    provinces: { province: string; count: number }[];
    timeline: { day: string; count: number }[];
    entries: {
      commentId: string;
      text: string;
      size: number;
      senders: string[];
      disposition: string | null;
    }[];
  }[];
  general: { commentId: string; text: string; size: number }[];
}

describe('feedback report, publication and exports', () => {
  let t: TestApp;
  let w: SynthesisWorld;
  let org: TestUser;
  let people: TestUser[];

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    w = await synthesisWorld(t);
    org = await createUser(t, {
      kind: 'ORGANIZATION',
      organizationName: 'Hiệp hội Doanh nghiệp',
      province: 'Hà Nội',
    });
    people = await Promise.all([0, 1, 2].map(() => createUser(t, { province: 'Đà Nẵng' })));
    const { article, clause, draftId } = w.law;
    const tricky = 'Đề nghị sửa "khoản 2", bỏ cụm từ "và các quy định khác";\nxem lại cả dòng này.';
    await postOk(t, org, draftId, { provisionId: article.id, body: tricky, stance: 'OPPOSE' });
    const form = 'Chúng tôi đề nghị giữ nguyên quy định về thời giờ làm thêm tại điều này của dự thảo luật.';
    const campaign = await Promise.all(
      people.map((p) => postOk(t, p, draftId, { provisionId: clause.id, body: form, stance: 'SUPPORT' })),
    );
    await postOk(t, people[0], draftId, {
      body: 'Góp ý chung về **toàn bộ** dự thảo luật:\n- một\n- hai',
      stance: 'NEUTRAL',
    });
    // Without a relay in this file, group as the consumer would.
    await t.app.get(CampaignGrouper).group(
      draftId,
      campaign.map((c) => c.id),
    );
    await t.graphql(
      RESPOND,
      { c: campaign[0].id, input: { disposition: 'ACCEPTED', explanation: 'Tiếp thu, giữ nguyên.' } },
      { token: w.responder.accessToken },
    );
  });
  afterAll(() => t.close());

  const report = async (token?: string) =>
    (await t.graphql<{ feedbackReport: Report | null }>(REPORT, { d: w.law.draftId }, { token })).data!
      .feedbackReport;

  it('gives officers live figures that match the database, in a fixed number of queries', async () => {
    const logger = t.dataSource.logger as CountingLogger;
    const before = logger.queryCount;
    const r = (await report(w.responder.accessToken))!;
    const queries = logger.queryCount - before;
    const [db] = await t.dataSource.query(
      `SELECT count(*)::int AS comments, count(DISTINCT author_id)::int AS participants,
              count(cr.comment_id)::int AS answered
         FROM comment c LEFT JOIN comment_response cr ON cr.comment_id = c.id
        WHERE c.draft_id = $1 AND c.status = 'PUBLISHED'`,
      [w.law.draftId],
    );
    expect(r).toMatchObject({
      publishedAt: null,
      commentCount: db.comments,
      participantCount: db.participants,
      answeredCount: db.answered,
      distinctCount: db.comments - 2,
      organizationComments: 1,
      organizationParticipants: 1,
      campaignComments: 3,
      stanceCounts: { support: 3, oppose: 1, amend: 0, question: 0, neutral: 1 },
    });
    expect(r.answeredShare).toBeCloseTo(db.answered / db.comments);
    expect(r.provinces).toEqual([
      { province: 'Đà Nẵng', count: 4 },
      { province: 'Hà Nội', count: 1 },
    ]);
    expect(r.timeline.reduce((n, d) => n + d.count, 0)).toBe(db.comments);
    expect(r.campaigns).toEqual([expect.objectContaining({ size: 3, provisionKeys: [w.law.clause.key] })]);
    // Every provision of the current version, in document order.
    expect(r.provisions.map((p) => p.provision.id)).toEqual(w.law.provisions.map((p) => p.id));
    const clause = r.provisions.find((p) => p.provision.id === w.law.clause.id)!;
    expect(clause).toMatchObject({
      commentCount: 3,
      distinctCount: 1,
      answeredCount: 1,
      participantCount: 3,
      organizationComments: 0,
      campaignComments: 3,
      provinces: [{ province: 'Đà Nẵng', count: 3 }],
    });
    expect(clause.answeredShare).toBeCloseTo(1 / 3);
    expect(clause.timeline.reduce((n, d) => n + d.count, 0)).toBe(3);
    expect(clause.entries).toEqual([
      expect.objectContaining({
        size: 3,
        disposition: 'ACCEPTED',
        text: 'Chúng tôi đề nghị giữ nguyên quy định về thời giờ làm thêm tại điều này của dự thảo luật.',
      }),
    ]);
    expect([...clause.entries[0].senders].sort()).toEqual(people.map((p) => p.displayName).sort());
    const article = r.provisions.find((p) => p.provision.id === w.law.article.id)!;
    expect(article.entries[0].senders).toEqual(['Hiệp hội Doanh nghiệp']);
    expect(article).toMatchObject({
      commentCount: 1,
      organizationComments: 1,
      provinces: [{ province: 'Hà Nội', count: 1 }],
    });
    expect(r.general.map((g) => g.text)).toEqual(['Góp ý chung về **toàn bộ** dự thảo luật:\n- một\n- hai']);

    // Bounded: more comments, the same number of queries.
    for (const p of people)
      await postOk(t, p, w.law.draftId, {
        provisionId: w.law.article.id,
        body: `Ý kiến riêng của ${p.displayName}`,
      });
    const again = logger.queryCount;
    await report(w.responder.accessToken);
    expect(logger.queryCount - again).toBe(queries);
    expect(queries).toBeLessThanOrEqual(12);
  });

  it('is null for the public until an EDITOR publishes it after the consultation closed', async () => {
    expect(await report()).toBeNull();
    expect(await report(w.citizen.accessToken)).toBeNull();
    expect(await report(w.otherEditor.accessToken)).toBeNull();
    expect(code(await t.graphql(PUBLISH, { d: w.law.draftId }))).toBe('UNAUTHENTICATED');
    expect(code(await t.graphql(PUBLISH, { d: w.law.draftId }, { token: w.responder.accessToken }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.graphql(PUBLISH, { d: w.law.draftId }, { token: w.otherEditor.accessToken }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.graphql(PUBLISH, { d: w.law.draftId }, { token: w.law.editor.accessToken }))).toBe(
      'CONFLICT',
    );
    const anon = await fetch(`${t.url}/api/drafts/${w.law.draftId}/report.csv`);
    expect(anon.status).toBe(404);

    await t.graphql(
      `mutation ($id: ID!) { closeConsultation(draftId: $id, reason: "Hết thời hạn") { status } }`,
      { id: w.law.draftId },
      { token: w.law.editor.accessToken },
    );
    const published = await t.graphql<{ publishFeedbackReport: Report }>(
      PUBLISH,
      { d: w.law.draftId },
      {
        token: w.law.editor.accessToken,
      },
    );
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishFeedbackReport.publishedAt).toBeTruthy();
    const live = (await report(w.law.editor.accessToken))!;
    const pub = (await report())!;
    expect(pub.publishedAt).toBe(published.data!.publishFeedbackReport.publishedAt);
    expect({ ...pub, publishedAt: null }).toEqual({ ...live, publishedAt: null });

    // The snapshot is frozen: a later answer changes the live report only.
    const unanswered = live.provisions.flatMap((p) => p.entries).find((e) => !e.disposition)!;
    await t.graphql(
      RESPOND,
      { c: unanswered.commentId, input: { disposition: 'EXPLAINED', explanation: 'Giải trình sau.' } },
      { token: w.responder.accessToken },
    );
    expect((await report())!.answeredCount).toBe(pub.answeredCount);
    expect((await report(w.responder.accessToken))!.answeredCount).toBe(pub.answeredCount + 1);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE target_id = $1 AND action = 'report.publish'`,
      [w.law.draftId],
    );
    expect(audit).toHaveLength(1);
  });

  it('exports the published report as an editable .docx with the customary table, and as CSV that round-trips', async () => {
    const pub = (await report())!;
    const entries = [...pub.provisions.flatMap((p) => p.entries), ...pub.general];

    const docx = await fetch(`${t.url}/api/drafts/${w.law.draftId}/report.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = Buffer.from(await docx.arrayBuffer());
    // A published report is rendered once per process (a fresh render would differ in its timestamps).
    const again = Buffer.from(
      await (await fetch(`${t.url}/api/drafts/${w.law.draftId}/report.docx`)).arrayBuffer(),
    );
    expect(again.equals(bytes)).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    // The rows of the customary table (the heading and the signature block are borderless tables).
    const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)!.filter((r) => r.includes('<w:tcBorders>'));
    expect(rows).toHaveLength(1 + entries.length);
    const cells = (row: string) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) =>
        (c.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, '')).join(''),
      );
    expect(cells(rows[0])).toEqual([
      'STT',
      'Điều, khoản',
      'Nội dung góp ý',
      'Cơ quan, tổ chức, cá nhân góp ý',
      'Tiếp thu, giải trình',
    ]);
    const campaignRow = rows.map(cells).find((c) => c[2].includes('thời giờ làm thêm'))!;
    expect(campaignRow[2]).toContain('(3 ý kiến có nội dung giống nhau)');
    // The disposition is said once: the officer's text already starts with it.
    expect(campaignRow[4]).toBe('Tiếp thu, giữ nguyên.');
    // Named after the draft and the day it was published; totals with their bases.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(pub.publishedAt!),
    );
    expect(docx.headers.get('content-disposition')).toBe(
      `attachment; filename="bao-cao-tiep-thu-giai-trinh-luat-an-ninh-mang-du-thao-${day}.docx"; filename*=UTF-8''bao-cao-tiep-thu-giai-trinh-luat-an-ninh-mang-du-thao-${day}.docx`,
    );
    const paragraphs = (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
      (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, '')).join(''),
    );
    expect(paragraphs).toContain(
      `Đã trả lời: ${pub.answeredCount} ý kiến (${Math.round((pub.answeredCount / pub.commentCount) * 100)}% trên tổng số ${pub.commentCount} ý kiến).`,
    );
    expect(paragraphs.find((p) => p.startsWith('Trong đó tiếp thu (toàn bộ hoặc một phần): '))).toMatch(
      new RegExp(`% trên tổng số ${pub.commentCount} ý kiến\\); không tiếp thu: \\d+; giải trình: \\d+\\.$`),
    );
    // Markdown as text: bold as a bold run, the list with its bullets, never raw asterisks.
    const general = rows.map(cells).find((c) => c[2].startsWith('Góp ý chung về'))!;
    expect(general[2]).toBe('Góp ý chung về toàn bộ dự thảo luật:• một• hai');
    expect(xml).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">toàn bộ<\/w:t><\/w:r>/,
    );
    expect(xml).not.toContain('**');
    // No personal data: no e-mail address anywhere in the document.
    for (const u of [org, ...people]) expect(xml).not.toContain(u.email);

    const csv = await fetch(`${t.url}/api/drafts/${w.law.draftId}/report.csv`);
    expect(csv.status).toBe(200);
    const text = await csv.text();
    const table = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(table[0]).toEqual([
      'stt',
      'provision_key',
      'provision_label',
      'comment_id',
      'text',
      'proposed_text',
      'stance',
      'size',
      'senders',
      'disposition',
      'explanation',
      'withdrawn',
    ]);
    expect(table.slice(1).map((r) => [r[3], r[4], Number(r[7])])).toEqual(
      entries.map((e) => [e.commentId, e.text, e.size]),
    );
    expect(text).toContain('""khoản 2""');
    for (const u of [org, ...people]) expect(text).not.toContain(u.email);
  });

  it('lets the agency’s officers export before publication, and nobody else', async () => {
    const other = await synthesisWorld(t);
    await postOk(t, w.citizen, other.law.draftId, { body: 'Một ý kiến.' });
    const url = `${t.url}/api/drafts/${other.law.draftId}/report.csv`;
    expect((await fetch(url)).status).toBe(404);
    expect(
      (await fetch(url, { headers: { authorization: `Bearer ${w.law.editor.accessToken}` } })).status,
    ).toBe(404);
    const responder = await addOfficer(
      t,
      { id: other.law.agencyId } as AgencyObject,
      await createUser(t),
      'RESPONDER',
    );
    const own = await fetch(url, { headers: { authorization: `Bearer ${responder.accessToken}` } });
    expect(own.status).toBe(200);
    expect(parseCsv((await own.text()).replace(/^\uFEFF/, ''))).toHaveLength(2);
  });
  it('withholds from the published report the text of a comment hidden after publication', async () => {
    const before = (await report())!;
    const url = `${t.url}/api/drafts/${w.law.draftId}/report.csv`;
    const single = [...before.provisions.flatMap((p) => p.entries), ...before.general]
      .filter((e) => e.size === 1 && !e.text.includes('"'))
      .sort((a, b) => b.text.length - a.text.length)[0];
    expect(await (await fetch(url)).text()).toContain(single.text);
    const moderator = await createUser(t, { role: 'MODERATOR' });
    const hidden = await t.graphql(
      `mutation ($id: ID!) { moderateComment(id: $id, action: HIDE, reason: "Xúc phạm") { status } }`,
      { id: single.commentId },
      { token: moderator.accessToken },
    );
    expect(hidden.errors).toBeUndefined();
    const after = (await report())!;
    const entry = [...after.provisions.flatMap((p) => p.entries), ...after.general].find(
      (e) => e.commentId === single.commentId,
    );
    // The row and the frozen figures stay; the text goes, in GraphQL and in the downloads.
    expect(entry).toMatchObject({ text: '', size: 1 });
    expect(after.commentCount).toBe(before.commentCount);
    expect(await (await fetch(url)).text()).not.toContain(single.text);
  });
});
