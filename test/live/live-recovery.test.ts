import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { API_MAIN, childEnv, killAll, removeDataDir, run, Running, WORKER_MAIN } from '../utils/processes';
import { createAgencyWithOfficer, createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { eventually, waitUntil, openDraft as openFeedbackDraft, postOk } from '../feedback/feedback-fixtures';
import { collect, connectLive, nextEvent, request } from './live-client';

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
    t = await startTestApp({ runRelay: true, env: { RATE_LIMIT_MULTIPLIER: '100' } });
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

  it('two comments posted while a reader is away both arrive when it reconnects (recovered)', async () => {
    const draft = await openFeedbackDraft(t);
    const author = await createUser(t);
    const socket = io(`${t.url}/live`, { path: '/socket.io', transports: ['websocket'], forceNew: true });
    try {
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      expect(await request(socket, 'subscribe', { draftId: draft.draftId })).toEqual({ ok: true });
      const received = collect<{ comment: { id: string } }>(socket, 'comment.created');
      const warmUp = await postOk(t, author, draft.draftId, { body: 'Trước khi mất kết nối' });
      await waitUntil(
        async () => received.map((e) => e.comment.id),
        (ids) => ids.includes(warmUp.id),
      );

      const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
      // The network drops; the socket reconnects when told to, after both comments were emitted.
      socket.io.reconnection(false);
      socket.io.engine.close();
      await disconnected;
      const away = [
        await postOk(t, author, draft.draftId, { body: 'Khi vắng mặt 1' }),
        await postOk(t, author, draft.draftId, { body: 'Khi vắng mặt 2' }),
      ];
      // Let the relay emit both while the socket is still away (it reconnects after ~1 s).
      await waitUntil(
        async () =>
          (
            await t.dataSource.query(
              `SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = ANY($1) AND status = 'DELIVERED'`,
              [away.map((c) => c.id)],
            )
          )[0].n as number,
        (n) => n >= 2,
      );
      expect(socket.connected).toBe(false);
      const back = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.io.reconnection(true);
      socket.connect();
      await back;
      expect(socket.recovered).toBe(true);
      const ids = await eventually(
        async () => received.map((e) => e.comment.id),
        (seen) => away.every((c) => seen.includes(c.id)),
      );
      expect(ids).toEqual(expect.arrayContaining(away.map((c) => c.id)));
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
  // Two real API processes on one database and one Redis: A runs the relay, B does not.
  let t: TestApp;
  let a: Running;
  let b: Running;
  let urlA: string;
  let urlB: string;
  const dirs: string[] = [];
  const jwtSecret = randomBytes(32).toString('hex');

  const startApi = async (env: Record<string, string>): Promise<[Running, string]> => {
    const dir = mkdtempSync(join(tmpdir(), 'thamvan-live-'));
    dirs.push(dir);
    const child = run(
      API_MAIN,
      [],
      childEnv({
        DATA_DIR: dir,
        DATABASE_URL: t.db.url,
        REDIS_URL: redisUrl!,
        JWT_SECRET: jwtSecret,
        PORT: '0',
        RATE_LIMIT_MULTIPLIER: '100',
        ...env,
      }),
    );
    const [, port] = await child.waitForOutput(/GraphQL\s+http:\/\/localhost:(\d+)\/graphql/);
    return [child, `http://127.0.0.1:${port}`];
  };

  beforeAll(async () => {
    // In-process only for the database and the factories (same JWT secret as the children).
    t = await startTestApp({ env: { JWT_SECRET: jwtSecret, RATE_LIMIT_MULTIPLIER: '100' } });
    [a, urlA] = await startApi({});
    [b, urlB] = await startApi({ OUTBOX_RELAY: 'off' });
  });
  afterAll(async () => {
    await killAll();
    await t?.close();
    for (const dir of dirs) removeDataDir(dir);
  });

  it('a comment posted through process A reaches clients connected to A and to B', async () => {
    const draft = await openFeedbackDraft(t);
    const author = await createUser(t);
    const onA = await connectLive(urlA);
    const onB = await connectLive(urlB);
    try {
      for (const client of [onA, onB]) {
        expect(await request(client, 'subscribe', { draftId: draft.draftId })).toEqual({ ok: true });
      }
      const body = 'Gửi qua tiến trình A';
      const arrivals = [onA, onB].map((client) =>
        nextEvent<{ comment: { body: string } }>(
          client,
          'comment.created',
          (e) => e.comment.body === body,
          10_000,
        ),
      );
      const res = await fetch(`${urlA}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${author.accessToken}` },
        body: JSON.stringify({
          query: `mutation ($input: PostCommentInput!) { postComment(input: $input) { id } }`,
          variables: { input: { draftId: draft.draftId, body, idempotencyKey: randomUUID() } },
        }),
      });
      const posted = (await res.json()) as { data?: { postComment: { id: string } } };
      expect(posted.data?.postComment.id).toBeDefined();
      const [seenOnA, seenOnB] = await Promise.all(arrivals);
      expect(seenOnB).toEqual(seenOnA);
      expect(a.child.exitCode).toBeNull();
      expect(b.child.exitCode).toBeNull();
    } finally {
      onA.close();
      onB.close();
    }
  });

  it('the worker (relay without HTTP) reaches clients of an API process through Redis', async () => {
    // Only the worker may run the relay now: stop A, whose relay would otherwise take the events.
    a.child.kill('SIGTERM');
    await a.exited;
    const worker = run(
      WORKER_MAIN,
      [],
      childEnv({ DATA_DIR: dirs[0], DATABASE_URL: t.db.url, REDIS_URL: redisUrl!, JWT_SECRET: jwtSecret }),
    );
    await worker.waitForOutput(/outbox relay running/);
    const draft = await openFeedbackDraft(t);
    const author = await createUser(t);
    const onB = await connectLive(urlB);
    try {
      expect(await request(onB, 'subscribe', { draftId: draft.draftId })).toEqual({ ok: true });
      const body = 'Phát qua tiến trình worker';
      const arrived = nextEvent<{ comment: { body: string } }>(
        onB,
        'comment.created',
        (e) => e.comment.body === body,
        10_000,
      );
      const res = await fetch(`${urlB}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${author.accessToken}` },
        body: JSON.stringify({
          query: `mutation ($input: PostCommentInput!) { postComment(input: $input) { id } }`,
          variables: { input: { draftId: draft.draftId, body, idempotencyKey: randomUUID() } },
        }),
      });
      expect(res.status).toBe(200);
      expect((await arrived).comment.body).toBe(body);
    } finally {
      onB.close();
    }
  });
});
