import JSZip from 'jszip';
import { code, DAY, postOk } from '../feedback/feedback-fixtures';
import { TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { RESPOND, synthesisWorld, SynthesisWorld } from './synthesis-fixtures';

const EXTEND = `mutation ($d: ID!, $c: DateTime!, $r: String!) {
  extendConsultation(draftId: $d, closesAt: $c, reason: $r) { status closesAt closedAt closeReason } }`;
const CLOSE = `mutation ($d: ID!, $r: String!) { closeConsultation(draftId: $d, reason: $r) { status } }`;
const SCHEDULE = `mutation ($d: ID!, $o: DateTime!, $c: DateTime!) { scheduleConsultation(draftId: $d, opensAt: $o, closesAt: $c) { status } }`;
const CHANGES = `query ($d: ID!) { draft(id: $d) { status closesAt
  consultationChanges { kind previousClosesAt closesAt reason changedAt } } }`;
const PUBLISH = `mutation ($d: ID!, $n: String) { publishFeedbackReport(draftId: $d, note: $n) { version note publishedAt answeredCount } }`;
const REPORT = `query ($d: ID!, $v: Int) { feedbackReport(draftId: $d, version: $v) { version note publishedAt answeredCount commentCount } }`;
const VERSIONS = `query ($d: ID!) { draft(id: $d) { reportVersions { version publishedAt note commentCount answeredCount } } }`;

interface Change {
  kind: string;
  previousClosesAt: string | null;
  closesAt: string | null;
  reason: string;
  changedAt: string;
}
interface ReportHead {
  version: number | null;
  note: string | null;
  publishedAt: string | null;
  answeredCount: number;
  commentCount: number;
}

/**
 * Issue 19: a closed consultation can be extended or reopened by its editor with a reason
 * (audited, and public as the agency announces it); publishing the report again keeps the
 * earlier published version, readable by everyone by its number.
 */
describe('consultation extended and reopened; report versions', () => {
  let t: TestApp;
  let w: SynthesisWorld;
  let editor: TestUser;
  const later = (days: number) => new Date(Date.now() + days * DAY).toISOString();

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    w = await synthesisWorld(t);
    editor = w.law.editor;
    await postOk(t, w.citizen, w.law.draftId, {
      provisionId: w.law.article.id,
      body: 'Đề nghị làm rõ phạm vi điều chỉnh.',
    });
  });
  afterAll(() => t.close());

  const changes = async () =>
    (
      await t.graphql<{ draft: { status: string; closesAt: string; consultationChanges: Change[] } }>(
        CHANGES,
        { d: w.law.draftId },
      )
    ).data!.draft;
  const extend = (closesAt: string, reason: string, token = editor.accessToken) =>
    t.graphql<{ extendConsultation: { status: string; closesAt: string; closedAt: string | null } }>(
      EXTEND,
      { d: w.law.draftId, c: closesAt, r: reason },
      { token },
    );

  it('extends an open consultation with a stated reason, and refuses what would not be an extension', async () => {
    const before = await changes();
    expect(before.consultationChanges).toEqual([]);
    const reason = 'Gia hạn theo đề nghị của nhiều hiệp hội doanh nghiệp.';

    expect(code(await extend(later(50), reason, w.citizen.accessToken))).toBe('FORBIDDEN');
    expect(code(await extend(later(50), reason, w.responder.accessToken))).toBe('FORBIDDEN');
    expect(code(await extend(later(50), reason, w.otherEditor.accessToken))).toBe('FORBIDDEN');
    // Not later than the current closing date (40 days), not in the future, no reason.
    for (const bad of [
      await extend(later(30), reason),
      await extend(later(-1), reason),
      await extend(later(50), '   '),
    ]) {
      expect(code(bad)).toBe('BAD_USER_INPUT');
    }
    expect((await changes()).closesAt).toBe(before.closesAt);

    const closesAt = later(50);
    const extended = await extend(closesAt, reason);
    expect(extended.errors).toBeUndefined();
    expect(extended.data!.extendConsultation).toMatchObject({ status: 'OPEN', closesAt, closedAt: null });
    const after = await changes();
    expect(after.consultationChanges).toEqual([
      {
        kind: 'EXTENDED',
        previousClosesAt: before.closesAt,
        closesAt,
        reason,
        changedAt: expect.any(String),
      },
    ]);
    const audit = await t.dataSource.query(
      `SELECT action, reason FROM audit_event WHERE target_id = $1 AND action LIKE 'consultation.%' ORDER BY id`,
      [w.law.draftId],
    );
    expect(audit.at(-1)).toEqual({ action: 'consultation.extend', reason });
  });

  it('reopens a closed consultation until a new date, and people can comment again', async () => {
    expect(
      (await t.graphql(CLOSE, { d: w.law.draftId, r: 'Đã đủ ý kiến' }, { token: editor.accessToken })).errors,
    ).toBeUndefined();
    const closed = await changes();
    expect(closed.status).toBe('CLOSED');
    expect(closed.consultationChanges.at(-1)).toMatchObject({ kind: 'CLOSED_EARLY', reason: 'Đã đủ ý kiến' });
    const closedAt = closed.consultationChanges.at(-1)!.closesAt;
    // Rescheduling does not reopen; it names the door that does.
    const rescheduled = await t.graphql(
      SCHEDULE,
      { d: w.law.draftId, o: later(-1), c: later(10) },
      { token: editor.accessToken },
    );
    expect(code(rescheduled)).toBe('CONSULTATION_CLOSED');
    expect(rescheduled.errors![0].message).toContain('extendConsultation');
    expect(code(await extend(later(-0.5), 'Mở lại'))).toBe('BAD_USER_INPUT');

    const closesAt = later(7);
    const reason = 'Mở lại 7 ngày vì dự thảo được bổ sung phụ lục.';
    const reopened = await extend(closesAt, reason);
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.extendConsultation).toMatchObject({
      status: 'OPEN',
      closesAt,
      closedAt: null,
      closeReason: null,
    });
    expect((await changes()).consultationChanges.map((c) => c.kind)).toEqual([
      'EXTENDED',
      'CLOSED_EARLY',
      'REOPENED',
    ]);
    expect((await changes()).consultationChanges.at(-1)).toMatchObject({
      previousClosesAt: closedAt,
      closesAt,
      reason,
    });
    await postOk(t, w.citizen, w.law.draftId, {
      provisionId: w.law.clause.id,
      body: 'Góp ý sau khi mở lại.',
    });
  });

  it('publishes the report again as a new version, keeping the earlier one public by its number', async () => {
    await t.graphql(CLOSE, { d: w.law.draftId, r: 'Kết thúc lấy ý kiến' }, { token: editor.accessToken });
    const first = await t.graphql<{ publishFeedbackReport: ReportHead }>(
      PUBLISH,
      { d: w.law.draftId },
      { token: editor.accessToken },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.publishFeedbackReport).toMatchObject({ version: 1, note: null, answeredCount: 0 });

    // An answer after publication, then a second publication saying what changed.
    const [{ id: commentId }] = await t.dataSource.query(
      `SELECT id FROM comment WHERE draft_id = $1 ORDER BY created_at LIMIT 1`,
      [w.law.draftId],
    );
    const answered = await t.graphql(
      RESPOND,
      { c: commentId, input: { disposition: 'ACCEPTED', explanation: 'Đã làm rõ phạm vi.' } },
      { token: w.responder.accessToken },
    );
    expect(answered.errors).toBeUndefined();
    const tooLong = await t.graphql(
      PUBLISH,
      { d: w.law.draftId, n: 'x'.repeat(2001) },
      { token: editor.accessToken },
    );
    expect(code(tooLong)).toBe('BAD_USER_INPUT');
    const note = 'Bổ sung phần tiếp thu ý kiến về phạm vi điều chỉnh.';
    const second = await t.graphql<{ publishFeedbackReport: ReportHead }>(
      PUBLISH,
      { d: w.law.draftId, n: note },
      { token: editor.accessToken },
    );
    expect(second.errors).toBeUndefined();
    expect(second.data!.publishFeedbackReport).toMatchObject({ version: 2, note, answeredCount: 1 });

    // The public: the current version by default, each earlier one by its number.
    const read = async (v?: number, token?: string) =>
      (await t.graphql<{ feedbackReport: ReportHead | null }>(REPORT, { d: w.law.draftId, v }, { token }))
        .data!.feedbackReport;
    expect(await read()).toMatchObject({ version: 2, note, answeredCount: 1 });
    expect(await read(1)).toMatchObject({
      version: 1,
      note: null,
      answeredCount: 0,
      publishedAt: first.data!.publishFeedbackReport.publishedAt,
    });
    expect(await read(3)).toBeNull();
    expect(await read(0)).toBeNull();
    expect(await read(-1)).toBeNull();
    // Officers get the live report without a number, the published one with it.
    expect((await read(undefined, editor.accessToken))!.version).toBeNull();
    expect(await read(1, editor.accessToken)).toMatchObject({ version: 1, answeredCount: 0 });
    const versions = (
      await t.graphql<{ draft: { reportVersions: ReportHead[] } }>(VERSIONS, { d: w.law.draftId })
    ).data!.draft.reportVersions;
    expect(versions).toEqual([
      {
        version: 2,
        note,
        publishedAt: second.data!.publishFeedbackReport.publishedAt,
        commentCount: 2,
        answeredCount: 1,
      },
      {
        version: 1,
        note: null,
        publishedAt: first.data!.publishFeedbackReport.publishedAt,
        commentCount: 2,
        answeredCount: 0,
      },
    ]);

    // The downloads: ?version=N, named apart; the second says it is the second, and why.
    const docx = async (query: string) => fetch(`${t.url}/api/drafts/${w.law.draftId}/report.docx${query}`);
    const v1 = await docx('?version=1');
    expect(v1.status).toBe(200);
    expect(v1.headers.get('content-disposition')).not.toContain('-lan-');
    const v2 = await docx('');
    expect(v2.headers.get('content-disposition')).toMatch(/-lan-2\.docx"/);
    const text = async (res: Response) =>
      (
        await (
          await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))
        )
          .file('word/document.xml')!
          .async('string')
      )
        .match(/<w:t[^>]*>[^<]*<\/w:t>/g)!
        .map((x) => x.replace(/<[^>]+>/g, ''))
        .join('');
    expect(await text(v2)).toContain(`Bản công bố lần 2: ${note}`);
    expect(await text(v1)).not.toContain('Bản công bố lần');
    expect((await docx('?version=7')).status).toBe(404);
    expect((await docx('?version=abc')).status).toBe(404);
    const csv = await fetch(`${t.url}/api/drafts/${w.law.draftId}/report.csv?version=1`);
    expect(csv.status).toBe(200);

    const audit = await t.dataSource.query(
      `SELECT reason, data->>'version' AS version FROM audit_event WHERE target_id = $1 AND action = 'report.publish' ORDER BY id`,
      [w.law.draftId],
    );
    expect(audit).toEqual([
      { reason: null, version: '1' },
      { reason: note, version: '2' },
    ]);
  });

  it('numbers concurrent publications apart and loses none', async () => {
    const results = await Promise.all(
      [0, 1, 2].map((i) =>
        t.graphql<{ publishFeedbackReport: ReportHead }>(
          PUBLISH,
          { d: w.law.draftId, n: `Lần ${i}` },
          { token: editor.accessToken },
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.map((r) => r.data!.publishFeedbackReport.version).sort()).toEqual([3, 4, 5]);
    const versions = (
      await t.graphql<{ draft: { reportVersions: ReportHead[] } }>(VERSIONS, { d: w.law.draftId })
    ).data!.draft.reportVersions;
    expect(versions.map((v) => v.version)).toEqual([5, 4, 3, 2, 1]);
  });

  it('is refused for a consultation that never opened', async () => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO draft (agency_id, title, doc_type, created_by) VALUES ($1, 'Dự thảo chưa mở', 'LAW', $2) RETURNING id`,
      [w.law.agencyId, editor.id],
    );
    const res = await t.graphql(EXTEND, { d: id, c: later(10), r: 'Gia hạn' }, { token: editor.accessToken });
    expect(code(res)).toBe('BAD_USER_INPUT');
  });
});
