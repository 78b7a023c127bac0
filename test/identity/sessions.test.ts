import { Clock as ClockRef, UnauthenticatedError, ViewerAuthenticator } from '@thamvan/core';
import { startTestApp, TestApp } from '../utils/test-app';
import { createUser, login, TestUser } from '../utils/factories/identity';

const ME = `{ me { id email displayName roles } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { id } } }`;
const LOGOUT = `mutation ($t: String!) { logout(refreshToken: $t) }`;
const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;

interface Refreshed {
  refreshSession: { accessToken: string; refreshToken: string; user: { id: string } };
}

describe('sessions over HTTP: rotation, reuse detection, logout, password change', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await startTestApp({ env: { SESSION_CACHE_SECONDS: '5' } });
    user = await createUser(t);
  });
  afterAll(() => t.close());

  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  it('an access token identifies its user; a garbage or expired one is UNAUTHENTICATED', async () => {
    const me = await t.graphql<{ me: { id: string } }>(ME, {}, { token: user.accessToken });
    expect(me.data?.me.id).toBe(user.id);
    expect((await t.graphql(ME)).data).toEqual({ me: null });
    expect(code(await t.graphql(ME, {}, { token: 'garbage' }))).toBe('UNAUTHENTICATED');

    const fresh = await login(t, user.email, user.password);
    t.app.get(ClockRef).advance(15 * 60 * 1000 + 1000);
    try {
      expect(code(await t.graphql(ME, {}, { token: fresh.accessToken }))).toBe('UNAUTHENTICATED');
      // The refresh token outlives it: that is what it is for.
      const refreshed = await t.graphql<Refreshed>(REFRESH, { t: fresh.refreshToken });
      expect(refreshed.data?.refreshSession.user.id).toBe(user.id);
    } finally {
      t.app.get(ClockRef).advance(-(15 * 60 * 1000 + 1000));
    }
  });

  it('rotates the refresh token on every use; each works once', async () => {
    const first = await login(t, user.email, user.password);
    const a = await t.graphql<Refreshed>(REFRESH, { t: first.refreshToken });
    const second = a.data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const b = await t.graphql<Refreshed>(REFRESH, { t: second.refreshToken });
    expect(b.data?.refreshSession.refreshToken).toBeDefined();
    expect(code(await t.graphql(REFRESH, { t: 'not-a-token' }))).toBe('UNAUTHENTICATED');
  });

  it('reuse of a rotated token revokes the whole family, including its newest tokens', async () => {
    const stolen = await login(t, user.email, user.password);
    const other = await login(t, user.email, user.password); // a second device: unaffected
    const legit = (await t.graphql<Refreshed>(REFRESH, { t: stolen.refreshToken })).data!.refreshSession;
    expect((await t.graphql(ME, {}, { token: legit.accessToken })).data).toMatchObject({
      me: { id: user.id },
    });

    // The attacker replays the old token after the grace window: refused, and the family ends.
    t.app.get(ClockRef).advance(31_000);
    try {
      expect(code(await t.graphql(REFRESH, { t: stolen.refreshToken }))).toBe('UNAUTHENTICATED');
    } finally {
      t.app.get(ClockRef).advance(-31_000);
    }
    expect(code(await t.graphql(REFRESH, { t: legit.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(code(await t.graphql(ME, {}, { token: legit.accessToken }))).toBe('UNAUTHENTICATED');

    const [row] = await t.dataSource.query(
      `SELECT s.revoke_reason FROM auth_session s JOIN refresh_token r ON r.session_id = s.id WHERE r.token_hash = encode(sha256($1::bytea), 'hex')`,
      [stolen.refreshToken],
    );
    expect(row.revoke_reason).toBe('REUSE_DETECTED');
    expect((await t.graphql(ME, {}, { token: other.accessToken })).data).toMatchObject({
      me: { id: user.id },
    });
  });

  it('concurrent refreshes with one token (one browser) all succeed within the grace window, and the session lives on', async () => {
    const session = await login(t, user.email, user.password);
    const answers = await Promise.all(
      [0, 1, 2].map(() => t.graphql<Refreshed>(REFRESH, { t: session.refreshToken })),
    );
    expect(answers.map((a) => code(a))).toEqual([undefined, undefined, undefined]);
    const pairs = answers.map((a) => a.data!.refreshSession);
    expect(new Set(pairs.map((p) => p.refreshToken)).size).toBe(3);
    // Every pair of the session works, and the next rotation too.
    for (const pair of pairs) {
      expect((await t.graphql(ME, {}, { token: pair.accessToken })).data).toMatchObject({
        me: { id: user.id },
      });
    }
    const next = await t.graphql<Refreshed>(REFRESH, { t: pairs[2].refreshToken });
    expect(next.data?.refreshSession.user.id).toBe(user.id);
    // 29 s after its rotation the old token is still one browser's late request…
    t.app.get(ClockRef).advance(29_000);
    try {
      expect(code(await t.graphql(REFRESH, { t: pairs[0].refreshToken }))).toBeUndefined();
    } finally {
      t.app.get(ClockRef).advance(-29_000);
    }
  });

  it('a token replayed after the grace window ends the session, even though a late request was forgiven before', async () => {
    const session = await login(t, user.email, user.password);
    const fresh = (await t.graphql<Refreshed>(REFRESH, { t: session.refreshToken })).data!.refreshSession;
    t.app.get(ClockRef).advance(30_500);
    try {
      expect(code(await t.graphql(REFRESH, { t: session.refreshToken }))).toBe('UNAUTHENTICATED');
      expect(code(await t.graphql(REFRESH, { t: fresh.refreshToken }))).toBe('UNAUTHENTICATED');
    } finally {
      t.app.get(ClockRef).advance(-30_500);
    }
  });

  it('logout ends the session: its refresh token and access token stop working', async () => {
    const session = await login(t, user.email, user.password);
    // Used once first, so this process remembers the session as open (OpenSessionCache).
    expect((await t.graphql(ME, {}, { token: session.accessToken })).data).toMatchObject({
      me: { id: user.id },
    });
    expect((await t.graphql(LOGOUT, { t: session.refreshToken })).data).toEqual({ logout: true });
    expect(code(await t.graphql(REFRESH, { t: session.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(code(await t.graphql(ME, {}, { token: session.accessToken }))).toBe('UNAUTHENTICATED');
    // Logging out twice, or with an unknown token, is harmless.
    expect((await t.graphql(LOGOUT, { t: session.refreshToken })).data).toEqual({ logout: true });
  });

  it('changing the password ends every session; the new password works, the old one does not', async () => {
    const u = await createUser(t);
    const phone = await login(t, u.email, u.password);
    const weak = await t.graphql(CHANGE, { c: u.password, n: 'short' }, { token: u.accessToken });
    expect(code(weak)).toBe('BAD_USER_INPUT');
    const wrong = await t.graphql(
      CHANGE,
      { c: 'not my password', n: 'a brand new password' },
      { token: u.accessToken },
    );
    expect(code(wrong)).toBe('UNAUTHENTICATED');
    const res = await t.graphql(
      CHANGE,
      { c: u.password, n: 'a brand new password' },
      { token: u.accessToken },
    );
    expect(res.data).toEqual({ changePassword: true });
    for (const tokens of [u, phone]) {
      expect(code(await t.graphql(ME, {}, { token: tokens.accessToken }))).toBe('UNAUTHENTICATED');
      expect(code(await t.graphql(REFRESH, { t: tokens.refreshToken }))).toBe('UNAUTHENTICATED');
    }
    await expect(login(t, u.email, u.password)).rejects.toThrow('UNAUTHENTICATED');
    await expect(login(t, u.email.toUpperCase(), 'a brand new password')).resolves.toHaveProperty(
      'accessToken',
    );
  });

  it('a logout through another API process ends the session here within SESSION_CACHE_SECONDS', async () => {
    const other = await startTestApp({
      shareDatabaseOf: t,
      env: { JWT_SECRET: t.config.jwtSecret, SESSION_CACHE_SECONDS: '5' },
    });
    try {
      const session = await login(t, user.email, user.password);
      expect((await other.graphql(ME, {}, { token: session.accessToken })).data).toMatchObject({
        me: { id: user.id },
      });
      const loggedOut = Date.now();
      await t.graphql(LOGOUT, { t: session.refreshToken });
      expect(code(await t.graphql(ME, {}, { token: session.accessToken }))).toBe('UNAUTHENTICATED');
      let refused = false;
      while (!refused && Date.now() - loggedOut < 20_000) {
        refused = code(await other.graphql(ME, {}, { token: session.accessToken })) === 'UNAUTHENTICATED';
        if (!refused) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(refused).toBe(true);
      // The bound SESSION_CACHE_SECONDS promises (plus slack for a busy machine).
      expect(Date.now() - loggedOut).toBeLessThan((5 + 2) * 1000);
    } finally {
      await other.close();
    }
  });

  it('the bound ViewerAuthenticator (also used by the socket.io handshake) resolves the same viewer', async () => {
    const authenticator = t.app.get(ViewerAuthenticator);
    const session = await login(t, user.email, user.password);
    await expect(authenticator.authenticateToken(undefined)).resolves.toBeNull();
    const viewer = await authenticator.authenticateToken(session.accessToken);
    expect(viewer).toEqual({
      userId: user.id,
      roles: ['CITIZEN'],
      memberships: [],
      sessionId: expect.any(String),
    });
    await expect(authenticator.isSignedIn(viewer!)).resolves.toBe(true);
    await t.graphql(LOGOUT, { t: session.refreshToken });
    await expect(authenticator.authenticateToken(session.accessToken)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    // What a live socket opened before the logout is checked against.
    await expect(authenticator.isSignedIn(viewer!)).resolves.toBe(false);
  });
});
