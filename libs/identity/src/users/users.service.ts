import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AuditService,
  BadInputError,
  cleanLine,
  Clock,
  ConflictError,
  Connection,
  GlobalRole,
  keysetPage,
  OutboxService,
  requireRole,
  requireViewer,
  UnauthenticatedError,
  Viewer,
} from '@thamvan/core';
import { validateInput } from '../common/validate-input';
import { EntityManager, Repository } from 'typeorm';
import { isUniqueViolation } from '../common/pg-errors';
import { normalizeEmail } from '../common/text';
import { PasswordHasher } from '../passwords/password-hasher';
import { checkPassword } from '../passwords/password-policy';
import { provinceFromInput } from '../provinces/provinces';
import { AuthorKind } from './dto/identity.enums';
import { toUserObject, UserObject } from './dto/user.object';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UsersArgs } from './dto/users.args';
import { AuthorKindName, UserEntity } from './entities/user.entity';

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  kind?: AuthorKindName;
  organizationName?: string | null;
  /** As typed: current or former province name, resolved here. */
  province?: string | null;
  roles?: GlobalRole[];
  acceptedTermsVersion?: string | null;
}

/** Accounts: creation (registration, CLI, seed), lookup, the admin list. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Creates an account inside the caller's transaction. The e-mail must be free (CONFLICT
   * otherwise, with no address in the message); the password must pass the policy.
   */
  async create(manager: EntityManager, data: NewUser): Promise<UserEntity> {
    const email = data.email.normalize('NFC').trim();
    checkPassword(data.password, email);
    const province = provinceFromInput(data.province);
    const emailNormalized = normalizeEmail(email);
    if (await manager.exists(UserEntity, { where: { emailNormalized } })) throw accountExists();
    const roles = new Set<GlobalRole>(['CITIZEN', ...(data.roles ?? [])]);
    const kind = data.kind ?? AuthorKind.INDIVIDUAL;
    const user = manager.create(UserEntity, {
      email,
      emailNormalized,
      passwordHash: await this.hasher.hash(data.password),
      displayName: cleanLine(data.displayName),
      kind,
      organizationName:
        kind === 'ORGANIZATION' && data.organizationName ? cleanLine(data.organizationName) : null,
      province,
      roles: [...roles],
      acceptedTermsVersion: data.acceptedTermsVersion ?? null,
      acceptedTermsAt: data.acceptedTermsVersion ? this.clock.now() : null,
    });
    try {
      return await manager.save(user);
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_email_normalized_key')) throw accountExists();
      throw error;
    }
  }

  findById(id: string, manager: EntityManager = this.users.manager): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { id } });
  }

  /** A live (not deleted) account by e-mail, in any case. */
  findByEmail(email: string, manager: EntityManager = this.users.manager): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { emailNormalized: normalizeEmail(email) } });
  }

  async me(viewer: Viewer | null): Promise<UserObject | null> {
    if (!viewer) return null;
    const user = await this.findById(viewer.userId);
    return user && !user.deletedAt ? toUserObject(user, true) : null;
  }

  /** Administrators look accounts up (e.g. to make someone an officer); newest first. */
  async list(viewer: Viewer | null, args: UsersArgs): Promise<Connection<UserObject>> {
    requireRole(viewer, 'ADMIN');
    const page = keysetPage<UserEntity>(args, (u) => [u.createdAt.toISOString(), u.id], [
      'timestamp',
      'uuid',
    ]);
    const query = this.users.createQueryBuilder('u').where('u.deleted_at IS NULL');
    if (args.email) query.andWhere('u.email_normalized = :email', { email: normalizeEmail(args.email) });
    const total = await query.clone().getCount();
    if (page.after) {
      query.andWhere('(u.created_at, u.id) < (:at::timestamptz, :id::uuid)', {
        at: page.after[0],
        id: page.after[1],
      });
    }
    const rows = await query
      .orderBy('u.created_at', 'DESC')
      .addOrderBy('u.id', 'DESC')
      .limit(page.limit)
      .getMany();
    const connection = page.finish(rows, total);
    return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: toUserObject(e.node) })) };
  }

  /**
   * The signed-in person changes their public profile (name, kind, organisation, province),
   * with the rules of registration. Comments show it at once (authors are read, not copied);
   * the search index and exports follow through `user.updated`. Audited with the names of the
   * fields changed.
   */
  async updateProfile(viewer: Viewer | null, raw: UpdateProfileInput): Promise<UserObject> {
    const { userId } = requireViewer(viewer);
    const input = await validateInput(UpdateProfileInput, raw);
    return this.users.manager.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, {
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user || user.deletedAt) throw new UnauthenticatedError();
      const changes: Partial<UserEntity> = {};
      if (input.displayName) changes.displayName = cleanLine(input.displayName);
      const kind: AuthorKindName = input.kind ?? user.kind;
      if (kind !== user.kind) changes.kind = kind;
      if (kind === 'ORGANIZATION') {
        const organizationName = input.organizationName
          ? cleanLine(input.organizationName)
          : user.organizationName;
        if (!organizationName) {
          throw new BadInputError('organizationName is required for an organisation', 'organizationName');
        }
        if (organizationName !== user.organizationName) changes.organizationName = organizationName;
      } else if (user.organizationName) {
        changes.organizationName = null;
      }
      if (input.province !== undefined && input.province !== null) {
        const province = input.province.trim() ? provinceFromInput(input.province) : null;
        if (province !== user.province) changes.province = province;
      }
      if (typeof input.notifyOnAnswers === 'boolean') changes.notifyAnswers = input.notifyOnAnswers;
      const changed = Object.keys(changes).filter(
        (k) => changes[k as keyof UserEntity] !== user[k as keyof UserEntity],
      );
      if (changed.length) {
        await manager.update(UserEntity, { id: userId }, changes);
        await this.audit.record(manager, {
          actorId: userId,
          actorRole: 'CITIZEN',
          action: 'user.profile_updated',
          targetType: 'user',
          targetId: userId,
          data: { fields: changed },
        });
        // Search documents and exports carry the public author (name, kind, province); the
        // mail switch is private and changes none of them.
        if (changed.some((field) => field !== 'notifyAnswers'))
          await this.outbox.enqueue(manager, [
            { topic: 'user.updated', aggregateId: userId, payload: { userId } },
          ]);
      }
      return toUserObject({ ...user, ...changes }, true);
    });
  }

  async recordLogin(userId: string): Promise<void> {
    await this.users.update({ id: userId }, { lastLoginAt: this.clock.now() });
  }
}

function accountExists(): ConflictError {
  return new ConflictError('An account with this e-mail address already exists');
}
