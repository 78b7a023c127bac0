/**
 * Every outbox topic and the payload its events carry: what `OutboxService.enqueue` accepts
 * and what a consumer's `handle` receives for the topics it declares. The payloads are
 * contracts between libraries (search reads identity's events, live reads feedback's and
 * synthesis's), so they live here rather than in the library that writes them: a consumer
 * needs no import of its publisher for the types. Payloads carry ids; consumers re-read the
 * current rows. Stored as jsonb in `outbox_event.payload`, so a field added here must stay
 * optional for consumers as long as older events may still be delivered.
 */
export interface OutboxTopics {
  /** Posted (PUBLISHED, or PENDING when held). */
  'comment.created': CommentEventPayload;
  /** Edited by its author. */
  'comment.updated': CommentEventPayload;
  /** Withdrawn by its author (the row stays, status WITHDRAWN). */
  'comment.removed': CommentEventPayload;
  /**
   * A status change by moderation (APPROVE / HIDE / RESTORE, hide by flags, a hold by
   * screening on edit).
   */
  'comment.moderated': CommentModeratedPayload;
  'comment.flagged': CommentFlaggedPayload;
  /**
   * A reaction made, changed or taken back. The API writes the whole comment payload; the demo
   * seed writes only these two ids, so consumers read no more.
   */
  'reaction.updated': ReactionUpdatedPayload;
  /** A consultation opened, closed, reopened or rescheduled. */
  'consultation.updated': ConsultationUpdatedPayload;
  /** Public author fields changed (name, kind, province, verification). */
  'user.updated': UserUpdatedPayload;
  /** An account deleted: its comments show an anonymised author. */
  'user.deleted': UserDeletedPayload;
  /** One session ended (`sessionId`) or all of a user's (`userId`). */
  'session.ended': SessionEndedPayload;
  /** A followed draft's milestone, once per milestone. */
  'draft.milestone': MilestonePayload;
  'response.published': ResponsePublishedPayload;
  /** A campaign's members changed. */
  'campaign.updated': CampaignUpdatedPayload;
  /** A scope's topics or opinion groups are due to be rebuilt (aggregate id: the scope key). */
  'topics.rebuild': TopicsRebuildPayload;
}

export type OutboxTopic = keyof OutboxTopics;

export interface CommentEventPayload {
  draftId: string;
  provisionId: string | null;
  /** The provision's lineage: which provision counters to recompute. */
  lineageId: string | null;
  commentId: string;
  parentId: string | null;
}

/** The payload of a comment's events, from its row. */
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

export interface CommentModeratedPayload extends CommentEventPayload {
  status: string;
  previousStatus: string;
}

export interface CommentFlaggedPayload extends CommentEventPayload {
  flagId: string;
  reason: string;
}

export interface ReactionUpdatedPayload {
  draftId: string;
  commentId: string;
}

export interface ConsultationUpdatedPayload {
  draftId: string;
  /** The ConsultationStatus after the change. */
  status: string;
}

export interface UserUpdatedPayload {
  userId: string;
  /** Set when the change is the address being verified. */
  verified?: boolean;
}

export interface UserDeletedPayload {
  userId: string;
}

export interface SessionEndedPayload {
  sessionId?: string;
  userId?: string;
}

/** What happened to a followed draft. */
export type MilestoneKind = 'OPENED' | 'REOPENED' | 'CLOSED' | 'NEW_VERSION' | 'REPORT_PUBLISHED';

export interface MilestonePayload {
  draftId: string;
  kind: MilestoneKind;
  /** When it happened (ISO). */
  at: string;
  /** NEW_VERSION: the version's number; REPORT_PUBLISHED: the report's version; else 0. */
  number: number;
}

export interface ResponsePublishedPayload {
  draftId: string;
  responseId: string;
  disposition: string;
  /**
   * The answer's text (public, as Comment.response.explanation). Events written before it was
   * added lack it: consumers that may meet them check.
   */
  explanation: string;
  commentIds: string[];
}

export interface CampaignUpdatedPayload {
  draftId: string;
  campaignId: string;
  commentIds: string[];
}

export interface TopicsRebuildPayload {
  scopeKey: string;
}

/** `comment` of `comment.created`: what a prefix pattern (`comment.*`) names. */
type TopicPrefix<T extends string> = T extends `${infer Prefix}.${string}` ? Prefix : never;

/**
 * What a consumer subscribes to: a topic, every topic of a prefix (`comment.*`), or `*`.
 * Only prefixes some topic has are accepted, so a misspelt pattern does not compile.
 */
export type OutboxTopicPattern = OutboxTopic | `${TopicPrefix<OutboxTopic>}.*` | '*';

/** The topics a pattern (or a union of patterns) matches, as `topicMatches` decides at run time. */
export type TopicsMatching<P extends OutboxTopicPattern> = P extends '*'
  ? OutboxTopic
  : P extends `${infer Prefix}.*`
    ? Extract<OutboxTopic, `${Prefix}.${string}`>
    : Extract<OutboxTopic, P>;

/**
 * The JSON of an event's payload, for statements that insert their event themselves
 * (`outboxInsertSql`): the topic is named so that the payload is checked against it.
 */
export function outboxPayloadJson<T extends OutboxTopic>(_topic: T, payload: OutboxTopics[T]): string {
  return JSON.stringify(payload);
}
