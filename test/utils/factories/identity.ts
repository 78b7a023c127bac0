import { AgencyObject, AgencyRole, AgenciesService, AuthorKindName, UsersService } from '@thamvan/identity';
import { GlobalRole } from '@thamvan/core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TestApp } from '../test-app';

/**
 * Identity factories for end-to-end tests of every feature. Accounts and agencies are made
 * through the real services (not raw SQL, and not the rate-limited `register`); tokens come
 * from a real `login` over HTTP, so what a test holds is what a client would hold.
 *
 *   const citizen = await createUser(t);
 *   const admin = await createUser(t, { role: 'ADMIN' });
 *   const { agency, officer } = await createAgencyWithOfficer(t, 'EDITOR');
 *   await t.graphql(query, variables, { token: officer.accessToken });
 */
export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  accessToken: string;
  refreshToken: string;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        id
      }
    }
  }
`;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.vn`;
}

export async function createUser(
  t: TestApp,
  options: {
    role?: Exclude<GlobalRole, 'CITIZEN'>;
    kind?: AuthorKindName;
    email?: string;
    password?: string;
    displayName?: string;
    organizationName?: string;
    province?: string;
  } = {},
): Promise<TestUser> {
  const email =
    options.email ?? uniqueEmail(options.role?.toLowerCase() ?? options.kind?.toLowerCase() ?? 'citizen');
  const password = options.password ?? `pw-${randomBytes(8).toString('hex')}`;
  const displayName = options.displayName ?? `Người dùng ${randomBytes(2).toString('hex')}`;
  const kind = options.kind ?? 'INDIVIDUAL';
  const user = await t.app.get(DataSource).transaction((manager) =>
    t.app.get(UsersService).create(manager, {
      email,
      password,
      displayName,
      kind,
      organizationName: kind === 'ORGANIZATION' ? (options.organizationName ?? 'Hiệp hội Thử nghiệm') : null,
      province: options.province ?? null,
      roles: options.role ? [options.role] : [],
    }),
  );
  const tokens = await login(t, email, password);
  return { id: user.id, email, password, displayName, ...tokens };
}

/** Signs in over HTTP; throws with the error code when refused. */
export async function login(t: TestApp, email: string, password: string): Promise<Tokens> {
  const res = await t.graphql<{ login: Tokens }>(LOGIN, { input: { email, password } });
  if (!res.data?.login) throw new Error(`login failed: ${res.errors?.[0]?.extensions?.code ?? res.status}`);
  return { accessToken: res.data.login.accessToken, refreshToken: res.data.login.refreshToken };
}

export async function createAgency(
  t: TestApp,
  options: { code?: string; name?: string } = {},
): Promise<AgencyObject> {
  const code = options.code ?? `A${randomBytes(3).toString('hex').toUpperCase()}`;
  return t.app.get(AgenciesService).createAs(null, { code, name: options.name ?? `Cơ quan ${code}` });
}

/**
 * Makes `user` an officer of `agency`. Roles travel in the access token, so the returned
 * user holds fresh tokens that carry the membership.
 */
export async function addOfficer(
  t: TestApp,
  agency: AgencyObject,
  user: TestUser,
  role: `${AgencyRole}`,
): Promise<TestUser> {
  await t.app.get(AgenciesService).addMemberAs(null, agency.id, user.id, role as AgencyRole);
  return { ...user, ...(await login(t, user.email, user.password)) };
}

/** A new agency and a new account holding `role` in it, signed in. */
export async function createAgencyWithOfficer(
  t: TestApp,
  role: `${AgencyRole}` = 'EDITOR',
  options: { code?: string } = {},
): Promise<{ agency: AgencyObject; officer: TestUser }> {
  const agency = await createAgency(t, options);
  const officer = await addOfficer(t, agency, await createUser(t), role);
  return { agency, officer };
}
