import { commentPayload, CommentEventPayload, OutboxTopic } from '@thamvan/core';

export { commentPayload };
export type { CommentEventPayload };

/**
 * Outbox topics feedback writes, each in the same statement or transaction as its change;
 * their payloads are declared with every other topic's in core's OutboxTopics.
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
} as const satisfies Record<string, OutboxTopic>;
