/**
 * An event of a search topic as delivered (OutboxMessage<SearchTopic>), or as read back from
 * outbox_event by a rebuild, whatever was stored: fields are tested before use.
 */
export interface StoredEvent {
  topic: string;
  payload: unknown;
}

/** Topics that change a search document (CONTRACT.md, team data contract). */
export const SEARCH_TOPICS = [
  'comment.created',
  'comment.updated',
  'comment.removed',
  'comment.moderated',
  // Agree/disagree counts (MOST_AGREED, exports).
  'reaction.updated',
  'response.published',
  'campaign.updated',
  // Public author fields: verification, and the anonymised name of a deleted account.
  'user.updated',
  'user.deleted',
] as const;

export type SearchTopic = (typeof SEARCH_TOPICS)[number];

/**
 * The comments and authors a batch of events touches; payloads carry ids only.
 * `countsOnly`: comments whose only change in the batch is a reaction (agree counts).
 */
export function touchedIds(events: readonly StoredEvent[]): {
  commentIds: string[];
  userIds: string[];
  countsOnly: string[];
} {
  const comments = new Set<string>();
  const users = new Set<string>();
  const reacted = new Set<string>();
  for (const { topic, payload } of events) {
    const p = payload as { commentId?: unknown; commentIds?: unknown; userId?: unknown };
    if (topic.startsWith('user.')) {
      if (typeof p.userId === 'string') users.add(p.userId);
      continue;
    }
    if (topic === 'reaction.updated') {
      if (typeof p.commentId === 'string') reacted.add(p.commentId);
      continue;
    }
    if (typeof p.commentId === 'string') comments.add(p.commentId);
    if (Array.isArray(p.commentIds))
      for (const id of p.commentIds) if (typeof id === 'string') comments.add(id);
  }
  const countsOnly = [...reacted].filter((id) => !comments.has(id));
  return { commentIds: [...comments], userIds: [...users], countsOnly };
}
