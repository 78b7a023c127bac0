import { Injectable } from '@nestjs/common';
import {
  AuditService,
  BadInputError,
  Clock,
  DomainError,
  ErrorCode,
  OutboxService,
  Viewer,
} from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import { consultationStatus } from './consultation-status';
import { DraftsService } from './drafts.service';
import { ConsultationStatus } from './dto/enums';
import { DraftEntity } from './entities/draft.entity';
import { cleanText } from './text-input';

/**
 * The consultation lifecycle DRAFT → SCHEDULED → OPEN → CLOSED. Status is derived from the
 * stored window on the server clock; these operations change the window, each audited and
 * announced (`consultation.updated`) in the same transaction.
 */
@Injectable()
export class ConsultationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly drafts: DraftsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Publishes the current version if needed; opens at once when opensAt ≤ now. On an OPEN
   * consultation only closesAt moves (extend or shorten); a CLOSED one cannot be reopened.
   */
  async schedule(
    viewer: Viewer | null,
    draftId: string,
    opensAt: Date,
    closesAt: Date,
  ): Promise<DraftEntity> {
    const { editor } = await this.drafts.requireManageable(viewer, draftId);
    return this.dataSource.transaction(async (manager) => {
      const draft = await this.lock(manager, draftId);
      const now = this.clock.now();
      const status = consultationStatus(draft, now);
      if (status === ConsultationStatus.CLOSED) {
        throw new DomainError(
          ErrorCode.CONSULTATION_CLOSED,
          'This consultation is closed and cannot be rescheduled',
        );
      }
      const newOpensAt = status === ConsultationStatus.OPEN ? (draft.opensAt as Date) : opensAt;
      if (!(closesAt > newOpensAt))
        throw new BadInputError('closesAt must be later than opensAt', 'closesAt');
      if (!(closesAt > now)) throw new BadInputError('closesAt must be in the future', 'closesAt');
      await manager.query(
        `UPDATE draft SET opens_at = $2, closes_at = $3, updated_at = now() WHERE id = $1`,
        [draftId, newOpensAt, closesAt],
      );
      await manager.query(
        `UPDATE draft_version SET published_at = $2
          WHERE id = (SELECT id FROM draft_version WHERE draft_id = $1 ORDER BY number DESC LIMIT 1)
            AND published_at IS NULL`,
        [draftId, now],
      );
      const updated = { ...draft, opensAt: newOpensAt, closesAt };
      const newStatus = consultationStatus(updated, now);
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${draft.agencyId}`,
        action: status === ConsultationStatus.OPEN ? 'consultation.reschedule' : 'consultation.schedule',
        targetType: 'draft',
        targetId: draftId,
        data: {
          before: { opensAt: draft.opensAt, closesAt: draft.closesAt },
          after: { opensAt: newOpensAt, closesAt },
        },
      });
      await this.announce(manager, draftId, newStatus);
      return updated;
    });
  }

  /** Early close with a stated reason; a scheduled consultation can be called off too. */
  async close(viewer: Viewer | null, draftId: string, reason: string): Promise<DraftEntity> {
    const { editor } = await this.drafts.requireManageable(viewer, draftId);
    const why = cleanText(reason, 'reason', { max: 2000 });
    return this.dataSource.transaction(async (manager) => {
      const draft = await this.lock(manager, draftId);
      const now = this.clock.now();
      const status = consultationStatus(draft, now);
      if (status === ConsultationStatus.CLOSED) {
        throw new DomainError(ErrorCode.CONSULTATION_CLOSED, 'This consultation is already closed');
      }
      if (status === ConsultationStatus.DRAFT) {
        throw new BadInputError('This consultation has not been scheduled', 'draftId');
      }
      await manager.query(
        `UPDATE draft SET closed_at = $2, close_reason = $3, updated_at = now() WHERE id = $1`,
        [draftId, now, why],
      );
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${draft.agencyId}`,
        action: 'consultation.close',
        targetType: 'draft',
        targetId: draftId,
        reason: why,
        data: { statusBefore: status },
      });
      await this.announce(manager, draftId, ConsultationStatus.CLOSED);
      return { ...draft, closedAt: now, closeReason: why };
    });
  }

  private async lock(manager: EntityManager, draftId: string): Promise<DraftEntity> {
    const [row]: DraftEntity[] = await manager.query(
      `SELECT id, agency_id AS "agencyId", title, doc_type AS "docType", summary, opens_at AS "opensAt",
              closes_at AS "closesAt", closed_at AS "closedAt", close_reason AS "closeReason",
              created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt",
              moderation_mode AS "moderationMode"
         FROM draft WHERE id = $1 FOR UPDATE`,
      [draftId],
    );
    return row;
  }

  private async announce(manager: EntityManager, draftId: string, status: ConsultationStatus): Promise<void> {
    await this.outbox.enqueue(manager, [
      { topic: 'consultation.updated', aggregateId: draftId, payload: { draftId, status } },
    ]);
  }
}
