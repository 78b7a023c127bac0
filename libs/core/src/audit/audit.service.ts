import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { requestContext } from '../request-context/request-context';

export interface AuditEntry {
  actorId: string | null;
  actorRole: string;
  action: string;
  targetType: string;
  targetId: string;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Writes audit events inside the caller's transaction, so a decision and its record commit
 * together or not at all. The request id comes from the current request, when there is one.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must be called inside a transaction');
    }
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO audit_event (actor_id, actor_role, action, target_type, target_id, reason, request_id, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        entry.actorId,
        entry.actorRole,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.reason ?? null,
        requestContext.current()?.requestId ?? null,
        JSON.stringify(entry.data ?? {}),
      ],
    );
    return String(row.id);
  }
}
