import { Injectable } from '@nestjs/common';
import {
  AuditService,
  BadInputError,
  Clock,
  DomainError,
  ErrorCode,
  OutboxService,
  requireText,
  Viewer,
} from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import { consultationStatus } from './consultation-status';
import { ConsultationChange, DraftsRepository } from './drafts.repository';
import { DraftsService } from './drafts.service';
import { ConsultationChangeKind, ConsultationStatus } from './dto/enums';
import { DraftEntity } from './entities/draft.entity';
import { VersionsRepository } from './versions.repository';

export type { ConsultationChange } from './drafts.repository';

/**
 * The consultation lifecycle DRAFT → SCHEDULED → OPEN → CLOSED (→ OPEN again when an editor
 * reopens it). Status is derived from the stored window on the server clock; these operations
 * change the window, each audited and announced (`consultation.updated`) in the same
 * transaction; once the consultation has opened, an early close, an extension and a reopening
 * are also kept, with their reasons, in its public history (consultation_change).
 */
@Injectable()
export class ConsultationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly drafts: DraftsService,
    private readonly repository: DraftsRepository,
    private readonly versions: VersionsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Publishes the current version if needed; opens at once when opensAt ≤ now. On an OPEN
   * consultation only closesAt moves (extend or shorten); a CLOSED one is reopened with
   * `extend`, which asks for a reason.
   */
  async schedule(
    viewer: Viewer | null,
    draftId: string,
    opensAt: Date,
    closesAt: Date,
  ): Promise<DraftEntity> {
    const { editor } = await this.drafts.requireManageable(viewer, draftId);
    return this.dataSource.transaction(async (manager) => {
      const draft = await this.repository.lock(manager, draftId);
      const now = this.clock.now();
      const status = consultationStatus(draft, now);
      if (status === ConsultationStatus.CLOSED) {
        throw new DomainError(
          ErrorCode.CONSULTATION_CLOSED,
          'This consultation is closed: reopen it with extendConsultation, which asks for a reason',
        );
      }
      const newOpensAt = status === ConsultationStatus.OPEN ? (draft.opensAt as Date) : opensAt;
      if (!(closesAt > newOpensAt))
        throw new BadInputError('closesAt must be later than opensAt', 'closesAt');
      if (!(closesAt > now)) throw new BadInputError('closesAt must be in the future', 'closesAt');
      await this.repository.setWindow(manager, draftId, newOpensAt, closesAt);
      await this.versions.publishLatest(manager, draftId, now);
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
    const why = requireText(reason, 'reason', 2000);
    return this.dataSource.transaction(async (manager) => {
      const draft = await this.repository.lock(manager, draftId);
      const now = this.clock.now();
      const status = consultationStatus(draft, now);
      if (status === ConsultationStatus.CLOSED) {
        throw new DomainError(ErrorCode.CONSULTATION_CLOSED, 'This consultation is already closed');
      }
      if (status === ConsultationStatus.DRAFT) {
        throw new BadInputError('This consultation has not been scheduled', 'draftId');
      }
      await this.repository.close(manager, draftId, now, why);
      // A scheduled consultation called off never opened: nothing for the public history.
      if (status === ConsultationStatus.OPEN) {
        await this.repository.recordChange(
          manager,
          {
            draftId,
            kind: ConsultationChangeKind.CLOSED_EARLY,
            previousClosesAt: draft.closesAt,
            closesAt: now,
            reason: why,
            changedAt: now,
          },
          editor.userId,
        );
      }
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

  /**
   * A later closing date with a stated reason: an OPEN consultation runs longer (EXTENDED); a
   * CLOSED one, on its date or early, opens again until `closesAt` (REOPENED), as agencies do
   * when a deadline moves. A published report stays published; publishing it again after the
   * new close makes its next version.
   */
  async extend(viewer: Viewer | null, draftId: string, closesAt: Date, reason: string): Promise<DraftEntity> {
    const { editor } = await this.drafts.requireManageable(viewer, draftId);
    const why = requireText(reason, 'reason', 2000);
    return this.dataSource.transaction(async (manager) => {
      const draft = await this.repository.lock(manager, draftId);
      const now = this.clock.now();
      const status = consultationStatus(draft, now);
      if (status === ConsultationStatus.DRAFT || status === ConsultationStatus.SCHEDULED) {
        throw new BadInputError(
          'This consultation has not opened yet: set its window with scheduleConsultation',
          'draftId',
        );
      }
      if (!(closesAt > now)) throw new BadInputError('closesAt must be in the future', 'closesAt');
      if (status === ConsultationStatus.OPEN && !(closesAt > (draft.closesAt as Date))) {
        throw new BadInputError('closesAt must be later than the current closing date', 'closesAt');
      }
      const kind =
        status === ConsultationStatus.OPEN
          ? ConsultationChangeKind.EXTENDED
          : ConsultationChangeKind.REOPENED;
      // Closed early: the window ended at closedAt, whatever closes_at said.
      const previous = draft.closedAt ?? draft.closesAt;
      await this.repository.extend(manager, draftId, closesAt);
      await this.repository.recordChange(
        manager,
        { draftId, kind, previousClosesAt: previous, closesAt, reason: why, changedAt: now },
        editor.userId,
      );
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${draft.agencyId}`,
        action: kind === ConsultationChangeKind.EXTENDED ? 'consultation.extend' : 'consultation.reopen',
        targetType: 'draft',
        targetId: draftId,
        reason: why,
        data: { before: { closesAt: draft.closesAt, closedAt: draft.closedAt }, after: { closesAt } },
      });
      await this.announce(manager, draftId, ConsultationStatus.OPEN);
      return { ...draft, closesAt, closedAt: null, closeReason: null };
    });
  }

  /** The public history of each draft's window after it opened, oldest first. */
  async changesByDraftIds(draftIds: readonly string[]): Promise<ConsultationChange[]> {
    return this.repository.changesByDraftIds(draftIds);
  }

  private async announce(manager: EntityManager, draftId: string, status: ConsultationStatus): Promise<void> {
    await this.outbox.enqueue(manager, [
      { topic: 'consultation.updated', aggregateId: draftId, payload: { draftId, status } },
    ]);
  }
}
