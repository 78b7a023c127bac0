import { OutboxRelay } from '@thamvan/core';
import { connectLive, LiveClient, request } from '../live/live-client';
import { createAgencyWithOfficer, login, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * A live socket holds the rights of the session whose token opened it, and no longer than
 * that session: after logout (or a password change) its subscribes are refused and the
 * relay disconnects it. Issue 18, item 8: the same socket still subscribed to an
 * unpublished draft of the user's agency after logout.
 */
describe('live sockets end with their session', () => {
  let t: TestApp;
  let editor: TestUser;
  let draftId: string;
  const clients: LiveClient[] = [];

  async function connect(token: string): Promise<LiveClient> {
    const client = await connectLive(t.url, { token });
    clients.push(client);
    return client;
  }

  /** The reason the server gave for closing the socket, or 'still connected' after 5 s. */
  const disconnected = (client: LiveClient) =>
    new Promise<string>((resolve) => {
      if (client.disconnected) return resolve('already');
      const timer = setTimeout(() => resolve('still connected'), 5000);
      client.once('disconnect', (reason) => {
        clearTimeout(timer);
        resolve(reason);
      });
    });

  /** Delivers committed outbox events, as the relay loop does (the app runs without it here). */
  const relay = () => t.app.get(OutboxRelay).tick();

  beforeAll(async () => {
    t = await startTestApp({ runRelay: false });
    const made = await createAgencyWithOfficer(t, 'EDITOR');
    editor = made.officer;
    const res = await t.graphql<{ createDraft: { id: string } }>(
      `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id } }`,
      {
        input: {
          agencyId: made.agency.id,
          title: 'Dự thảo chưa công bố',
          docType: 'DECREE',
          source: { text: 'Điều 1. Phạm vi\nNội dung.' },
        },
      },
      { token: editor.accessToken },
    );
    draftId = res.data!.createDraft.id;
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t.close();
  });

  async function logout(refreshToken: string): Promise<void> {
    const res = await t.graphql(`mutation ($r: String!) { logout(refreshToken: $r) }`, { r: refreshToken });
    expect(res.data).toEqual({ logout: true });
  }

  it('refuses a subscribe after logout and closes the socket', async () => {
    const session = await login(t, editor.email, editor.password);
    const socket = await connect(session.accessToken);
    expect(await request(socket, 'subscribe', { draftId })).toEqual({ ok: true });
    await request(socket, 'unsubscribe', { draftId });

    await logout(session.refreshToken);
    const closed = disconnected(socket);
    expect(await request(socket, 'subscribe', { draftId })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
    expect(await closed).toBe('io server disconnect');
  });

  it("disconnects a logged-out session's sockets, and only those, once the relay delivers session.ended", async () => {
    const ended = await login(t, editor.email, editor.password);
    const other = await login(t, editor.email, editor.password);
    const [a, b] = [await connect(ended.accessToken), await connect(ended.accessToken)];
    const kept = await connect(other.accessToken);
    await logout(ended.refreshToken);
    const closing = Promise.all([disconnected(a), disconnected(b)]);
    await relay();
    expect(await closing).toEqual(['io server disconnect', 'io server disconnect']);
    expect(kept.connected).toBe(true);
    expect(await request(kept, 'subscribe', { draftId })).toEqual({ ok: true });
  });

  it('disconnects every socket of the account when its password changes', async () => {
    const first = await login(t, editor.email, editor.password);
    const second = await login(t, editor.email, editor.password);
    const sockets = [await connect(first.accessToken), await connect(second.accessToken)];
    const newPassword = `${editor.password}-new`;
    const res = await t.graphql(
      `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      { c: editor.password, n: newPassword },
      { token: first.accessToken },
    );
    expect(res.errors).toBeUndefined();
    editor = { ...editor, password: newPassword };
    const closing = Promise.all(sockets.map(disconnected));
    await relay();
    expect(await closing).toEqual(['io server disconnect', 'io server disconnect']);
  });

  it('refuses a new handshake with the ended session’s token', async () => {
    const session = await login(t, editor.email, editor.password);
    await logout(session.refreshToken);
    await expect(connectLive(t.url, { token: session.accessToken })).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
  });
});
