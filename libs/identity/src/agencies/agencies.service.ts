import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AgencyMembershipClaim,
  AuditService,
  ConflictError,
  isUuid,
  NotFoundError,
  requireRole,
  Viewer,
} from '@thamvan/core';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { isUniqueViolation } from '../common/pg-errors';
import { validateInput } from '../common/validate-input';
import { AgencyRole } from '../users/dto/identity.enums';
import { UserEntity } from '../users/entities/user.entity';
import { AgenciesRepository } from './agencies.repository';
import { AgencyMemberObject } from './dto/agency-member.object';
import { AgencyMembershipObject } from './dto/agency-membership.object';
import { AgencyObject, toAgencyObject } from './dto/agency.object';
import { CreateAgencyInput } from './dto/create-agency.input';
import { AgencyMembershipEntity } from './entities/agency-membership.entity';
import { AgencyEntity } from './entities/agency.entity';

/**
 * Agencies and their officers. Creating agencies and appointing officers is for
 * administrators (GraphQL) and for whoever runs the CLI (`actor: null`, the system).
 */
@Injectable()
export class AgenciesService {
  /**
   * Per-request DataLoader factories: `ctx.loaders.get(agencies.agencyLoader)`. They are
   * instance properties, created once, so each is the same function on every request and
   * RequestLoaders (which keys by factory) hands back the request's one loader.
   */
  readonly agencyLoader = (): DataLoader<string, AgencyObject | undefined> =>
    new DataLoader(async (ids) => {
      const found = new Map((await this.findByIds([...ids])).map((a) => [a.id, a]));
      return ids.map((id) => found.get(id));
    });

  readonly membershipsLoader = (): DataLoader<string, AgencyMembershipObject[]> =>
    new DataLoader(async (userIds) => {
      const all = await this.membershipsOf([...userIds]);
      return userIds.map((id) => all.get(id) ?? []);
    });

  /** Per agency: its officers, EDITORs first, then by appointment; deleted accounts left out. */
  readonly membersLoader = (): DataLoader<string, AgencyMemberObject[]> =>
    new DataLoader(async (agencyIds) => {
      const rows = await this.repository.membersOf(agencyIds.filter(isUuid));
      const byAgency = new Map<string, AgencyMemberObject[]>();
      for (const { agencyId, ...member } of rows) {
        byAgency.set(agencyId, [...(byAgency.get(agencyId) ?? []), member]);
      }
      return agencyIds.map((id) => byAgency.get(id) ?? []);
    });

  constructor(
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    private readonly dataSource: DataSource,
    private readonly repository: AgenciesRepository,
    private readonly audit: AuditService,
  ) {}

  /** Every agency, by code. A short list (ministries and provinces), so not paginated. */
  async list(): Promise<AgencyObject[]> {
    return (await this.agencies.find({ order: { code: 'ASC' } })).map(toAgencyObject);
  }

  /** For other features' DataLoaders: the agencies with these ids (missing ones omitted). */
  async findByIds(ids: readonly string[]): Promise<AgencyObject[]> {
    if (ids.length === 0) return [];
    return (await this.agencies.findBy({ id: In([...new Set(ids)]) })).map(toAgencyObject);
  }

  async findByCode(code: string): Promise<AgencyObject | null> {
    const agency = await this.agencies.findOneBy({ code: code.trim().toUpperCase() });
    return agency ? toAgencyObject(agency) : null;
  }

  async create(viewer: Viewer | null, input: CreateAgencyInput): Promise<AgencyObject> {
    requireRole(viewer, 'ADMIN');
    return this.createAs(viewer?.userId ?? null, input);
  }

  /** `actorId` null: the system (CLI, demo seed). */
  async createAs(actorId: string | null, raw: CreateAgencyInput): Promise<AgencyObject> {
    const input = await validateInput(CreateAgencyInput, raw);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const agency = await manager.save(
          manager.create(AgencyEntity, { code: input.code, name: input.name, kind: input.kind ?? 'OTHER' }),
        );
        await this.audit.record(manager, {
          actorId,
          actorRole: actorId ? 'ADMIN' : 'SYSTEM',
          action: 'agency.created',
          targetType: 'agency',
          targetId: agency.id,
          data: { code: agency.code, name: agency.name, kind: agency.kind },
        });
        return toAgencyObject(agency);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'agency_code_key')) {
        throw new ConflictError(`An agency with code ${input.code} already exists`);
      }
      throw error;
    }
  }

  async addMember(
    viewer: Viewer | null,
    agencyId: string,
    userId: string,
    role: AgencyRole,
  ): Promise<AgencyObject> {
    requireRole(viewer, 'ADMIN');
    return this.addMemberAs(viewer?.userId ?? null, agencyId, userId, role);
  }

  /** Idempotent: granting a role the user already holds changes nothing. */
  async addMemberAs(
    actorId: string | null,
    agencyId: string,
    userId: string,
    role: AgencyRole,
  ): Promise<AgencyObject> {
    return this.dataSource.transaction(async (manager) => {
      const agency = isUuid(agencyId) ? await manager.findOneBy(AgencyEntity, { id: agencyId }) : null;
      if (!agency) throw new NotFoundError('Agency', agencyId);
      const user = isUuid(userId) ? await manager.findOneBy(UserEntity, { id: userId }) : null;
      if (!user || user.deletedAt) throw new NotFoundError('User', userId);
      if (await this.repository.addMember(manager, agencyId, userId, role)) {
        await this.audit.record(manager, {
          actorId,
          actorRole: actorId ? 'ADMIN' : 'SYSTEM',
          action: 'agency.member_added',
          targetType: 'agency',
          targetId: agencyId,
          data: { userId, role },
        });
      }
      return toAgencyObject(agency);
    });
  }

  /** Memberships as access-token claims. */
  async claimsOf(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AgencyMembershipClaim[]> {
    const rows = await manager.find(AgencyMembershipEntity, {
      where: { userId },
      order: { agencyId: 'ASC', role: 'ASC' },
    });
    return rows.map((m) => ({ agencyId: m.agencyId, role: m.role }));
  }

  private async membershipsOf(userIds: string[]): Promise<Map<string, AgencyMembershipObject[]>> {
    const rows = await this.dataSource.manager.find(AgencyMembershipEntity, {
      where: { userId: In(userIds) },
      order: { createdAt: 'ASC', role: 'ASC' },
    });
    const byUser = new Map<string, AgencyMembershipObject[]>();
    for (const row of rows) {
      const list = byUser.get(row.userId) ?? [];
      list.push({ agencyId: row.agencyId, role: row.role as AgencyRole });
      byUser.set(row.userId, list);
    }
    return byUser;
  }
}
