import { ApiProcess, startApi } from '../utils/api-process';
import type { Running } from '../utils/processes';
import { tokenIn, waitForMail } from '../utils/mail';

/**
 * The real entry point with LOG_LEVEL=debug, its stdout and stderr captured, driven through
 * register, login (right and wrong), refresh, logout, verification, reset and the rate
 * limit. No log line, response or error may hold a password, a token, or the e-mail
 * address of someone other than the requester; logs hold no e-mail or IP at all.
 */
describe('no passwords, tokens or e-mail addresses leak into logs, responses or errors', () => {
  let api: ApiProcess;
  let app: Running;
  let base: string;
  let dataDir: string;
  beforeAll(async () => {
    api = await startApi({ LOG_LEVEL: 'debug' });
    ({ app, base } = api);
    dataDir = api.dataDir;
  });
  afterAll(() => api?.stop());

  interface Exchange {
    as: string;
    body: string;
  }
  const exchanges: Exchange[] = [];

  async function gql(as: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.text();
    exchanges.push({ as, body });
    return JSON.parse(body) as {
      data?: Record<string, Record<string, string>>;
      errors?: { extensions: { code: string } }[];
    };
  }

  it('holds for a full account life cycle', async () => {
    const alice = { email: 'alice.nguyen@example.vn', password: 'alice secret password' };
    const bob = { email: 'bob.tran@example.vn', password: 'bob secret password' };
    const secrets: string[] = [alice.password, bob.password, 'wrong password guess'];

    const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id email } } }`;
    const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { email } } }`;
    const ra = await gql('alice', REGISTER, { input: { ...alice, displayName: 'Nguyễn Alice' } });
    const rb = await gql('bob', REGISTER, { input: { ...bob, displayName: 'Trần Bob' } });
    secrets.push(
      ra.data!.register.accessToken,
      ra.data!.register.refreshToken,
      rb.data!.register.refreshToken,
    );

    // Bob tries Alice's address: CONFLICT, without her address in the answer.
    expect(
      (
        await gql('bob', REGISTER, {
          input: { ...alice, email: alice.email.toUpperCase(), displayName: 'Giả mạo' },
        })
      ).errors?.[0].extensions.code,
    ).toBe('CONFLICT');
    await gql('bob', REGISTER, { input: { email: 'bad', password: 'x', displayName: 'y' } });

    const la = await gql('alice', LOGIN, { input: alice });
    secrets.push(la.data!.login.accessToken, la.data!.login.refreshToken);
    for (let i = 0; i < 11; i++)
      await gql('bob', LOGIN, { input: { email: alice.email, password: 'wrong password guess' } });

    const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
    const rf = await gql('bob', REFRESH, { t: rb.data!.register.refreshToken });
    secrets.push(rf.data!.refreshSession.accessToken, rf.data!.refreshSession.refreshToken);
    await gql('bob', REFRESH, { t: rb.data!.register.refreshToken }); // reuse: refused
    await gql('bob', `mutation ($t: String!) { logout(refreshToken: $t) }`, {
      t: rf.data!.refreshSession.refreshToken,
    });
    await gql('bob', `{ me { id } }`, {}, 'garbage.token.here');

    const verifyToken = tokenIn(await waitForMail(dataDir, alice.email, /Xác nhận/));
    secrets.push(verifyToken);
    await gql('anonymous', `mutation ($t: String!) { verifyEmail(token: $t) { id } }`, { t: verifyToken });
    await gql('anonymous', `mutation ($t: String!) { verifyEmail(token: $t) { id } }`, { t: verifyToken });

    await gql('anonymous', `mutation ($e: String!) { requestPasswordReset(email: $e) }`, { e: bob.email });
    await gql('anonymous', `mutation ($e: String!) { requestPasswordReset(email: $e) }`, {
      e: 'ghost@example.vn',
    });
    const resetToken = tokenIn(await waitForMail(dataDir, bob.email, /Đặt lại/));
    secrets.push(resetToken, 'bob new password 2026');
    await gql(
      'anonymous',
      `mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`,
      {
        t: resetToken,
        p: 'bob new password 2026',
      },
    );
    await gql(
      'anonymous',
      `mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`,
      {
        t: resetToken,
        p: 'bob new password 2026',
      },
    );
    await gql('bob', `{ myData }`, {}, rb.data!.register.accessToken);

    // Stop the server so that every log line has been written.
    app.child.kill('SIGTERM');
    await app.exited;
    const logs = app.stdout() + app.stderr();
    expect(logs).toMatch(/"level"/); // debug logs were really captured

    for (const secret of secrets) expect(logs).not.toContain(secret);
    for (const address of [alice.email, bob.email, 'ghost@example.vn', 'alice.nguyen', 'bob.tran']) {
      expect(logs.toLowerCase()).not.toContain(address);
    }
    const logLines = logs.split('\n').filter((l) => l.startsWith('{'));
    expect(logLines.filter((l) => /127\.0\.0\.1|::1|::ffff/.test(l))).toEqual([]);

    const owner: Record<string, string> = { alice: alice.email, bob: bob.email };
    for (const { as, body } of exchanges) {
      for (const password of [
        alice.password,
        bob.password,
        'bob new password 2026',
        'wrong password guess',
      ]) {
        expect(body).not.toContain(password);
      }
      for (const [who, email] of Object.entries(owner)) {
        if (who !== as) expect(body.toLowerCase()).not.toContain(email);
      }
      if (body.includes('"errors"')) {
        for (const secret of secrets) expect(body).not.toContain(secret);
      }
    }
  });
});
