import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { GrantableRole } from '../users/dto/identity.enums';

/**
 * The queries of platform roles (app_user.roles). Every method runs in the caller's
 * transaction; TypeORM answers an UPDATE with `[rows, rowCount]`, hence the typed tuples.
 */
@Injectable()
export class RolesRepository {
  /** Whether the user did not hold the role yet. */
  async grant(manager: EntityManager, userId: string, role: GrantableRole): Promise<boolean> {
    const [, changed] = await manager.query<[unknown[], number]>(
      `UPDATE app_user SET roles = array_append(roles, $2), updated_at = now()
        WHERE id = $1 AND NOT ($2 = ANY(roles))`,
      [userId, role],
    );
    return changed > 0;
  }

  /** Whether the user held the role. */
  async revoke(manager: EntityManager, userId: string, role: GrantableRole): Promise<boolean> {
    const [, changed] = await manager.query<[unknown[], number]>(
      `UPDATE app_user SET roles = array_remove(roles, $2), updated_at = now()
        WHERE id = $1 AND $2 = ANY(roles)`,
      [userId, role],
    );
    return changed > 0;
  }

  /**
   * The ids of the administrators (deleted accounts left out), every admin row locked:
   * locking them serialises concurrent revocations, so two admins revoking each other (or
   * themselves) at once cannot both see "another admin remains".
   */
  async lockAdmins(manager: EntityManager): Promise<string[]> {
    const admins = await manager.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE 'ADMIN' = ANY(roles) AND deleted_at IS NULL FOR UPDATE`,
    );
    return admins.map((a) => a.id);
  }
}
