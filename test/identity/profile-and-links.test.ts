import { createUser, uniqueEmail } from '../utils/factories/identity';
import { tokenIn, waitForMail } from '../utils/mail';
import { startTestApp, TestApp } from '../utils/test-app';

const UPDATE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) { id displayName kind organizationName province }
}`;
type Res = { errors?: { extensions?: { code?: string; field?: string } }[] };
const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;

describe('the public profile (updateProfile)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
  });
  afterAll(() => t.close());

  it('changes what is given, keeps the rest, and comments show it at once', async () => {
    const user = await createUser(t, { province: 'Hà Nội' });
    const res = await t.graphql(
      UPDATE,
      { input: { displayName: '  Lê Thị   Hoa ' } },
      { token: user.accessToken },
    );
    expect(res.data).toEqual({
      updateProfile: {
        id: user.id,
        displayName: 'Lê Thị Hoa',
        kind: 'INDIVIDUAL',
        organizationName: null,
        province: 'Hà Nội',
      },
    });
    // Former province names and unaccented ones resolve as at registration; '' clears it.
    const moved = await t.graphql(UPDATE, { input: { province: 'bac lieu' } }, { token: user.accessToken });
    expect(moved.data).toMatchObject({ updateProfile: { province: 'Cà Mau' } });
    const cleared = await t.graphql(UPDATE, { input: { province: '' } }, { token: user.accessToken });
    expect(cleared.data).toMatchObject({ updateProfile: { province: null } });
    const [audit] = await t.dataSource.query(
      `SELECT data FROM audit_event WHERE action = 'user.profile_updated' AND target_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [user.id],
    );
    expect(audit.data).toEqual({ fields: ['province'] });
    // The search index (author facets) and exports hear of it.
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE topic = 'user.updated' AND payload->>'userId' = $1`,
      [user.id],
    );
    expect(n).toBe(3);
  });

  it('asks an organisation for its name, and forgets it when the account becomes an individual', async () => {
    const user = await createUser(t);
    const missing = await t.graphql(UPDATE, { input: { kind: 'ORGANIZATION' } }, { token: user.accessToken });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.extensions?.field).toBe('organizationName');
    const org = await t.graphql(
      UPDATE,
      { input: { kind: 'ORGANIZATION', organizationName: 'Hội Luật gia tỉnh' } },
      { token: user.accessToken },
    );
    expect(org.data).toMatchObject({
      updateProfile: { kind: 'ORGANIZATION', organizationName: 'Hội Luật gia tỉnh' },
    });
    const back = await t.graphql(UPDATE, { input: { kind: 'INDIVIDUAL' } }, { token: user.accessToken });
    expect(back.data).toMatchObject({ updateProfile: { kind: 'INDIVIDUAL', organizationName: null } });
  });

  it('refuses bad values with the field named, and the anonymous', async () => {
    const user = await createUser(t);
    for (const [input, field] of [
      [{ displayName: 'A' }, 'displayName'],
      [{ province: 'Atlantis' }, 'province'],
      [{ organizationName: 'x' }, 'organizationName'],
    ] as const) {
      const res = await t.graphql(UPDATE, { input }, { token: user.accessToken });
      expect([codeOf(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(codeOf(await t.graphql(UPDATE, { input: { displayName: 'Ai đó' } }))).toBe('UNAUTHENTICATED');
  });
});

describe('links in account mails (PUBLIC_URL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://thamvan.example.vn/' } });
  });
  afterAll(() => t.close());

  it('point at the web pages that take the token, on the public address', async () => {
    const email = uniqueEmail('lienket');
    const registered = await t.graphql(
      `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`,
      { input: { email, password: 'mat khau du dai 1', displayName: 'Người thử liên kết' } },
    );
    expect(registered.errors).toBeUndefined();
    const verification = await waitForMail(t.config.dataDir, email, /Xác nhận/);
    const token = tokenIn(verification);
    expect(verification.text).toContain(`https://thamvan.example.vn/xac-minh-email?token=${token}`);

    await t.graphql(`mutation ($e: String!) { requestPasswordReset(email: $e) }`, { e: email });
    const reset = await waitForMail(t.config.dataDir, email, /Đặt lại mật khẩu/);
    expect(reset.text).toContain(`https://thamvan.example.vn/dat-lai-mat-khau?token=${tokenIn(reset)}`);
  });

  it('default to the local address the server listens on', async () => {
    const local = await startTestApp();
    try {
      const user = await createUser(local);
      await local.graphql(`mutation ($e: String!) { requestPasswordReset(email: $e) }`, { e: user.email });
      const mail = await waitForMail(local.config.dataDir, user.email, /Đặt lại mật khẩu/);
      const port = new URL(local.url).port;
      expect(mail.text).toContain(`http://localhost:${port}/dat-lai-mat-khau?token=`);
    } finally {
      await local.close();
    }
  });
});
