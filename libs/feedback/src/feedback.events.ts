/**
 * Outbox topics feedback writes, each in the same statement or transaction as its change.
 * Payloads carry ids only: consumers (counters now; search and live later) re-read the rows.
 */
export const FeedbackTopic = {
  commentCreated: 'comment.created',
  commentUpdated: 'comment.updated',
  /** Withdrawn by its author (the row stays, status WITHDRAWN). */
  commentRemoved: 'comment.removed',
  reactionUpdated: 'reaction.updated',
  commentFlagged: 'comment.flagged',
  /**
   * A status change by moderation (APPROVE / HIDE / RESTORE, hide by flags, a hold by
   * screening on edit); the payload adds `status` and `previousStatus`.
   */
  commentModerated: 'comment.moderated',
} as const;

export interface CommentEventPayload {
  draftId: string;
  provisionId: string | null;
  /** The provision's lineage: which provision counters to recompute. */
  lineageId: string | null;
  commentId: string;
  parentId: string | null;
}

export function commentPayload(c: {
  draftId: string;
  provisionId: string | null;
  lineageId: string | null;
  id: string;
  parentId: string | null;
}): CommentEventPayload {
  return {
    draftId: c.draftId,
    provisionId: c.provisionId,
    lineageId: c.lineageId,
    commentId: c.id,
    parentId: c.parentId,
  };
}
