import { io } from 'socket.io-client';
import { createAgencyWithOfficer, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { connectLive, nextEvent, request } from './live-client';

const DAY = 86_400_000;

async function openDraft(t: TestApp, editor: TestUser, agencyId: string): Promise<string> {
  const res = await t.graphql<{ createDraft: { id: string } }>(
    `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id } }`,
    {
      input: {
        agencyId,
        title: 'Dự thảo',
        docType: 'DECREE',
        source: { text: 'Điều 1. Phạm vi\nNội dung.' },
      },
    },
    { token: editor.accessToken },
  );
  return res.data!.createDraft.id;
}

function schedule(t: TestApp, editor: TestUser, draftId: string, closesInDays: number) {
  const now = Date.now();
  return t.graphql(
    `mutation ($id: ID!, $o: DateTime!, $c: DateTime!) { scheduleConsultation(draftId: $id, opensAt: $o, closesAt: $c) { id } }`,
    {
      id: draftId,
      o: new Date(now - 1000).toISOString(),
      c: new Date(now + closesInDays * DAY).toISOString(),
    },
    { token: editor.accessToken },
  );
}

describe('Live connection-state recovery', () => {
  let t: TestApp;
  let editor: TestUser;
  let agencyId: string;

  beforeAll(async () => {
    t = await startTestApp({ runRelay: true });
    const a = await createAgencyWithOfficer(t, 'EDITOR');
    editor = a.officer;
    agencyId = a.agency.id;
  });
  afterAll(() => t.close());

  it('a client that drops briefly gets the events it missed when it reconnects', async () => {
    const draftId = await openDraft(t, editor, agencyId);
    const socket = io(`${t.url}/live`, {
      path: '/socket.io',
      transports: ['websocket'],
      forceNew: true,
      auth: { token: editor.accessToken }, // the draft is not public until scheduled below
    });
    try {
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      expect(await request(socket, 'subscribe', { draftId })).toEqual({ ok: true });
      // Receive one event first: recovery resumes from the last event the client saw.
      const opened = nextEvent(
        socket,
        'consultation.updated',
        (e: { status?: string }) => e.status === 'OPEN',
      );
      await schedule(t, editor, draftId, 40);
      await opened;

      const missed = nextEvent(
        socket,
        'consultation.updated',
        (e: { status?: string }) => e.status === 'CLOSED',
        10_000,
      );
      const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
      socket.io.engine.close(); // the network drops; the client will reconnect by itself
      await disconnected;
      await t.graphql(
        `mutation ($id: ID!) { closeConsultation(draftId: $id, reason: "Đủ") { id } }`,
        { id: draftId },
        {
          token: editor.accessToken,
        },
      );
      // Give the relay time to emit while the client is away, then let it come back.
      const reconnected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      await reconnected;
      expect(socket.recovered).toBe(true);
      expect(await missed).toMatchObject({ draftId, status: 'CLOSED' });
    } finally {
      socket.close();
    }
  });
});

const redisUrl = process.env.REDIS_URL;
const describeRedis = redisUrl ? describe : describe.skip;
if (!redisUrl) {
  process.stderr.write(
    '[live] REDIS_URL is not set: the multi-process Redis Streams adapter test is skipped\n',
  );
}

describeRedis('Live across API processes (Redis Streams adapter)', () => {
  let relayApp: TestApp;
  let otherApp: TestApp;
  let editor: TestUser;
  let agencyId: string;

  beforeAll(async () => {
    relayApp = await startTestApp({ runRelay: true, env: { REDIS_URL: redisUrl! } });
    otherApp = await startTestApp({
      runRelay: false,
      env: { REDIS_URL: redisUrl! },
      shareDatabaseOf: relayApp,
    });
    const a = await createAgencyWithOfficer(relayApp, 'EDITOR');
    editor = a.officer;
    agencyId = a.agency.id;
  });
  afterAll(async () => {
    await otherApp?.close();
    await relayApp?.close();
  });

  it('an event emitted by the relay in one process reaches a client connected to another', async () => {
    const draftId = await openDraft(relayApp, editor, agencyId);
    await schedule(relayApp, editor, draftId, 40);
    const client = await connectLive(otherApp.url);
    try {
      expect(await request(client, 'subscribe', { draftId })).toEqual({ ok: true });
      const closed = nextEvent(
        client,
        'consultation.updated',
        (e: { status?: string }) => e.status === 'CLOSED',
        10_000,
      );
      await relayApp.graphql(
        `mutation ($id: ID!) { closeConsultation(draftId: $id, reason: "x") { id } }`,
        { id: draftId },
        {
          token: editor.accessToken,
        },
      );
      expect(await closed).toMatchObject({ draftId, status: 'CLOSED' });
    } finally {
      client.close();
    }
  });
});
