import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyRole } from '../users/dto/identity.enums';
import { AgencyMemberObject } from './dto/agency-member.object';

/**
 * The raw queries of agencies' officers (agency_membership); simple reads go through the
 * TypeORM entities. Methods taking an EntityManager run in the caller's transaction.
 */
@Injectable()
export class AgenciesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The officers of several agencies (`agencyIds` all uuids), EDITORs first, then by
   * appointment; deleted accounts left out.
   */
  async membersOf(agencyIds: readonly string[]): Promise<(AgencyMemberObject & { agencyId: string })[]> {
    return this.dataSource.query<(AgencyMemberObject & { agencyId: string })[]>(
      `SELECT m.agency_id AS "agencyId", m.user_id AS "userId", u.display_name AS "displayName",
              u.email, m.role, m.created_at AS since
         FROM agency_membership m JOIN app_user u ON u.id = m.user_id AND u.deleted_at IS NULL
        WHERE m.agency_id = ANY($1::uuid[])
        ORDER BY m.role, m.created_at, m.user_id`,
      [agencyIds],
    );
  }

  /** Whether the membership is new (false: the user already held this role there). */
  async addMember(
    manager: EntityManager,
    agencyId: string,
    userId: string,
    role: AgencyRole,
  ): Promise<boolean> {
    const inserted = await manager.query<{ user_id: string }[]>(
      `INSERT INTO agency_membership (user_id, agency_id, role) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, agencyId, role],
    );
    return inserted.length > 0;
  }

  /** Whether there was such a membership to remove. */
  async removeMember(
    manager: EntityManager,
    agencyId: string,
    userId: string,
    role: AgencyRole,
  ): Promise<boolean> {
    // TypeORM answers a DELETE with [rows, rowCount].
    const [, removed] = await manager.query<[unknown[], number]>(
      `DELETE FROM agency_membership WHERE agency_id = $1 AND user_id = $2 AND role = $3`,
      [agencyId, userId, role],
    );
    return removed > 0;
  }
}
