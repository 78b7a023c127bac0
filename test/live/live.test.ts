import { createAgencyWithOfficer, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { collect, connectLive, LiveClient, nextEvent, request } from './live-client';

const DAY = 86_400_000;

async function createDraft(t: TestApp, editor: TestUser, agencyId: string, open: boolean): Promise<string> {
  const res = await t.graphql<{ createDraft: { id: string } }>(
    `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id } }`,
    {
      input: {
        agencyId,
        title: 'Dự thảo trực tiếp',
        docType: 'DECREE',
        source: { text: 'Điều 1. Phạm vi\nNội dung.' },
      },
    },
    { token: editor.accessToken },
  );
  const id = res.data!.createDraft.id;
  if (open) {
    const now = Date.now();
    await t.graphql(
      `mutation ($id: ID!, $o: DateTime!, $c: DateTime!) { scheduleConsultation(draftId: $id, opensAt: $o, closesAt: $c) { id } }`,
      { id, o: new Date(now - 1000).toISOString(), c: new Date(now + 40 * DAY).toISOString() },
      { token: editor.accessToken },
    );
  }
  return id;
}

describe('Live updates over socket.io (/live)', () => {
  let t: TestApp;
  let editor: TestUser;
  let agencyId: string;
  const clients: LiveClient[] = [];
  const connect = async (options?: Parameters<typeof connectLive>[1]) => {
    const client = await connectLive(t.url, options);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp({ runRelay: true, env: { LIVE_ALLOWED_ORIGINS: 'https://thamvan.gov.vn' } });
    const a = await createAgencyWithOfficer(t, 'EDITOR');
    editor = a.officer;
    agencyId = a.agency.id;
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t.close();
  });

  it('delivers consultation.updated with the outbox seq to subscribers of the draft, after commit', async () => {
    const draftId = await createDraft(t, editor, agencyId, true);
    const reader = await connect();
    expect(await request(reader, 'subscribe', { draftId })).toEqual({ ok: true });
    // The OPEN announcement of the scheduling may arrive too (the relay runs on its own): wait for CLOSED.
    const event = nextEvent<{ seq: string; draftId: string; status: string }>(
      reader,
      'consultation.updated',
      (e) => e.status === 'CLOSED',
    );
    await t.graphql(
      `mutation ($id: ID!) { closeConsultation(draftId: $id, reason: "Đủ ý kiến") { id } }`,
      { id: draftId },
      {
        token: editor.accessToken,
      },
    );
    const received = await event;
    expect(received).toMatchObject({ draftId, status: 'CLOSED' });
    const [row] = await t.dataSource.query(
      `SELECT id::text FROM outbox_event WHERE topic = 'consultation.updated' AND aggregate_id = $1 ORDER BY id DESC LIMIT 1`,
      [draftId],
    );
    expect(received.seq).toBe(row.id);
  });

  it('stops delivering after unsubscribe, and never to sockets of other drafts', async () => {
    const watched = await createDraft(t, editor, agencyId, true);
    const other = await createDraft(t, editor, agencyId, true);
    const reader = await connect();
    const bystander = await connect();
    await request(reader, 'subscribe', { draftId: watched });
    await request(bystander, 'subscribe', { draftId: other });
    const closed = (e: { status?: unknown }) => e.status === 'CLOSED';
    const seenByBystander = collect<{ draftId: string; status: string }>(bystander, 'consultation.updated');
    expect(await request(reader, 'unsubscribe', { draftId: watched })).toEqual({ ok: true });
    const seenByReader = collect<{ status: string }>(reader, 'consultation.updated');
    // A marker event on the bystander's draft proves the relay ran past the close below.
    const marker = nextEvent(bystander, 'consultation.updated', closed);
    await t.graphql(
      `mutation ($id: ID!) { closeConsultation(draftId: $id, reason: "x") { id } }`,
      { id: watched },
      {
        token: editor.accessToken,
      },
    );
    await t.graphql(
      `mutation ($id: ID!) { closeConsultation(draftId: $id, reason: "y") { id } }`,
      { id: other },
      {
        token: editor.accessToken,
      },
    );
    await marker;
    expect(seenByReader.filter(closed)).toEqual([]);
    expect(seenByBystander.filter(closed).map((e) => e.draftId)).toEqual([other]);
  });

  it('refuses drafts the viewer may not see, and bad requests, with typed acknowledgements', async () => {
    const unpublished = await createDraft(t, editor, agencyId, false);
    const anonymous = await connect();
    expect(await request(anonymous, 'subscribe', { draftId: unpublished })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await request(anonymous, 'subscribe', { draftId: 'nope' })).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
    });
    expect(await request(anonymous, 'subscribe', { moderation: true })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
    const officer = await connect({ token: editor.accessToken });
    expect(await request(officer, 'subscribe', { draftId: unpublished })).toEqual({ ok: true });
    expect(await request(officer, 'subscribe', { moderation: true })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('refuses a bad token at the handshake, and origins outside LIVE_ALLOWED_ORIGINS', async () => {
    await expect(connectLive(t.url, { token: 'not-a-token' })).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
    await expect(connectLive(t.url, { origin: 'https://evil.example' })).rejects.toThrow();
    const allowed = await connect({ origin: 'https://thamvan.gov.vn' });
    expect(allowed.connected).toBe(true);
    // No Origin header at all (a non-browser client) is always allowed: connect() sends none.
    expect((await connect()).connected).toBe(true);
  });

  it('limits a socket to 50 draft rooms', async () => {
    const ids = [];
    for (let i = 0; i < 51; i++) ids.push(await createDraft(t, editor, agencyId, true));
    const reader = await connect({ token: editor.accessToken });
    const results = [];
    for (const draftId of ids) results.push(await request(reader, 'subscribe', { draftId }));
    expect(results.slice(0, 50).every((r) => r.ok)).toBe(true);
    expect(results[50]).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
  });
});
