import { Clock, CountingLogger } from '@thamvan/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAgencyWithOfficer, createUser, login, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { DRAFT_FIELDS, LAW_TXT, syntheticDraft } from './drafts-fixtures';

const CREATE = `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { ${DRAFT_FIELDS} } }`;
const SCHEDULE = `mutation ($id: ID!, $o: DateTime!, $c: DateTime!) {
  scheduleConsultation(draftId: $id, opensAt: $o, closesAt: $c) { ${DRAFT_FIELDS} } }`;
const CLOSE = `mutation ($id: ID!, $r: String!) { closeConsultation(draftId: $id, reason: $r) { ${DRAFT_FIELDS} } }`;
const DRAFT = `query ($id: ID!) { draft(id: $id) { ${DRAFT_FIELDS} versions { number publishedAt } } }`;
const DAY = 86_400_000;

describe('Drafts over GraphQL', () => {
  let t: TestApp;
  let editor: TestUser;
  let otherEditor: TestUser;
  let citizen: TestUser;
  let agencyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const a = await createAgencyWithOfficer(t, 'EDITOR', { code: 'BTP' });
    agencyId = a.agency.id;
    editor = a.officer;
    otherEditor = (await createAgencyWithOfficer(t, 'EDITOR', { code: 'BCA' })).officer;
    citizen = await createUser(t);
  });
  afterAll(() => t.close());

  async function createLaw(text = LAW_TXT, title = 'Luật An ninh mạng (dự thảo)') {
    const res = await t.graphql<{ createDraft: { id: string; status: string } }>(
      CREATE,
      { input: { agencyId, title, docType: 'LAW', source: { text } } },
      { token: editor.accessToken },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createDraft;
  }

  it('imports the fixture law and reads it back as a tree: 7 chapters, 43 articles', async () => {
    const draft = await createLaw();
    expect(draft.status).toBe('DRAFT');
    const res = await t.graphql<{
      draft: {
        currentVersion: { outline: { label: string; heading: string; children: { key: string }[] }[] };
      };
    }>(
      `query ($id: ID!) { draft(id: $id) { currentVersion { documentNumber outline { label heading children { key kind } } } } }`,
      { id: draft.id },
      { token: editor.accessToken },
    );
    const outline = res.data!.draft.currentVersion.outline;
    expect(outline).toHaveLength(7);
    expect(outline[0]).toMatchObject({ label: 'Chương I', heading: 'NHỮNG QUY ĐỊNH CHUNG' });
    expect(outline.flatMap((c) => c.children)).toHaveLength(43);
    expect(outline[0].children[0].key).toBe('chuong-i/dieu-1');
  });

  it('takes the editor’s corrections of the parsed header (number, issuer, preamble) at creation and per version', async () => {
    const HEADER = `currentVersion { documentNumber issuer preamble }`;
    type Header = { documentNumber: string | null; issuer: string | null; preamble: string | null };
    const parsed = await t.graphql<{ createDraft: { id: string; currentVersion: Header } }>(
      `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id ${HEADER} } }`,
      { input: { agencyId, title: 'Luật An ninh mạng', docType: 'LAW', source: { text: LAW_TXT } } },
      { token: editor.accessToken },
    );
    expect(parsed.data!.createDraft.currentVersion).toMatchObject({
      documentNumber: '24/2018/QH14',
      issuer: 'QUỐC HỘI',
    });
    const corrected = await t.graphql<{ createDraft: { id: string; currentVersion: Header } }>(
      `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id ${HEADER} } }`,
      {
        input: {
          agencyId,
          title: 'Luật An ninh mạng',
          docType: 'LAW',
          source: { text: LAW_TXT },
          documentNumber: '  /2025/QH15 ',
          issuer: '',
        },
      },
      { token: editor.accessToken },
    );
    expect(corrected.errors).toBeUndefined();
    // Trimmed; "" clears; an omitted field keeps what the parser read.
    expect(corrected.data!.createDraft.currentVersion).toEqual({
      documentNumber: '/2025/QH15',
      issuer: null,
      preamble: parsed.data!.createDraft.currentVersion.preamble,
    });
    const draftId = corrected.data!.createDraft.id;
    const [audit] = await t.dataSource.query(
      `SELECT data FROM audit_event WHERE target_id = $1 AND action = 'draft.create'`,
      [draftId],
    );
    expect(audit.data.corrected).toEqual(['documentNumber', 'issuer']);

    const ADD = `mutation ($id: ID!, $input: DraftVersionInput!) { addDraftVersion(draftId: $id, input: $input) { documentNumber issuer preamble } }`;
    const added = await t.graphql<{ addDraftVersion: Header }>(
      ADD,
      { id: draftId, input: { source: { text: LAW_TXT }, preamble: 'Căn cứ Hiến pháp năm 2013;' } },
      { token: editor.accessToken },
    );
    expect(added.data!.addDraftVersion).toEqual({
      documentNumber: '24/2018/QH14',
      issuer: 'QUỐC HỘI',
      preamble: 'Căn cứ Hiến pháp năm 2013;',
    });
    const tooLong = await t.graphql(
      ADD,
      { id: draftId, input: { source: { text: LAW_TXT }, documentNumber: 'x'.repeat(101) } },
      { token: editor.accessToken },
    );
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const versions = await t.graphql<{ draft: { versions: unknown[] } }>(
      `query ($id: ID!) { draft(id: $id) { versions { number } } }`,
      { id: draftId },
      { token: editor.accessToken },
    );
    expect(versions.data!.draft.versions).toHaveLength(2);
  });

  it('keeps an unscheduled draft invisible to the public and to other agencies', async () => {
    const draft = await createLaw();
    for (const token of [undefined, citizen.accessToken, otherEditor.accessToken]) {
      const res = await t.graphql<{ draft: unknown }>(DRAFT, { id: draft.id }, { token });
      expect(res.data?.draft).toBeNull();
    }
    const list = await t.graphql<{ drafts: { edges: { node: { id: string } }[] } }>(
      `{ drafts(first: 100) { edges { node { id } } } }`,
    );
    expect(list.data!.drafts.edges.map((e) => e.node.id)).not.toContain(draft.id);
    // Its provisions are as invisible as the draft, by id too.
    const own = await t.graphql<{ draft: { currentVersion: { provisions: { id: string }[] } } }>(
      `query ($id: ID!) { draft(id: $id) { currentVersion { provisions { id } } } }`,
      { id: draft.id },
      { token: editor.accessToken },
    );
    const provisionId = own.data!.draft.currentVersion.provisions[0].id;
    const provision = `query ($id: ID!) { provision(id: $id) { id } }`;
    expect((await t.graphql(provision, { id: provisionId }, { token: editor.accessToken })).data).toEqual({
      provision: { id: provisionId },
    });
    for (const token of [undefined, citizen.accessToken, otherEditor.accessToken]) {
      expect((await t.graphql(provision, { id: provisionId }, { token })).data).toEqual({ provision: null });
    }
  });

  it('schedules: publishes the version, opens at once when opensAt is past, warns on short windows, audits', async () => {
    const draft = await createLaw();
    const now = Date.now();
    const res = await t.graphql<{ scheduleConsultation: { status: string; consultationWarnings: string[] } }>(
      SCHEDULE,
      { id: draft.id, o: new Date(now - 1000).toISOString(), c: new Date(now + 7 * DAY).toISOString() },
      { token: editor.accessToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.scheduleConsultation.status).toBe('OPEN');
    expect(res.data!.scheduleConsultation.consultationWarnings[0]).toMatch(
      /^Thời gian lấy ý kiến là 7 ngày, ngắn hơn 30 ngày theo thông lệ/,
    );
    const advice = await t.graphql<{
      draft: { consultationWarningDetails: { code: string; message: string }[] };
    }>(
      `query ($id: ID!) { draft(id: $id) { consultationWarningDetails { code message } } }`,
      { id: draft.id },
      { token: editor.accessToken },
    );
    expect(advice.data!.draft.consultationWarningDetails).toEqual([
      { code: 'SHORT_CONSULTATION', message: res.data!.scheduleConsultation.consultationWarnings[0] },
    ]);
    const pub = await t.graphql<{ draft: { status: string; versions: { publishedAt: string | null }[] } }>(
      DRAFT,
      {
        id: draft.id,
      },
    );
    expect(pub.data!.draft.status).toBe('OPEN');
    expect(pub.data!.draft.versions[0].publishedAt).not.toBeNull();
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE target_id = $1 ORDER BY id`,
      [draft.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['draft.create', 'consultation.schedule']);
    const events = await t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE topic = 'consultation.updated' AND aggregate_id = $1`,
      [draft.id],
    );
    expect(events).toEqual([{ payload: { draftId: draft.id, status: 'OPEN' } }]);
  });

  it('follows the server clock from SCHEDULED to OPEN to CLOSED', async () => {
    const draft = await createLaw();
    const clock = t.app.get(Clock);
    const now = clock.now().getTime();
    await t.graphql(
      SCHEDULE,
      { id: draft.id, o: new Date(now + DAY).toISOString(), c: new Date(now + 40 * DAY).toISOString() },
      { token: editor.accessToken },
    );
    const status = async () =>
      (await t.graphql<{ draft: { status: string } }>(DRAFT, { id: draft.id })).data!.draft.status;
    expect(await status()).toBe('SCHEDULED');
    let moved = 0;
    const advance = (ms: number) => {
      clock.advance(ms);
      moved += ms;
    };
    advance(2 * DAY);
    try {
      expect(await status()).toBe('OPEN');
      // Access tokens expire on the same clock: sign in again at the new "now".
      const { accessToken } = await login(t, editor.email, editor.password);
      // Extending an open consultation moves closesAt only, and is audited as a reschedule.
      const extended = await t.graphql<{ scheduleConsultation: { opensAt: string; closesAt: string } }>(
        SCHEDULE,
        {
          id: draft.id,
          o: new Date(now + 30 * DAY).toISOString(),
          c: new Date(now + 60 * DAY).toISOString(),
        },
        { token: accessToken },
      );
      expect(extended.errors).toBeUndefined();
      expect(Date.parse(extended.data!.scheduleConsultation.opensAt)).toBe(now + DAY);
      expect(Date.parse(extended.data!.scheduleConsultation.closesAt)).toBe(now + 60 * DAY);
      advance(60 * DAY);
      expect(await status()).toBe('CLOSED');
      const later = await login(t, editor.email, editor.password);
      const again = await t.graphql(
        SCHEDULE,
        { id: draft.id, o: new Date(now).toISOString(), c: new Date(now + 90 * DAY).toISOString() },
        { token: later.accessToken },
      );
      expect(again.errors?.[0].extensions?.code).toBe('CONSULTATION_CLOSED');
    } finally {
      clock.advance(-moved);
    }
  });

  it('closes early with a reason; closing twice is CONSULTATION_CLOSED', async () => {
    const draft = await createLaw();
    const now = Date.now();
    await t.graphql(
      SCHEDULE,
      { id: draft.id, o: new Date(now).toISOString(), c: new Date(now + 40 * DAY).toISOString() },
      {
        token: editor.accessToken,
      },
    );
    const closed = await t.graphql<{ closeConsultation: { status: string; closeReason: string } }>(
      CLOSE,
      { id: draft.id, r: 'Đã đủ ý kiến' },
      { token: editor.accessToken },
    );
    expect(closed.data!.closeConsultation).toMatchObject({ status: 'CLOSED', closeReason: 'Đã đủ ý kiến' });
    const twice = await t.graphql(CLOSE, { id: draft.id, r: 'again' }, { token: editor.accessToken });
    expect(twice.errors?.[0].extensions?.code).toBe('CONSULTATION_CLOSED');
  });

  it.each([
    ['closesAt before opensAt', 10, 5, 'BAD_USER_INPUT'],
    ['closesAt in the past', -10, -5, 'BAD_USER_INPUT'],
  ])('refuses a schedule with %s', async (_name, openDays, closeDays, code) => {
    const draft = await createLaw();
    const now = Date.now();
    const res = await t.graphql(
      SCHEDULE,
      {
        id: draft.id,
        o: new Date(now + openDays * DAY).toISOString(),
        c: new Date(now + closeDays * DAY).toISOString(),
      },
      { token: editor.accessToken },
    );
    expect(res.errors?.[0].extensions?.code).toBe(code);
  });

  it('lets only editors of the owning agency manage a draft, whatever ids they guess', async () => {
    const draft = await createLaw();
    const now = Date.now();
    const vars = { id: draft.id, o: new Date(now).toISOString(), c: new Date(now + 40 * DAY).toISOString() };
    expect((await t.graphql(SCHEDULE, vars)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await t.graphql(SCHEDULE, vars, { token: citizen.accessToken })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    // Unpublished: another agency's editor cannot even learn that it exists.
    expect(
      (await t.graphql(SCHEDULE, vars, { token: otherEditor.accessToken })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    await t.graphql(SCHEDULE, vars, { token: editor.accessToken });
    // Public now: visible, but still not theirs.
    expect(
      (await t.graphql(CLOSE, { id: draft.id, r: 'x' }, { token: otherEditor.accessToken })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const create = await t.graphql(
      CREATE,
      { input: { agencyId, title: 'x', docType: 'LAW', source: { text: 'Điều 1. A' } } },
      { token: otherEditor.accessToken },
    );
    expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Authorisation comes before input validation: an empty title still answers FORBIDDEN.
    const invalid = await t.graphql(
      CREATE,
      { input: { agencyId, title: '', docType: 'LAW', source: {} } },
      { token: citizen.accessToken },
    );
    expect(invalid.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad input with BAD_USER_INPUT and stores nothing', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM draft`);
    for (const input of [
      { agencyId, title: '   ', docType: 'LAW', source: { text: 'Điều 1. A' } },
      { agencyId, title: 'ok', docType: 'LAW', source: {} },
      {
        agencyId,
        title: 'ok',
        docType: 'LAW',
        source: { filename: 'a.pdf', base64: Buffer.from('plain text').toString('base64') },
      },
    ]) {
      const res = await t.graphql(CREATE, { input }, { token: editor.accessToken });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM draft`)).toEqual(before);
  });

  it('gives each parser warning a stable code beside its Vietnamese text, in parseDraft and on the stored version', async () => {
    const text = [
      'LUẬT THỬ',
      'Điều 1. Giải thích',
      '1. Một.',
      '2..Hai.',
      '3. Ba.',
      'Điều 3. Khác',
      'Nội dung.',
    ].join('\n');
    const WARNINGS = 'warnings warningDetails { code message }';
    const parsed = await t.graphql<{
      parseDraft: { warnings: string[]; warningDetails: { code: string; message: string }[] };
    }>(
      `query ($s: DraftSourceInput!) { parseDraft(source: $s) { ${WARNINGS} } }`,
      { s: { text } },
      { token: editor.accessToken },
    );
    expect(parsed.errors).toBeUndefined();
    const expected = [
      { code: 'CLAUSE_NUMBER_GUESSED', message: 'Điều 1: khoản 2 viết "2.."' },
      { code: 'ARTICLE_NUMBER_GAP', message: 'Số điều bị ngắt quãng: sau Điều 1 là Điều 3' },
    ];
    expect(parsed.data!.parseDraft).toEqual({
      warnings: expected.map((w) => w.message),
      warningDetails: expected,
    });
    // Bad input still answers with a typed error.
    const bad = await t.graphql(
      `query { parseDraft(source: {}) { ${WARNINGS} } }`,
      {},
      { token: editor.accessToken },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const { id } = await createLaw(text, 'Luật thử cảnh báo');
    const VERSION = `query ($id: ID!) { draft(id: $id) { currentVersion { ${WARNINGS} } } }`;
    const read = async () =>
      (
        await t.graphql<{ draft: { currentVersion: { warnings: string[]; warningDetails: unknown[] } } }>(
          VERSION,
          { id },
          { token: editor.accessToken },
        )
      ).data!.draft.currentVersion;
    expect(await read()).toEqual({ warnings: expected.map((w) => w.message), warningDetails: expected });
    // A version stored before codes existed (plain strings) reads as UNCLASSIFIED.
    await t.dataSource.query(
      `UPDATE draft_version SET warnings = '["Numbering gap: Điều 1 is followed by Điều 3"]' WHERE draft_id = $1`,
      [id],
    );
    expect(await read()).toEqual({
      warnings: ['Numbering gap: Điều 1 is followed by Điều 3'],
      warningDetails: [{ code: 'UNCLASSIFIED', message: 'Numbering gap: Điều 1 is followed by Điều 3' }],
    });
  });

  it('imports a .docx through GraphQL as the same structure', async () => {
    const docx = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.docx')).toString(
      'base64',
    );
    const res = await t.graphql<{ createDraft: { id: string } }>(
      CREATE,
      {
        input: {
          agencyId,
          title: 'Từ tệp Word',
          docType: 'LAW',
          source: { filename: 'luat.docx', base64: docx },
        },
      },
      { token: editor.accessToken },
    );
    expect(res.errors).toBeUndefined();
    const read = await t.graphql<{ draft: { currentVersion: { provisions: { kind: string }[] } } }>(
      `query ($id: ID!) { draft(id: $id) { currentVersion { provisions { kind } } } }`,
      { id: res.data!.createDraft.id },
      { token: editor.accessToken },
    );
    expect(read.data!.draft.currentVersion.provisions.filter((p) => p.kind === 'ARTICLE')).toHaveLength(43);
  });

  it('reads a 200-article draft back as a whole tree in a bounded number of SQL queries', async () => {
    const draft = await createLaw(syntheticDraft(200), 'Dự thảo 200 điều');
    const logger = t.dataSource.logger as CountingLogger;
    const before = logger.queryCount;
    const res = await t.graphql<{
      draft: {
        currentVersion: { outline: { children: { children: { children: { key: string }[] }[] }[] }[] };
      };
    }>(
      `query ($id: ID!) { draft(id: $id) { title agency { name } versions { number }
         currentVersion { outline { key label children { key label heading children { key text children { key text } } } } } } }`,
      { id: draft.id },
      { token: editor.accessToken },
    );
    const queries = logger.queryCount - before;
    const chapters = res.data!.draft.currentVersion.outline;
    expect(chapters).toHaveLength(10);
    const articles = chapters.flatMap((c) => c.children);
    expect(articles).toHaveLength(200);
    expect(articles.flatMap((a) => a.children.flatMap((k) => k.children))).toHaveLength(400);
    // draft, agency (+ viewer lookups), versions, provisions: independent of the tree's size.
    expect(queries).toBeLessThanOrEqual(6);
  });

  it('lists drafts with filters: status, agency, docType and a diacritics-insensitive title query', async () => {
    const draft = await createLaw(LAW_TXT, 'Luật Đất đai (sửa đổi)');
    const now = Date.now();
    await t.graphql(
      SCHEDULE,
      { id: draft.id, o: new Date(now).toISOString(), c: new Date(now + 40 * DAY).toISOString() },
      {
        token: editor.accessToken,
      },
    );
    const list = async (filter: Record<string, unknown>) =>
      (
        await t.graphql<{ drafts: { totalCount: number; edges: { node: { id: string } }[] } }>(
          `query ($f: DraftFilter) { drafts(filter: $f, first: 100) { totalCount edges { node { id } } } }`,
          { f: filter },
        )
      ).data!.drafts.edges.map((e) => e.node.id);
    expect(await list({ q: 'dat dai' })).toEqual([draft.id]);
    expect(await list({ q: 'ĐẤT ĐAI', status: ['OPEN'], agencyId, docType: ['LAW'] })).toEqual([draft.id]);
    expect(await list({ q: 'dat dai', status: ['CLOSED'] })).toEqual([]);
    expect(await list({ q: 'dat dai', docType: ['DECREE'] })).toEqual([]);
  });

  it('paginates drafts with stable cursors', async () => {
    const page = async (after?: string) =>
      (
        await t.graphql<{
          drafts: {
            edges: { node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }>(
          `query ($a: String) { drafts(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          {
            a: after,
          },
          { token: editor.accessToken },
        )
      ).data!.drafts;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect(first.edges).toHaveLength(2);
    expect(second.edges.map((e) => e.node.id)).not.toContain(first.edges[0].node.id);
    const bad = await t.graphql(`{ drafts(after: "nonsense") { totalCount } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
