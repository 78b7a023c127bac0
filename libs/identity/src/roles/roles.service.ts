import { Injectable } from '@nestjs/common';
import { AuditService, ConflictError, isUuid, NotFoundError, requireRole, Viewer } from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import { AgenciesRepository } from '../agencies/agencies.repository';
import { AgencyObject, toAgencyObject } from '../agencies/dto/agency.object';
import { AgencyEntity } from '../agencies/entities/agency.entity';
import { SessionsService } from '../sessions/sessions.service';
import { AgencyRole, GrantableRole } from '../users/dto/identity.enums';
import { toUserObject, UserObject } from '../users/dto/user.object';
import { UserEntity } from '../users/entities/user.entity';
import { RolesRepository } from './roles.repository';

/**
 * What administrators change about who may do what, besides appointing officers
 * (AgenciesService.addMember): removing an officer, granting and revoking MODERATOR and ADMIN.
 * Each change that does something is audited; asking for what already holds changes nothing.
 *
 * Roles travel in access tokens, so a withdrawn role would otherwise keep working until the
 * token's next refresh (up to 15 minutes). Withdrawing one therefore ends the user's sessions
 * in the same transaction: their tokens stop working at once in this process and within
 * SESSION_CACHE_SECONDS elsewhere, and their next sign-in carries the roles they still hold.
 */
@Injectable()
export class RolesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: RolesRepository,
    private readonly agencies: AgenciesRepository,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  async removeAgencyMember(
    viewer: Viewer | null,
    agencyId: string,
    userId: string,
    role: AgencyRole,
  ): Promise<AgencyObject> {
    const admin = requireRole(viewer, 'ADMIN');
    return this.dataSource.transaction(async (manager) => {
      const agency = isUuid(agencyId) ? await manager.findOneBy(AgencyEntity, { id: agencyId }) : null;
      if (!agency) throw new NotFoundError('Agency', agencyId);
      const user = await this.liveUser(manager, userId);
      if (await this.agencies.removeMember(manager, agencyId, user.id, role)) {
        await this.audit.record(manager, {
          actorId: admin.userId,
          actorRole: 'ADMIN',
          action: 'agency.member_removed',
          targetType: 'agency',
          targetId: agencyId,
          data: { userId: user.id, role },
        });
        await this.sessions.revokeAll(manager, user.id, 'ROLE_WITHDRAWN');
      }
      return toAgencyObject(agency);
    });
  }

  async grantRole(viewer: Viewer | null, userId: string, role: GrantableRole): Promise<UserObject> {
    const admin = requireRole(viewer, 'ADMIN');
    return this.dataSource.transaction(async (manager) => {
      const user = await this.liveUser(manager, userId);
      if (await this.roles.grant(manager, user.id, role)) {
        await this.record(manager, admin, 'user.role_granted', user.id, role);
      }
      return this.reload(manager, user.id);
    });
  }

  /** The last administrator cannot stop being one: nobody could appoint anyone any more. */
  async revokeRole(viewer: Viewer | null, userId: string, role: GrantableRole): Promise<UserObject> {
    const admin = requireRole(viewer, 'ADMIN');
    return this.dataSource.transaction(async (manager) => {
      const user = await this.liveUser(manager, userId);
      if (role === GrantableRole.ADMIN && user.roles.includes('ADMIN')) {
        const admins = await this.roles.lockAdmins(manager);
        if (admins.every((id) => id === user.id)) {
          throw new ConflictError('The last administrator cannot lose the ADMIN role');
        }
      }
      if (await this.roles.revoke(manager, user.id, role)) {
        await this.record(manager, admin, 'user.role_revoked', user.id, role);
        await this.sessions.revokeAll(manager, user.id, 'ROLE_WITHDRAWN');
      }
      return this.reload(manager, user.id);
    });
  }

  private async liveUser(manager: EntityManager, userId: string): Promise<UserEntity> {
    const user = isUuid(userId) ? await manager.findOneBy(UserEntity, { id: userId }) : null;
    if (!user || user.deletedAt) throw new NotFoundError('User', userId);
    return user;
  }

  private async reload(manager: EntityManager, userId: string): Promise<UserObject> {
    return toUserObject(await manager.findOneByOrFail(UserEntity, { id: userId }));
  }

  private async record(
    manager: EntityManager,
    admin: Viewer,
    action: string,
    userId: string,
    role: GrantableRole,
  ): Promise<void> {
    await this.audit.record(manager, {
      actorId: admin.userId,
      actorRole: 'ADMIN',
      action,
      targetType: 'user',
      targetId: userId,
      data: { role },
    });
  }
}
