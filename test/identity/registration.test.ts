import { Clock as ClockRef } from '@thamvan/core';
import { startTestApp, TestApp } from '../utils/test-app';
import { createUser, uniqueEmail } from '../utils/factories/identity';
import { mailsInDir, tokenIn, waitForMail } from '../utils/mail';

const REGISTER = `mutation ($input: RegisterInput!) {
  register(input: $input) {
    accessToken refreshToken accessTokenExpiresAt
    user { id email displayName kind roles emailVerified verificationLevel organizationName province memberships { role } }
  }
}`;
const VERIFY = `mutation ($t: String!) { verifyEmail(token: $t) { id email emailVerified verificationLevel } }`;
const RESEND = `mutation { requestEmailVerification }`;
const REQUEST_RESET = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const ME = `{ me { id } }`;

type Res = { data?: unknown; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
const code = (res: Res) => (res.errors ? res.errors[0].extensions?.code : 'ok');

describe('registration, e-mail verification and password reset (file mail sink)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The production cost, whose hashes this file checks (other files use a cheaper one).
    t = await startTestApp({ env: { PASSWORD_HASH_COST: '15' } });
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    email: uniqueEmail('dangky'),
    password: 'mật khẩu đủ dài',
    displayName: '  Trần   Thị Bình ',
    ...over,
  });

  it('registers a citizen, signs them in, stores the canonical province and records consent', async () => {
    const email = uniqueEmail('Binh.Tran').replace('binh', 'Binh');
    const res = await t.graphql<{ register: { user: Record<string, unknown>; accessToken: string } }>(
      REGISTER,
      {
        input: input({ email, province: 'tinh nam dinh' }),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.register.user).toMatchObject({
      email,
      displayName: 'Trần Thị Bình',
      kind: 'INDIVIDUAL',
      roles: ['CITIZEN'],
      emailVerified: false,
      verificationLevel: 'NONE',
      organizationName: null,
      province: 'Ninh Bình',
      memberships: [],
    });
    const [row] = await t.dataSource.query(
      `SELECT accepted_terms_version, accepted_terms_at, password_hash FROM app_user WHERE id = $1`,
      [res.data!.register.user.id],
    );
    expect(row.accepted_terms_version).toBe('2025-07-01');
    expect(row.accepted_terms_at).toBeInstanceOf(Date);
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const me = await t.graphql(ME, {}, { token: res.data!.register.accessToken });
    expect(me.data).toEqual({ me: { id: res.data!.register.user.id } });
  });

  it('registers an organisation, which needs its organisation name', async () => {
    expect(code(await t.graphql(REGISTER, { input: input({ kind: 'ORGANIZATION' }) }))).toBe(
      'BAD_USER_INPUT',
    );
    const res = await t.graphql<{ register: { user: { kind: string; organizationName: string } } }>(
      REGISTER,
      {
        input: input({ kind: 'ORGANIZATION', organizationName: 'Hội Luật gia Việt Nam' }),
      },
    );
    expect(res.data?.register.user).toMatchObject({
      kind: 'ORGANIZATION',
      organizationName: 'Hội Luật gia Việt Nam',
    });
  });

  it.each([
    ['a short password', { password: 'ngắn' }, 'password'],
    ['the e-mail as password', { email: 'same@example.vn', password: 'SAME@example.vn' }, 'password'],
    ['a malformed e-mail', { email: 'not-an-email' }, 'email'],
    ['an unknown province', { province: 'Atlantis' }, 'province'],
    ['a one-letter name', { displayName: 'A' }, 'displayName'],
    ['outdated terms', { acceptedTermsVersion: '2019-01-01' }, 'acceptedTermsVersion'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, over, field) => {
    const res = await t.graphql(REGISTER, { input: input(over) });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field).toBe(field);
  });

  it('refuses a taken e-mail in any case with CONFLICT, without echoing the address', async () => {
    const existing = await createUser(t);
    const res = await t.graphql(REGISTER, { input: input({ email: `  ${existing.email.toUpperCase()} ` }) });
    expect(code(res)).toBe('CONFLICT');
    expect(JSON.stringify(res)).not.toContain(existing.email.split('@')[0]);
  });

  it('mails a single-use verification token that raises the level to EMAIL', async () => {
    const email = uniqueEmail('verify');
    await t.graphql(REGISTER, { input: input({ email }) });
    const mail = await waitForMail(t.config.dataDir, email, /Xác nhận/);
    const token = tokenIn(mail);
    const res = await t.graphql(VERIFY, { t: token });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({
      verifyEmail: { email, emailVerified: true, verificationLevel: 'EMAIL' },
    });
    expect(code(await t.graphql(VERIFY, { t: token }))).toBe('BAD_USER_INPUT');
    expect(code(await t.graphql(VERIFY, { t: 'x'.repeat(43) }))).toBe('BAD_USER_INPUT');
    const [stored] = await t.dataSource.query(
      `SELECT token_hash FROM account_token WHERE purpose = 'VERIFY_EMAIL' LIMIT 1`,
    );
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const events = await t.dataSource.query(`SELECT topic FROM outbox_event WHERE topic = 'user.updated'`);
    expect(events.length).toBeGreaterThan(0);
  });

  it('verification tokens expire after 24 hours; a new one can be requested', async () => {
    const email = uniqueEmail('late');
    const reg = await t.graphql<{ register: { accessToken: string } }>(REGISTER, { input: input({ email }) });
    const token = tokenIn(await waitForMail(t.config.dataDir, email, /Xác nhận/));
    t.app.get(ClockRef).advance(24 * 3600 * 1000 + 1000);
    try {
      expect(code(await t.graphql(VERIFY, { t: token }))).toBe('BAD_USER_INPUT');
    } finally {
      t.app.get(ClockRef).advance(-(24 * 3600 * 1000 + 1000));
    }
    expect(code(await t.graphql(RESEND))).toBe('UNAUTHENTICATED');
    expect((await t.graphql(RESEND, {}, { token: reg.data!.register.accessToken })).data).toEqual({
      requestEmailVerification: true,
    });
    const second = tokenIn(await waitForMail(t.config.dataDir, email, /Xác nhận/, 2));
    expect(second).not.toBe(token);
    expect((await t.graphql(VERIFY, { t: second })).data).toMatchObject({
      verifyEmail: { emailVerified: true },
    });
  });

  it('password reset: always true, mails only real accounts, single use, ends every session', async () => {
    const user = await createUser(t);
    const before = mailsInDir(t.config.dataDir).length;
    const unknown = await t.graphql(REQUEST_RESET, { e: uniqueEmail('ghost') });
    expect(unknown).toEqual({ status: 200, data: { requestPasswordReset: true } });
    const known = await t.graphql(REQUEST_RESET, { e: user.email.toUpperCase() });
    expect(known).toEqual({ status: 200, data: { requestPasswordReset: true } });
    const mail = await waitForMail(t.config.dataDir, user.email, /Đặt lại mật khẩu/);
    expect(mailsInDir(t.config.dataDir).length).toBe(before + 1);
    const token = tokenIn(mail);

    const weak = await t.graphql(RESET, { t: token, p: 'short' });
    expect(code(weak)).toBe('BAD_USER_INPUT');
    // A refused weak password leaves the token usable.
    expect((await t.graphql(RESET, { t: token, p: 'một mật khẩu mới dài' })).data).toEqual({
      resetPassword: true,
    });
    expect(code(await t.graphql(RESET, { t: token, p: 'yet another new password' }))).toBe('BAD_USER_INPUT');

    expect(code(await t.graphql(ME, {}, { token: user.accessToken }))).toBe('UNAUTHENTICATED');
    const old = await t.graphql(LOGIN, { input: { email: user.email, password: user.password } });
    expect(code(old)).toBe('UNAUTHENTICATED');
    const fresh = await t.graphql(LOGIN, { input: { email: user.email, password: 'một mật khẩu mới dài' } });
    expect(code(fresh)).toBe('ok');
  });

  it('reset tokens expire after one hour', async () => {
    const user = await createUser(t);
    await t.graphql(REQUEST_RESET, { e: user.email });
    const token = tokenIn(await waitForMail(t.config.dataDir, user.email, /Đặt lại mật khẩu/));
    t.app.get(ClockRef).advance(3600 * 1000 + 1000);
    try {
      expect(code(await t.graphql(RESET, { t: token, p: 'too late password' }))).toBe('BAD_USER_INPUT');
    } finally {
      t.app.get(ClockRef).advance(-(3600 * 1000 + 1000));
    }
  });
});
