import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAgencyWithOfficer, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';

const ADD = `mutation ($id: ID!, $input: DraftAttachmentInput!) {
  addDraftAttachment(draftId: $id, input: $input) { id title filename contentType sizeBytes url } }`;

describe('Draft attachments', () => {
  let t: TestApp;
  let editor: TestUser;
  let draftId: string;
  const pdf = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.pdf'));

  beforeAll(async () => {
    t = await startTestApp();
    const { agency, officer } = await createAgencyWithOfficer(t, 'EDITOR');
    editor = officer;
    const res = await t.graphql<{ createDraft: { id: string } }>(
      `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id } }`,
      {
        input: {
          agencyId: agency.id,
          title: 'Dự thảo có tờ trình',
          docType: 'DECREE',
          source: { text: 'Điều 1. Phạm vi\nNội dung.' },
        },
      },
      { token: editor.accessToken },
    );
    draftId = res.data!.createDraft.id;
  });
  afterAll(() => t.close());

  it('stores a PDF, lists it on the draft, and serves it to the public only once the draft is public', async () => {
    const added = await t.graphql<{
      addDraftAttachment: { url: string; sizeBytes: number; contentType: string };
    }>(
      ADD,
      {
        id: draftId,
        input: { title: 'Tờ trình Chính phủ', filename: 'to-trinh.pdf', base64: pdf.toString('base64') },
      },
      { token: editor.accessToken },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addDraftAttachment).toMatchObject({
      sizeBytes: pdf.length,
      contentType: 'application/pdf',
    });
    const url = `${t.url}${added.data!.addDraftAttachment.url}`;
    expect((await fetch(url)).status).toBe(404);
    const asEditor = await fetch(url, { headers: { authorization: `Bearer ${editor.accessToken}` } });
    expect(asEditor.status).toBe(200);
    expect(Buffer.from(await asEditor.arrayBuffer()).equals(pdf)).toBe(true);

    const now = Date.now();
    await t.graphql(
      `mutation ($id: ID!, $o: DateTime!, $c: DateTime!) { scheduleConsultation(draftId: $id, opensAt: $o, closesAt: $c) { id } }`,
      { id: draftId, o: new Date(now).toISOString(), c: new Date(now + 40 * 86_400_000).toISOString() },
      { token: editor.accessToken },
    );
    const publicRes = await fetch(url);
    expect(publicRes.status).toBe(200);
    expect(publicRes.headers.get('content-type')).toBe('application/pdf');
    expect(publicRes.headers.get('content-disposition')).toContain("filename*=UTF-8''to-trinh.pdf");
    const listed = await t.graphql<{ draft: { attachments: { title: string }[] } }>(
      `query ($id: ID!) { draft(id: $id) { attachments { title filename sizeBytes } } }`,
      { id: draftId },
    );
    expect(listed.data!.draft.attachments.map((a) => a.title)).toEqual(['Tờ trình Chính phủ']);
  });

  it.each([
    ['not a PDF inside', 'x.pdf', Buffer.from('hello').toString('base64')],
    ['an unsupported type', 'x.exe', pdf.toString('base64')],
    [
      'over 10 MB',
      'x.pdf',
      Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024)]).toString('base64'),
    ],
  ])('refuses %s with BAD_USER_INPUT', async (_name, filename, base64) => {
    const res = await t.graphql(
      ADD,
      { id: draftId, input: { title: 'X', filename, base64 } },
      { token: editor.accessToken },
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
