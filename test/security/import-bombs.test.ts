import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAgencyWithOfficer, addOfficer, createUser, TestUser } from '../utils/factories/identity';
import { API_MAIN, childEnv, killAll, removeDataDir, run, Running } from '../utils/processes';
import { startTestApp, TestApp } from '../utils/test-app';
import { docxBomb, docxManyParts, pdfBomb, pdfManyPages, textPdf } from './bombs';

/**
 * Decompression bombs through the door the attack used: GraphQL over HTTP to the real,
 * compiled API (where imports run in worker threads), every format and every import
 * operation, while /health/live is timed. Issue 18, item 1: a 214 KB PDF froze the process
 * for 17 s; a 195 KB .docx became a 199-million-character provision.
 */
const JWT_SECRET = 'import-bombs-secret-'.repeat(3);
/**
 * How late the API's event loop may run while a bomb is read. Alone, it stays within 15–60 ms
 * (the README's promise is 100 ms). Parsing on the event loop, as before, held it for seconds
 * (17 s for the PDF of issue 18; about 5 s for the 10 MB text bomb), which is what this tells
 * apart. In CI the suite runs beside the browser suites on two cores, where any process's
 * timers run late by scheduling alone: 250 ms failed there at 264 ms, and 1 s at 1,164 ms, with
 * parsing off the loop, so the bound is 2.5 s, still half the shortest blocking it must catch.
 */
const LIVE_LIMIT_MS = 2500;

