import { DELETED_USER_NAME, PublicAuthorsService } from '@thamvan/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { addOfficer, createAgency, createUser, login } from '../utils/factories/identity';

const MY_DATA = `{ myData }`;
const DELETE = `mutation ($p: String!) { deleteMyAccount(password: $p) }`;

type Res = { data?: unknown; errors?: { extensions?: { code?: string } }[] };
const code = (res: Res) => (res.errors ? res.errors[0].extensions?.code : 'ok');

describe('personal-data rights: myData and deleteMyAccount', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('myData returns everything stored about the requester, without secrets', async () => {
    const user = await createUser(t, { province: 'Bình Dương', displayName: 'Phạm Thu Hà' });
    const agency = await createAgency(t);
    const officer = await addOfficer(t, agency, user, 'RESPONDER');
    expect(code(await t.graphql(MY_DATA))).toBe('UNAUTHENTICATED');
    const res = await t.graphql<{ myData: Record<string, unknown> }>(
      MY_DATA,
      {},
      { token: officer.accessToken },
    );
    expect(res.errors).toBeUndefined();
    const data = res.data!.myData;
    expect(data).toMatchObject({
      userId: user.id,
      account: {
        id: user.id,
        email: user.email,
        displayName: 'Phạm Thu Hà',
        province: 'TP. Hồ Chí Minh',
        roles: ['CITIZEN'],
        hasPassword: true,
      },
      agencyMemberships: [{ agencyId: agency.id, role: 'RESPONDER' }],
    });
    expect((data.sessions as unknown[]).length).toBeGreaterThanOrEqual(2);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/scrypt|passwordHash|tokenHash|token_hash/);
    expect(text).not.toContain(officer.refreshToken);
  });

  it('deleteMyAccount erases the person but keeps an anonymous author, with outbox and audit records', async () => {
    const user = await createUser(t, {
      kind: 'ORGANIZATION',
      organizationName: 'Công ty Luật ABC',
      province: 'Huế',
    });
    const other = await login(t, user.email, user.password);
    expect(code(await t.graphql(DELETE, { p: 'not the password' }, { token: user.accessToken }))).toBe(
      'UNAUTHENTICATED',
    );
    expect((await t.graphql(DELETE, { p: user.password }, { token: user.accessToken })).data).toEqual({
      deleteMyAccount: true,
    });

    const [row] = await t.dataSource.query(`SELECT * FROM app_user WHERE id = $1`, [user.id]);
    expect(row).toMatchObject({
      email: null,
      email_normalized: null,
      password_hash: null,
      display_name: DELETED_USER_NAME,
      organization_name: null,
      province: null,
    });
    expect(row.deleted_at).toBeInstanceOf(Date);

    const authors = await t.app.get(PublicAuthorsService).findByUserIds([user.id]);
    expect(authors.get(user.id)).toEqual({
      displayName: 'Người dùng đã xóa',
      kind: 'ORGANIZATION',
      organizationName: null,
      province: null,
      verified: false,
    });

    const events = await t.dataSource.query(
      `SELECT topic, payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`,
      [user.id],
    );
    // session.ended: live sockets of every session of the account are disconnected.
    expect(events).toEqual([
      { topic: 'session.ended', payload: { userId: user.id } },
      { topic: 'user.deleted', payload: { userId: user.id } },
    ]);
    const audits = await t.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1`, [user.id]);
    expect(audits).toEqual([{ action: 'user.deleted' }]);

    // Every session ended; the address is free and the old password opens nothing.
    for (const tokens of [user, other]) {
      expect(code(await t.graphql(`{ me { id } }`, {}, { token: tokens.accessToken }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    await expect(login(t, user.email, user.password)).rejects.toThrow('UNAUTHENTICATED');
    const again = await createUser(t, { email: user.email });
    expect(again.id).not.toBe(user.id);
  });
});
