import { Injectable } from '@nestjs/common';
import {
  AuditService,
  Clock,
  isUuid,
  NotFoundError,
  OutboxService,
  requireRole,
  requireText,
  Viewer,
} from '@thamvan/core';
import { CommentObject, toCommentObject } from '@thamvan/feedback';
import { applyDecision } from '@thamvan/moderation-rules';
import { DataSource } from 'typeorm';
import { ModerationActionKind } from './dto/moderation-action.enum';
import { ModerationDecisionsRepository } from './moderation-decisions.repository';
import { transition } from './transition';

export const MAX_REASON = 1_000;

/**
 * moderateComment: a moderator's APPROVE / HIDE / RESTORE with a mandatory reason. The
 * status change, the decision row, the audit row and the `comment.moderated` event commit
 * together; the comment's text and revisions are never touched.
 */
@Injectable()
export class ModerationDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly decisions: ModerationDecisionsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async moderate(
    viewer: Viewer | null,
    id: string,
    action: ModerationActionKind,
    reason: string,
  ): Promise<CommentObject> {
    const moderator = requireRole(viewer, 'MODERATOR');
    const why = requireText(reason ?? '', 'reason', MAX_REASON);
    if (!isUuid(id)) throw new NotFoundError('Comment', id);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.decisions.lockComment(manager, id);
      if (!row) throw new NotFoundError('Comment', id);
      const toStatus = transition(action, row.status);
      await applyDecision(manager, this.audit, this.outbox, {
        comment: row,
        moderatorId: moderator.userId,
        action,
        toStatus,
        reason: why,
        reasonCode: 'MODERATOR_DECISION',
        now: this.clock.now(),
        reviewed: true,
      });
      return toCommentObject(
        { ...row, status: toStatus, moderationReason: why, moderationReasonCode: 'MODERATOR_DECISION' },
        moderator,
      );
    });
  }
}
