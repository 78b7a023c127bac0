import { CountingLogger } from '@thamvan/core';
import { startTestApp, TestApp } from '../utils/test-app';
import { addOfficer, createAgency, createUser, login, TestUser } from '../utils/factories/identity';

type Res = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
const code = (res: Res) => (res.errors ? res.errors[0].extensions?.code : 'ok');

interface Member {
  userId: string;
  displayName: string;
  email: string | null;
  role: string;
}

const MEMBERS = `query { agencies { id members { userId displayName email role since } } }`;
const REMOVE = `mutation ($a: ID!, $u: ID!, $r: AgencyRole!) { removeAgencyMember(agencyId: $a, userId: $u, role: $r) { id } }`;
const GRANT = `mutation ($u: ID!, $r: GrantableRole!) { grantRole(userId: $u, role: $r) { id roles } }`;
const REVOKE = `mutation ($u: ID!, $r: GrantableRole!) { revokeRole(userId: $u, role: $r) { id roles } }`;

describe('officers of an agency, removing them, granting and revoking global roles', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await createUser(t, { role: 'ADMIN' });
  });
  afterAll(() => t.close());

  const audits = (targetId: string) =>
    t.dataSource.query(
      `SELECT actor_id AS "actorId", action, data FROM audit_event WHERE target_id = $1 ORDER BY id`,
      [targetId],
    );
  const membersOf = async (agencyId: string, token?: string) => {
    const res = await t.graphql<{ agencies: { id: string; members: Member[] | null }[] }>(
      MEMBERS,
      {},
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.agencies.find((a) => a.id === agencyId)!.members;
  };

  it('lists an agency’s officers for admins (with e-mails) and its EDITORs (without), null for others, one query for every agency', async () => {
    const agency = await createAgency(t);
    const other = await createAgency(t);
    const editor = await addOfficer(t, agency, await createUser(t, { displayName: 'Biên tập' }), 'EDITOR');
    const responder = await addOfficer(
      t,
      agency,
      await createUser(t, { displayName: 'Trả lời' }),
      'RESPONDER',
    );
    const otherEditor = await addOfficer(t, other, await createUser(t), 'EDITOR');

    const seenByAdmin = await membersOf(agency.id, admin.accessToken);
    expect(seenByAdmin).toEqual([
      {
        userId: editor.id,
        displayName: 'Biên tập',
        email: editor.email,
        role: 'EDITOR',
        since: expect.any(String),
      },
      {
        userId: responder.id,
        displayName: 'Trả lời',
        email: responder.email,
        role: 'RESPONDER',
        since: expect.any(String),
      },
    ]);
    // The agency's editor sees names and roles; e-mail addresses only their own.
    expect((await membersOf(agency.id, editor.accessToken))!.map((m) => m.email)).toEqual([
      editor.email,
      null,
    ]);
    for (const token of [responder.accessToken, otherEditor.accessToken, undefined]) {
      expect(await membersOf(agency.id, token)).toBeNull();
    }

    const logger = t.dataSource.logger as CountingLogger;
    const queries = async (query: string) => {
      const before = logger.queryCount;
      expect((await t.graphql(query, {}, { token: admin.accessToken })).errors).toBeUndefined();
      return logger.queryCount - before;
    };
    // Every agency's officers in one more query (a DataLoader), however many agencies.
    expect(await queries(MEMBERS)).toBe((await queries(`{ agencies { id } }`)) + 1);
  });

  it('removeAgencyMember withdraws one role, audited, and ends the officer’s sessions; again it changes nothing', async () => {
    const agency = await createAgency(t);
    let officer = await addOfficer(t, agency, await createUser(t), 'EDITOR');
    officer = await addOfficer(t, agency, officer, 'RESPONDER');
    const vars = { a: agency.id, u: officer.id, r: 'EDITOR' };
    expect(code(await t.graphql(REMOVE, vars, { token: officer.accessToken }))).toBe('FORBIDDEN');
    expect(code(await t.graphql(REMOVE, vars, { token: admin.accessToken }))).toBe('ok');
    expect((await membersOf(agency.id, admin.accessToken))!.map((m) => m.role)).toEqual(['RESPONDER']);
    // The old token carried EDITOR: it stops working now, not at its next refresh.
    expect(code(await t.graphql(`{ me { id } }`, {}, { token: officer.accessToken }))).toBe(
      'UNAUTHENTICATED',
    );
    const fresh = await login(t, officer.email, officer.password);
    const me = await t.graphql<{ me: { memberships: { role: string }[] } }>(
      `{ me { memberships { role } } }`,
      {},
      { token: fresh.accessToken },
    );
    expect(me.data!.me.memberships).toEqual([{ role: 'RESPONDER' }]);
    expect(code(await t.graphql(REMOVE, vars, { token: admin.accessToken }))).toBe('ok');
    expect(await audits(agency.id)).toContainEqual({
      actorId: admin.id,
      action: 'agency.member_removed',
      data: { userId: officer.id, role: 'EDITOR' },
    });
    expect(
      (await audits(agency.id)).filter((a: { action: string }) => a.action === 'agency.member_removed'),
    ).toHaveLength(1);
    for (const bad of [
      { ...vars, a: 'nope' },
      { ...vars, u: '00000000-0000-4000-8000-000000000000' },
    ]) {
      expect(code(await t.graphql(REMOVE, bad, { token: admin.accessToken }))).toBe('NOT_FOUND');
    }
  });

  it('grantRole and revokeRole: admins only, audited, the revoked user signed out; the last admin stays one', async () => {
    const user = await createUser(t);
    expect(code(await t.graphql(GRANT, { u: user.id, r: 'MODERATOR' }, { token: user.accessToken }))).toBe(
      'FORBIDDEN',
    );
    const granted = await t.graphql<{ grantRole: { roles: string[] } }>(
      GRANT,
      { u: user.id, r: 'MODERATOR' },
      { token: admin.accessToken },
    );
    expect(granted.data!.grantRole.roles).toEqual(['CITIZEN', 'MODERATOR']);
    // Granting again changes nothing (and records nothing).
    await t.graphql(GRANT, { u: user.id, r: 'MODERATOR' }, { token: admin.accessToken });
    const moderator = { ...user, ...(await login(t, user.email, user.password)) };
    expect(
      code(await t.graphql(`{ moderationQueue { totalCount } }`, {}, { token: moderator.accessToken })),
    ).toBe('ok');

    const revoked = await t.graphql<{ revokeRole: { roles: string[] } }>(
      REVOKE,
      { u: user.id, r: 'MODERATOR' },
      { token: admin.accessToken },
    );
    expect(revoked.data!.revokeRole.roles).toEqual(['CITIZEN']);
    expect(code(await t.graphql(`{ me { id } }`, {}, { token: moderator.accessToken }))).toBe(
      'UNAUTHENTICATED',
    );
    const citizen = await login(t, user.email, user.password);
    expect(
      code(await t.graphql(`{ moderationQueue { totalCount } }`, {}, { token: citizen.accessToken })),
    ).toBe('FORBIDDEN');
    expect(await audits(user.id)).toEqual([
      { actorId: admin.id, action: 'user.role_granted', data: { role: 'MODERATOR' } },
      { actorId: admin.id, action: 'user.role_revoked', data: { role: 'MODERATOR' } },
    ]);
    expect(code(await t.graphql(GRANT, { u: user.id, r: 'CITIZEN' }, { token: admin.accessToken }))).toBe(
      'BAD_USER_INPUT',
    );

    // The only admin of this database cannot revoke their own ADMIN role.
    expect(code(await t.graphql(REVOKE, { u: admin.id, r: 'ADMIN' }, { token: admin.accessToken }))).toBe(
      'CONFLICT',
    );
    const second = await createUser(t);
    await t.graphql(GRANT, { u: second.id, r: 'ADMIN' }, { token: admin.accessToken });
    const secondAdmin = { ...second, ...(await login(t, second.email, second.password)) };
    expect(
      code(await t.graphql(REVOKE, { u: admin.id, r: 'ADMIN' }, { token: secondAdmin.accessToken })),
    ).toBe('ok');
    expect(
      code(await t.graphql(REVOKE, { u: second.id, r: 'ADMIN' }, { token: secondAdmin.accessToken })),
    ).toBe('CONFLICT');
    // Put things back for the other tests of this file.
    await t.graphql(GRANT, { u: admin.id, r: 'ADMIN' }, { token: secondAdmin.accessToken });
    admin = { ...admin, ...(await login(t, admin.email, admin.password)) };
  });
});
