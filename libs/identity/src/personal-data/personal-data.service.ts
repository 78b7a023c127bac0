import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditService, Clock, OutboxService, UnauthenticatedError, Viewer } from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import { AccountTokenEntity } from '../account-tokens/entities/account-token.entity';
import { AgencyMembershipEntity } from '../agencies/entities/agency-membership.entity';
import { DELETED_USER_NAME } from '../identity.options';
import { AuthService } from '../sessions/auth.service';
import { AuthSessionEntity } from '../sessions/entities/auth-session.entity';
import { SessionsService } from '../sessions/sessions.service';
import { UserEntity } from '../users/entities/user.entity';
import { PersonalDataRegistry } from './personal-data.registry';

/**
 * The personal-data rights: `myData` (everything stored about the requester, as JSON) and
 * `deleteMyAccount` (erase e-mail, password and profile; the row stays as "Người dùng đã
 * xóa" so that the person's comments keep their place in the consultation record).
 */
@Injectable()
export class PersonalDataService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'account', collect: accountData });
    this.registry.register({
      name: 'agencyMemberships',
      collect: (m, userId) =>
        m
          .find(AgencyMembershipEntity, { where: { userId }, order: { createdAt: 'ASC' } })
          .then((rows) => rows.map((r) => ({ agencyId: r.agencyId, role: r.role, since: r.createdAt }))),
    });
    this.registry.register({
      name: 'sessions',
      collect: (m, userId) =>
        m
          .find(AuthSessionEntity, { where: { userId }, order: { createdAt: 'ASC' } })
          .then((rows) => rows.map(({ userId: _u, ...session }) => session)),
    });
    this.registry.register({
      name: 'mailedTokens',
      collect: (m, userId) =>
        m.find(AccountTokenEntity, { where: { userId }, order: { createdAt: 'ASC' } }).then((rows) =>
          rows.map((t) => ({
            purpose: t.purpose,
            createdAt: t.createdAt,
            expiresAt: t.expiresAt,
            usedAt: t.usedAt,
          })),
        ),
    });
  }

  async myData(viewer: Viewer): Promise<Record<string, unknown>> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const data: Record<string, unknown> = {
        userId: viewer.userId,
        exportedAt: this.clock.now().toISOString(),
      };
      for (const section of this.registry.all())
        data[section.name] = await section.collect(manager, viewer.userId);
      return data;
    });
  }

  /** Needs the password (counted against the login limits), then erases in one transaction. */
  async deleteMyAccount(viewer: Viewer, password: string, ip: string): Promise<boolean> {
    const user = await this.dataSource.manager.findOneBy(UserEntity, { id: viewer.userId });
    if (!user?.email) throw new UnauthenticatedError();
    await this.auth.checkPassword(user.email, password, ip);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, erasedProfile(this.clock.now()));
      await manager.delete(AgencyMembershipEntity, { userId: user.id });
      await manager.delete(AccountTokenEntity, { userId: user.id });
      await this.sessions.revokeAll(manager, user.id, 'ACCOUNT_DELETED');
      for (const section of this.registry.all()) await section.erase?.(manager, user.id);
      await this.outbox.enqueue(manager, [
        { topic: 'user.deleted', aggregateId: user.id, payload: { userId: user.id } },
      ]);
      await this.audit.record(manager, {
        actorId: user.id,
        actorRole: 'CITIZEN',
        action: 'user.deleted',
        targetType: 'user',
        targetId: user.id,
      });
    });
    return true;
  }
}

function erasedProfile(now: Date): Partial<UserEntity> {
  return {
    email: null,
    emailNormalized: null,
    passwordHash: null,
    displayName: DELETED_USER_NAME,
    organizationName: null,
    province: null,
    verificationLevel: 'NONE',
    emailVerifiedAt: null,
    roles: ['CITIZEN'],
    acceptedTermsVersion: null,
    acceptedTermsAt: null,
    lastLoginAt: null,
    deletedAt: now,
  };
}

async function accountData(manager: EntityManager, userId: string): Promise<Record<string, unknown> | null> {
  const user = await manager.findOneBy(UserEntity, { id: userId });
  if (!user) return null;
  const { passwordHash, emailNormalized: _normalized, ...profile } = user;
  return { ...profile, hasPassword: passwordHash !== null };
}
