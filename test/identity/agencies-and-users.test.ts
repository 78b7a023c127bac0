import { AgenciesService, PublicAuthorsService } from '@thamvan/identity';
import { RequestLoaders } from '@thamvan/core';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApp, TestApp } from '../utils/test-app';
import { createAgency, createAgencyWithOfficer, createUser, TestUser } from '../utils/factories/identity';

type Res = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
const code = (res: Res) => (res.errors ? res.errors[0].extensions?.code : 'ok');

describe('agencies, officers and the admin user list', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await createUser(t, { role: 'ADMIN' });
  });
  afterAll(() => t.close());

  it('admins create agencies (code upper-cased, unique) and everyone lists them', async () => {
    const CREATE = `mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id code name kind } }`;
    const res = await t.graphql<{ createAgency: { id: string } }>(
      CREATE,
      { input: { code: ' btp ', name: 'Bộ  Tư pháp', kind: 'MINISTRY' } },
      { token: admin.accessToken },
    );
    expect(res.data?.createAgency).toMatchObject({ code: 'BTP', name: 'Bộ Tư pháp', kind: 'MINISTRY' });
    const dup = await t.graphql(
      CREATE,
      { input: { code: 'BTP', name: 'Khác' } },
      { token: admin.accessToken },
    );
    expect(code(dup)).toBe('CONFLICT');
    const list = await t.graphql<{ agencies: { code: string }[] }>(`{ agencies { id code name kind } }`);
    expect(list.data?.agencies.map((a) => a.code)).toContain('BTP');
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, action FROM audit_event WHERE target_id = $1`,
      [res.data!.createAgency.id],
    );
    expect(audit).toEqual({ actor_id: admin.id, action: 'agency.created' });
  });

  it('officer memberships travel in the access token and show on me', async () => {
    const { agency, officer } = await createAgencyWithOfficer(t, 'EDITOR');
    const me = await t.graphql<{ me: unknown }>(
      `{ me { roles memberships { role agency { id code name } } } }`,
      {},
      {
        token: officer.accessToken,
      },
    );
    expect(me.data?.me).toEqual({
      roles: ['CITIZEN'],
      memberships: [{ role: 'EDITOR', agency: { id: agency.id, code: agency.code, name: agency.name } }],
    });
    const payload = JSON.parse(
      Buffer.from(officer.accessToken.split('.')[1], 'base64url').toString(),
    ) as Record<string, unknown>;
    expect(payload).toMatchObject({
      sub: officer.id,
      roles: ['CITIZEN'],
      mem: [{ agencyId: agency.id, role: 'EDITOR' }],
    });
    expect(JSON.stringify(payload)).not.toContain(officer.email);
  });

  it('users: admins page through accounts and find one by e-mail; others are refused', async () => {
    const people = [await createUser(t), await createUser(t), await createUser(t)];
    const Q = `query ($first: Int, $after: String, $email: String) {
      users(first: $first, after: $after, email: $email) { totalCount edges { node { id email } } pageInfo { hasNextPage endCursor } }
    }`;
    type Page = {
      users: {
        totalCount: number;
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: { data?: Page } = await t.graphql<Page>(
        Q,
        { first: 2, after },
        { token: admin.accessToken },
      );
      seen.push(...res.data!.users.edges.map((e) => e.node.id));
      if (!res.data!.users.pageInfo.hasNextPage) break;
      after = res.data!.users.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const p of people) expect(seen).toContain(p.id);
    const one = await t.graphql<Page>(
      Q,
      { email: people[1].email.toUpperCase() },
      { token: admin.accessToken },
    );
    expect(one.data?.users.edges.map((e) => e.node.id)).toEqual([people[1].id]);
    expect(code(await t.graphql(Q, {}, { token: people[0].accessToken }))).toBe('FORBIDDEN');
    expect(code(await t.graphql(Q, {}))).toBe('UNAUTHENTICATED');
  });

  it('loaders batch: agencies and public authors for many ids cost one query each', async () => {
    const agencies = await Promise.all([createAgency(t), createAgency(t), createAgency(t)]);
    const users = await Promise.all([createUser(t), createUser(t, { kind: 'ORGANIZATION' })]);
    // Every SQL statement of every connection goes through PostgresQueryRunner#query.
    const query = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const loaders = new RequestLoaders();
      const agencyService = t.app.get(AgenciesService);
      const found = await Promise.all(
        agencies.map((a) => loaders.get(agencyService.agencyLoader).load(a.id)),
      );
      expect(found.map((a) => a?.code)).toEqual(agencies.map((a) => a.code));
      expect(query).toHaveBeenCalledTimes(1);
      const authors = t.app.get(PublicAuthorsService);
      const shown = await Promise.all(users.map((u) => loaders.get(authors.loader).load(u.id)));
      expect(shown.map((a) => a?.kind)).toEqual(['INDIVIDUAL', 'ORGANIZATION']);
      expect(query).toHaveBeenCalledTimes(2);
      // The same request asks again: served from the loader's cache.
      await loaders.get(agencyService.agencyLoader).load(agencies[0].id);
      expect(query).toHaveBeenCalledTimes(2);
    } finally {
      query.mockRestore();
    }
  });

  it('the e-mail of a User is only for the owner and admins', async () => {
    const { agency } = await createAgencyWithOfficer(t, 'RESPONDER');
    const member = await createUser(t);
    const ADD = `mutation ($a: ID!, $u: ID!) { addAgencyMember(agencyId: $a, userId: $u, role: EDITOR) { id code } }`;
    const res = await t.graphql(ADD, { a: agency.id, u: member.id }, { token: admin.accessToken });
    expect(res.data).toEqual({ addAgencyMember: { id: agency.id, code: agency.code } });
    // Granting twice changes nothing and is not an error.
    expect(code(await t.graphql(ADD, { a: agency.id, u: member.id }, { token: admin.accessToken }))).toBe(
      'ok',
    );
    const me = await t.graphql<{ me: { email: string } }>(
      `{ me { email } }`,
      {},
      { token: member.accessToken },
    );
    expect(me.data?.me.email).toBe(member.email);
  });
});
