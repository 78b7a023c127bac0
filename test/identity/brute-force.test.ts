import { Clock } from '@thamvan/core';
import { startTestApp, TestApp } from '../utils/test-app';
import { createUser, uniqueEmail } from '../utils/factories/identity';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { user { id } } }`;

type Res = { data?: unknown; errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[] };
const code = (res: Res) => (res.errors ? res.errors[0].extensions?.code : 'ok');

describe('abuse limits (rate_limit_bucket in PostgreSQL, time moved on the server Clock)', () => {
  let t: TestApp;
  let clock: Clock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock);
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string) => t.graphql(LOGIN, { input: { email, password } });

  it('the 11th failed login in 15 minutes is RATE_LIMITED, and so is the right password until the window passes', async () => {
    const user = await createUser(t);
    for (let i = 1; i <= 10; i++) {
      expect([i, code(await attempt(user.email, `wrong password ${i}`))]).toEqual([i, 'UNAUTHENTICATED']);
    }
    const eleventh = await attempt(user.email, 'wrong password 11');
    expect(code(eleventh)).toBe('RATE_LIMITED');
    expect(eleventh.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // The account is locked regardless of case or the right password.
    expect(code(await attempt(user.email.toUpperCase(), user.password))).toBe('RATE_LIMITED');

    clock.advance(14 * 60 * 1000);
    expect(code(await attempt(user.email, user.password))).toBe('RATE_LIMITED');
    clock.advance(60 * 1000 + 1000);
    expect(code(await attempt(user.email, user.password))).toBe('ok');
  });

  it('correct logins do not use up the allowance', async () => {
    const user = await createUser(t);
    for (let i = 0; i < 12; i++) expect(code(await attempt(user.email, user.password))).toBe('ok');
  });

  it('limits failures per IP across accounts, unknown addresses included', async () => {
    // Everything in this test comes from 127.0.0.1; start from a fresh window.
    clock.advance(16 * 60 * 1000);
    const user = await createUser(t);
    for (let i = 0; i < 10; i++) {
      expect(code(await attempt(uniqueEmail('nobody'), 'some password'))).toBe('UNAUTHENTICATED');
    }
    expect(code(await attempt(uniqueEmail('nobody'), 'some password'))).toBe('RATE_LIMITED');
    expect(code(await attempt(user.email, user.password))).toBe('RATE_LIMITED');
    clock.advance(16 * 60 * 1000);
    expect(code(await attempt(user.email, user.password))).toBe('ok');
  });

  it('counts concurrent failures exactly (one UPSERT per attempt): a burst cannot slip past the limit', async () => {
    clock.advance(16 * 60 * 1000);
    const user = await createUser(t);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(user.email, `burst ${i}`)),
    );
    const codes = results.map(code);
    // Account and IP buckets each let at most 10 through; together maybe fewer, never more.
    const checked = codes.filter((c) => c === 'UNAUTHENTICATED').length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(10);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20 - checked);
    const [bucket] = await t.dataSource.query(`SELECT max(count)::int AS n FROM rate_limit_bucket`);
    expect(bucket.n).toBeGreaterThanOrEqual(20);
    clock.advance(16 * 60 * 1000);
  });

  it('limits registrations per IP (20 an hour)', async () => {
    const register = () =>
      t.graphql(REGISTER, {
        input: { email: uniqueEmail('reg'), password: 'long enough password', displayName: 'Người đăng ký' },
      });
    for (let i = 0; i < 20; i++) expect(code(await register())).toBe('ok');
    expect(code(await register())).toBe('RATE_LIMITED');
    clock.advance(61 * 60 * 1000);
    expect(code(await register())).toBe('ok');
  });

  it('keeps no e-mail address or IP in the clear in bucket keys', async () => {
    const keys: { key: string }[] = await t.dataSource.query(`SELECT key FROM rate_limit_bucket`);
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) expect(key).toMatch(/^[a-zA-Z]+:[0-9a-f]{32}$/);
  });
});

describe('RATE_LIMIT_MULTIPLIER', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '2' } });
  });
  afterAll(() => t.close());

  it('scales the login limit', async () => {
    const user = await createUser(t);
    for (let i = 0; i < 20; i++) {
      expect(code(await t.graphql(LOGIN, { input: { email: user.email, password: 'nope nope' } }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect(code(await t.graphql(LOGIN, { input: { email: user.email, password: 'nope nope' } }))).toBe(
      'RATE_LIMITED',
    );
  });
});