describe('import bombs are refused quickly, off the event loop', () => {
  let t: TestApp;
  let app: Running;
  let base: string;
  let dataDir: string;
  let editor: TestUser;
  let responder: TestUser;
  let agencyId: string;
  let draftId: string;
  const bombs: Record<string, { filename: string; bytes: Buffer }> = {};

  beforeAll(async () => {
    // Accounts made in-process on the database the compiled API then serves (same JWT secret).
    t = await startTestApp({ env: { JWT_SECRET } });
    const made = await createAgencyWithOfficer(t, 'EDITOR');
    editor = made.officer;
    agencyId = made.agency.id;
    responder = await addOfficer(t, made.agency, await createUser(t), 'RESPONDER');
    dataDir = mkdtempSync(join(tmpdir(), 'thamvan-bombs-'));
    app = run(
      API_MAIN,
      [],
      childEnv({
        DATA_DIR: dataDir,
        DATABASE_URL: t.db.url,
        PORT: '0',
        JWT_SECRET,
        NODE_ENV: 'test',
        RATE_LIMIT_MULTIPLIER: '100',
        NODE_OPTIONS: `--require ${join(__dirname, 'event-loop-probe.js')}`,
      }),
    );
    const [, port] = await app.waitForOutput(/GraphQL\s+http:\/\/localhost:(\d+)\/graphql/);
    base = `http://127.0.0.1:${port}`;
    const [docx190, docxLie, docxParts, pdfText, pdfBlank, pdfPages] = await Promise.all([
      docxBomb(190),
      docxBomb(150, { declaredSize: 4096 }),
      docxManyParts(8, 20),
      pdfBomb(20, 'text'),
      pdfBomb(200, 'blank'),
      Promise.resolve(pdfManyPages(3000)),
    ]);
    Object.assign(bombs, {
      'a .docx whose document.xml unpacks to 190 MB': { filename: 'bomb.docx', bytes: docx190 },
      'a .docx whose directory lies about the size': { filename: 'lie.docx', bytes: docxLie },
      'a .docx of many parts, each under any part limit': { filename: 'parts.docx', bytes: docxParts },
      'a .pdf whose content shows 10+ MB of text': { filename: 'text.pdf', bytes: pdfText },
      'a .pdf whose streams inflate to 200 MB of nothing': { filename: 'blank.pdf', bytes: pdfBlank },
      'a .pdf of 3,000 pages': { filename: 'pages.pdf', bytes: pdfPages },
    });
    const created = await gql<{ createDraft: { id: string } }>(
      editor,
      `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id } }`,
      { input: { agencyId, title: 'Dự thảo', docType: 'DECREE', source: { text: 'Điều 1. A\nNội dung.' } } },
    );
    draftId = created.data!.createDraft.id;
  });
  afterAll(async () => {
    await killAll();
    await t.close();
    removeDataDir(dataDir);
  });

  async function gql<T = Record<string, unknown>>(
    as: TestUser,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: { message: string; extensions: { code: string } }[] }> {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${as.accessToken}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: T; errors?: { message: string; extensions: { code: string } }[] };
  }

  /** The API's worst event-loop lateness since the last call (event-loop-probe.js, SIGUSR2). */
  async function eventLoopMax(): Promise<number> {
    const seen = (app.stderr().match(/\[event-loop\] max=/g) ?? []).length;
    app.child.kill('SIGUSR2');
    for (let i = 0; i < 200; i++) {
      const all = [...app.stderr().matchAll(/\[event-loop\] max=([\d.]+)/g)];
      if (all.length > seen) return Number(all[all.length - 1][1]);
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the API did not report its event loop');
  }

  /**
   * Runs `work` while asking /health/live back to back; returns its result, how late the API's
   * event loop ran meanwhile (measured inside it: a client's timing of /health/live also counts
   * the client, the network and, on a shared machine, other processes), how often /health/live
   * answered, and how long the work took.
   */
  async function whileTimingLiveness<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; lag: number; liveAnswers: number; ms: number }> {
    let done = false;
    let liveAnswers = 0;
    const probe = (async () => {
      while (!done) {
        const res = await fetch(`${base}/health/live`);
        if (res.status === 200) liveAnswers++;
        await res.arrayBuffer();
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    await eventLoopMax();
    const started = performance.now();
    try {
      const result = await work();
      return { result, lag: await eventLoopMax(), liveAnswers, ms: performance.now() - started };
    } finally {
      done = true;
      await probe;
    }
  }

  const source = (name: string) => ({
    filename: bombs[name].filename,
    base64: bombs[name].bytes.toString('base64'),
  });

  const operations: Record<
    string,
    (name: string) => Promise<{ errors?: { message: string; extensions: { code: string } }[] }>
  > = {
    'parseDraft (a RESPONDER)': (name) =>
      gql(responder, `query ($s: DraftSourceInput!) { parseDraft(source: $s) { title } }`, {
        s: source(name),
      }),
    createDraft: (name) =>
      gql(editor, `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id } }`, {
        input: { agencyId, title: 'Bom', docType: 'DECREE', source: source(name) },
      }),
    addDraftVersion: (name) =>
      gql(
        editor,
        `mutation ($id: ID!, $input: DraftVersionInput!) { addDraftVersion(draftId: $id, input: $input) { id } }`,
        {
          id: draftId,
          input: { source: source(name) },
        },
      ),
  };

  it.each([
    ['a .docx whose document.xml unpacks to 190 MB', 'parseDraft (a RESPONDER)'],
    ['a .docx whose document.xml unpacks to 190 MB', 'createDraft'],
    ['a .docx whose directory lies about the size', 'addDraftVersion'],
    ['a .docx of many parts, each under any part limit', 'createDraft'],
    ['a .pdf whose content shows 10+ MB of text', 'parseDraft (a RESPONDER)'],
    ['a .pdf whose content shows 10+ MB of text', 'addDraftVersion'],
    ['a .pdf whose streams inflate to 200 MB of nothing', 'createDraft'],
    ['a .pdf of 3,000 pages', 'parseDraft (a RESPONDER)'],
  ])(
    'refuses %s through %s with PAYLOAD_TOO_LARGE, /health/live answering meanwhile',
    async (name, operation) => {
      expect(bombs[name].bytes.length).toBeLessThan(1024 * 1024);
      const { result, lag, liveAnswers, ms } = await whileTimingLiveness(() => operations[operation](name));
      // Refused by a limit. The one bomb that takes seconds of pdf.js work (10 MB of text) may
      // meet the 30 s time limit first on a starved machine (the suite on two shared cores, the
      // import worker at a lower priority): refused too, as BAD_USER_INPUT.
      const error = result.errors?.[0];
      const timedOut =
        error?.extensions.code === 'BAD_USER_INPUT' && error.message === 'the file took too long to read';
      const refused =
        error?.extensions.code === 'PAYLOAD_TOO_LARGE' || (timedOut && name.includes('10+ MB of text'));
      expect({ error, refused }).toMatchObject({ refused: true });
      expect(lag).toBeLessThan(LIVE_LIMIT_MS);
      expect(liveAnswers).toBeGreaterThan(0);
      // The slowest (a PDF showing millions of characters) is stopped by its text limit in
      // seconds (about 5 alone; its worker runs at a lower priority than requests when busy).
      expect(ms).toBeLessThan(35_000);
    },
  );

  it('stored none of them, and still imports a real file', async () => {
    const pdf = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.pdf'));
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM draft WHERE agency_id = $1`, [
      agencyId,
    ]);
    expect(n).toBe(1);
    const [{ versions }] = await t.dataSource.query(
      `SELECT count(*)::int AS versions FROM draft_version WHERE draft_id = $1`,
      [draftId],
    );
    expect(versions).toBe(1);
    const parsed = await gql<{ parseDraft: { title: string } }>(
      responder,
      `query ($s: DraftSourceInput!) { parseDraft(source: $s) { title } }`,
      { s: { filename: 'law.pdf', base64: pdf.toString('base64') } },
    );
    expect(parsed.data?.parseDraft.title).toBe('LUẬT AN NINH MẠNG');
    const small = await gql<{ parseDraft: { title: string } }>(
      responder,
      `query ($s: DraftSourceInput!) { parseDraft(source: $s) { title } }`,
      {
        s: {
          filename: 'small.pdf',
          base64: textPdf(['LUAT THU NGHIEM', 'Dieu 1. Pham vi']).toString('base64'),
        },
      },
    );
    expect(small.errors).toBeUndefined();
  });

  it('keeps the API process within its memory while bombs are read (workers are bounded)', () => {
    // Peak resident memory of the API process over all of the above: the issue saw 402 → 909 MB.
    const status = readFileSync(`/proc/${app.child.pid}/status`, 'utf8');
    const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
    expect(peakMb).toBeLessThan(1024);
  });

  it('checks attachments with the same strict readers (base64, file type)', async () => {
    const ADD = `mutation ($id: ID!, $input: DraftAttachmentInput!) { addDraftAttachment(draftId: $id, input: $input) { id } }`;
    const pdf = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.pdf')).toString(
      'base64',
    );
    const refused = async (filename: string, base64: string) =>
      (await gql(editor, ADD, { id: draftId, input: { title: 'Tờ trình', filename, base64 } })).errors?.[0]
        .extensions.code;
    // Characters outside base64 were skipped silently, storing other bytes than were sent.
    expect(await refused('to-trinh.pdf', `${pdf.slice(0, 100)}*!*${pdf.slice(100)}`)).toBe('BAD_USER_INPUT');
    // A zip that is not a Word document, named .docx.
    const zip = await docxManyParts(0, 0);
    const notDocx = Buffer.from(
      zip.toString('latin1').replaceAll('word/document.xml', 'word/dokument.xml'),
      'latin1',
    );
    expect(await refused('x.docx', notDocx.toString('base64'))).toBe('BAD_USER_INPUT');
    expect(await refused('to-trinh.pdf', pdf)).toBeUndefined();
  });
});
