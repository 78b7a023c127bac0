import { ApiProcess, startApi } from '../utils/api-process';
import type { Running } from '../utils/processes';

/**
 * The README's promise for every line the app writes: no password, token, e-mail address or
 * client IP. The real entry point at LOG_LEVEL=debug, driven with a known password, e-mail,
 * tokens and a forwarded client address through every door that puts them in a URL or a
 * body, then its whole output (stdout and stderr) is searched for them. Issue 18, item 3:
 * `GET /graphql?query=mutation…login…&variables={"e":"…","p":"…"}` was refused, and its
 * "request completed" line held the whole URL, password included.
 */
const EMAIL = 'victim.nguyen@example.vn';
const PASSWORD = 'S3cret-pass-for-logs';
const TOKEN = 'tok-SECRET-0123456789';
const CLIENT_IP = '203.0.113.77';

describe('no personal data or secret in any log line', () => {
  let api: ApiProcess;
  let app: Running;
  let base: string;
  beforeAll(async () => {
    api = await startApi({
      LOG_LEVEL: 'debug',
      RATE_LIMIT_MULTIPLIER: '100',
    });
    ({ app, base } = api);
  });
  afterAll(() => api?.stop());

  const headers = { 'x-forwarded-for': CLIENT_IP };
  const get = (path: string, extra: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers: { ...headers, ...extra } }).then((r) => r.text());
  const gql = (query: string, variables: Record<string, unknown>) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.text());

  it('holds for URLs, bodies, errors and mail', async () => {
    const login = `mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`;
    const variables = JSON.stringify({ e: EMAIL, p: PASSWORD });
    // GraphQL's GET form, refused (CSRF, and mutations are not sent over GET) but logged.
    await get(`/graphql?query=${encodeURIComponent(login)}&variables=${encodeURIComponent(variables)}`);
    await get(`/graphql?query=${encodeURIComponent(login)}&variables=${encodeURIComponent(variables)}`, {
      'apollo-require-preflight': 'true',
    });
    // Other paths: the web client's links, exports, a page that does not exist.
    await get(`/reset-password?token=${TOKEN}&email=${encodeURIComponent(EMAIL)}`);
    await get(`/verify?code=${TOKEN}&next=%2F`);
    await get(`/api/exports/comments.csv?q=${encodeURIComponent(EMAIL)}&access_token=${TOKEN}`);
    await get(`/users/${encodeURIComponent(EMAIL)}`);
    await get(`/api/exports/comments.ndjson?from=not-a-date&password=${PASSWORD}`);
    // Bodies: register (mail sent), register again (CONFLICT), wrong and right logins, a reset.
    const register = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`;
    await gql(register, { input: { email: EMAIL, password: PASSWORD, displayName: 'Nạn nhân' } });
    await Promise.all(
      [1, 2, 3].map(() =>
        gql(register, { input: { email: EMAIL, password: PASSWORD, displayName: 'Lặp lại' } }),
      ),
    );
    await gql(login, { e: EMAIL, p: `${PASSWORD}-wrong` });
    await gql(login, { e: EMAIL, p: PASSWORD });
    await gql(`mutation ($e: String!) { requestPasswordReset(email: $e) }`, { e: EMAIL });
    await gql(`mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: TOKEN });
    await gql(`{ users(email: "${EMAIL}") { totalCount } }`, {});

    app.child.kill('SIGTERM');
    await app.exited;
    const output = app.stdout() + app.stderr();
    expect(output).toContain('request completed');
    for (const secret of [PASSWORD, EMAIL, encodeURIComponent(EMAIL), TOKEN, CLIENT_IP]) {
      const at = output.indexOf(secret);
      expect({
        secret,
        line: at < 0 ? null : output.slice(output.lastIndexOf('\n', at) + 1, output.indexOf('\n', at)),
      }).toEqual({
        secret,
        line: null,
      });
    }
    // What the lines keep: the path, and the names of parameters (never their values).
    expect(output).toContain('"url":"/graphql?[redacted]"');
    expect(output).toContain('/reset-password?token=[redacted]&email=[redacted]');
  });
});
