import { AuditService, commentPayload, OutboxService, OutboxTopic } from '@thamvan/core';
import { EntityManager } from 'typeorm';
import type { ModerationReasonCode } from './screening/moderation-reasons';

/** Outbox topic of every status change made by moderation (brief / CONTRACT consumers). */
export const COMMENT_MODERATED = 'comment.moderated' satisfies OutboxTopic;

export type ModerationActionName = 'APPROVE' | 'HIDE' | 'RESTORE';

/**
 * `S`: the comment statuses (feedback's CommentStatusName). This library is below feedback,
 * which applies decisions in its own transactions (flags hiding a comment), so it takes the
 * statuses from its callers rather than importing them.
 */
export interface DecisionComment<S extends string = string> {
  id: string;
  draftId: string;
  provisionId: string | null;
  lineageId: string | null;
  parentId: string | null;
  status: S;
}

export interface Decision<S extends string = string> {
  comment: DecisionComment<S>;
  /** null: the system (flags crossing the threshold). */
  moderatorId: string | null;
  action: ModerationActionName;
  toStatus: S;
  reason: string;
  /** The reason's stable code: MODERATOR_DECISION for a moderator's own words. */
  reasonCode: ModerationReasonCode;
  now: Date;
  /**
   * A moderator's review: the comment leaves the queue and its flags so far count as
   * reviewed. An automatic hide is not a review: the comment stays (or enters) the queue.
   */
  reviewed: boolean;
}

/**
 * Applies one moderation decision inside the caller's transaction (the comment row must be
 * locked by it): the status and reason on the comment, an append-only moderation_decision
 * row, an audit_event row, and the `comment.moderated` outbox event. Text is never touched.
 */
export async function applyDecision<S extends string>(
  manager: EntityManager,
  audit: AuditService,
  outbox: OutboxService,
  d: Decision<S>,
): Promise<string> {
  await manager.query(
    `UPDATE comment SET status = $2, moderation_reason = $3, moderation_reason_code = $6,
            moderated_at = CASE WHEN $4 THEN $5::timestamptz ELSE moderated_at END,
            moderation_queued_at = CASE WHEN $4 THEN NULL ELSE coalesce(moderation_queued_at, $5::timestamptz) END
      WHERE id = $1`,
    [d.comment.id, d.toStatus, d.reason, d.reviewed, d.now, d.reasonCode],
  );
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO moderation_decision (comment_id, moderator_id, action, reason, from_status, to_status, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [d.comment.id, d.moderatorId, d.action, d.reason, d.comment.status, d.toStatus, d.now],
  );
  await audit.record(manager, {
    actorId: d.moderatorId,
    actorRole: d.moderatorId ? 'MODERATOR' : 'SYSTEM',
    action: `comment.moderation.${d.action.toLowerCase()}`,
    targetType: 'comment',
    targetId: d.comment.id,
    reason: d.reason,
    data: { decisionId: id, fromStatus: d.comment.status, toStatus: d.toStatus },
  });
  await outbox.enqueue(manager, [
    {
      topic: COMMENT_MODERATED,
      aggregateId: d.comment.id,
      payload: { ...commentPayload(d.comment), status: d.toStatus, previousStatus: d.comment.status },
    },
  ]);
  return id;
}
