import { DemoSeedRegistry, writeDemoCredentials } from '@thamvan/core';
import {
  AgenciesService,
  AgencyKind,
  AgencyRole,
  toUserObject,
  UsersService,
  UserObject,
} from '@thamvan/identity';
import { DataSource } from 'typeorm';
import { CliCommand, CliError, requireFlag } from '../cli-context';
import { withNestContext } from '../nest-context';

function oneOf<T extends string>(
  value: string | true | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value.toUpperCase() as T)) {
    throw new CliError(`--${flag} must be one of ${allowed.join(', ')}`);
  }
  return value.toUpperCase() as T;
}

/** What the CLI prints for a user: never the password or its hash. */
function printable(user: UserObject) {
  const { issuedToOwner: _owner, ...rest } = user;
  return rest;
}

export const createUserCommand: CliCommand = {
  name: 'create-user',
  usage: 'create-user --email E --password P --display-name D [--role ADMIN|MODERATOR]',
  description: 'create an account (the first admin is created this way)',
  async run(ctx) {
    const email = requireFlag(ctx, 'email');
    const password = requireFlag(ctx, 'password');
    const displayName = requireFlag(ctx, 'display-name');
    const role = oneOf(ctx.flags.role, ['ADMIN', 'MODERATOR'] as const, 'role');
    return withNestContext(ctx, async (app) => {
      const user = await app
        .get(DataSource)
        .transaction((manager) =>
          app.get(UsersService).create(manager, { email, password, displayName, roles: role ? [role] : [] }),
        );
      return printable(toUserObject(user));
    });
  },
};

export const createAgencyCommand: CliCommand = {
  name: 'create-agency',
  usage: 'create-agency --code C --name N [--kind MINISTRY|PROVINCE|NATIONAL_ASSEMBLY|OTHER]',
  description: 'create a drafting agency',
  async run(ctx) {
    const code = requireFlag(ctx, 'code');
    const name = requireFlag(ctx, 'name');
    const kind = oneOf(ctx.flags.kind, Object.values(AgencyKind), 'kind');
    return withNestContext(ctx, (app) => app.get(AgenciesService).createAs(null, { code, name, kind }));
  },
};

export const addOfficerCommand: CliCommand = {
  name: 'add-officer',
  usage: 'add-officer --email E --agency CODE [--role EDITOR|RESPONDER]',
  description: 'make an existing account an officer of an agency (EDITOR by default)',
  async run(ctx) {
    const email = requireFlag(ctx, 'email');
    const code = requireFlag(ctx, 'agency');
    const role = oneOf(ctx.flags.role, Object.values(AgencyRole), 'role') ?? AgencyRole.EDITOR;
    return withNestContext(ctx, async (app) => {
      const user = await app.get(UsersService).findByEmail(email);
      if (!user) throw new CliError('no account has that e-mail address');
      const agencies = app.get(AgenciesService);
      const agency = await agencies.findByCode(code);
      if (!agency) throw new CliError(`no agency has code ${code.toUpperCase()}`);
      await agencies.addMemberAs(null, agency.id, user.id, role);
      return { userId: user.id, agencyId: agency.id, agencyCode: agency.code, role };
    });
  },
};

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  usage: 'seed-demo',
  description: 'create the demo accounts and data (npm start does this on an empty database)',
  async run(ctx) {
    return withNestContext(ctx, async (app) => {
      const { context } = await app.get(DemoSeedRegistry).run({ onlyIfEmpty: false });
      const file = writeDemoCredentials(ctx.config.dataDir, context.accounts);
      return { accounts: context.accounts, agencyId: context.agencyId ?? null, credentialsFile: file };
    });
  },
};
