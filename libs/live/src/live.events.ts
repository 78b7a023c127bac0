/**
 * The typed event map of namespace /live (CONTRACT.md, "Live"). Every server event carries
 * `seq`, the outbox sequence number of the change it announces, so clients can order events
 * and catch up through GraphQL (`commentsSince`) after a gap.
 */
/** The public view of a comment in `comment.created` / `comment.updated`: no personal data. */
export interface LiveComment {
  id: string;
  parentId: string | null;
  /** The public text (personal data masked), NFC; empty unless PUBLISHED. */
  body: string;
  /** `body` rendered from minimal Markdown and sanitised, as GraphQL's `bodyHtml`. */
  bodyHtml: string;
  stance: string | null;
  author: {
    displayName: string;
    kind: string;
    organizationName: string | null;
    province: string | null;
    verified: boolean;
  };
  createdAt: string;
  editedAt: string | null;
}

export interface CommentEventPayload {
  seq: string;
  draftId: string;
  provisionId: string | null;
  comment: LiveComment;
}

export interface ServerToClientEvents {
  'consultation.updated': (payload: { seq: string; draftId: string; status: string }) => void;
  'comment.created': (payload: CommentEventPayload) => void;
  'comment.updated': (payload: CommentEventPayload) => void;
  'comment.removed': (payload: {
    seq: string;
    draftId: string;
    provisionId: string | null;
    id: string;
  }) => void;
  'reaction.updated': (payload: {
    seq: string;
    draftId: string;
    commentId: string;
    agreeCount: number;
    disagreeCount: number;
  }) => void;
  'response.published': (payload: {
    seq: string;
    draftId: string;
    commentId: string;
    disposition: string;
    /** The answer's text (public, as Comment.response.explanation). */
    explanation: string | null;
  }) => void;
  /**
   * Moderation room only: a comment needs a moderator (held by screening, or flagged). Ids
   * only: moderators read the item through GraphQL (`moderationQueue`), where the rules of
   * who sees what live.
   */
  'moderation.queued': (payload: {
    seq: string;
    draftId: string;
    provisionId: string | null;
    commentId: string;
    reason: 'PENDING' | 'FLAGGED';
  }) => void;
  /** Moderation room only: a decision changed a comment's status (another moderator's work). */
  'moderation.decided': (payload: {
    seq: string;
    draftId: string;
    commentId: string;
    status: string;
  }) => void;
}

export type LiveAck = { ok: true } | { ok: false; code: string; message: string };

export interface ClientToServerEvents {
  subscribe: (request: { draftId?: string; moderation?: boolean }, ack?: (result: LiveAck) => void) => void;
  unsubscribe: (request: { draftId?: string; moderation?: boolean }, ack?: (result: LiveAck) => void) => void;
}

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

export const draftRoom = (draftId: string) => `draft:${draftId}`;
export const userRoom = (userId: string) => `user:${userId}`;
/** Every socket opened with one sign-in session's credentials: disconnected when it ends. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const MODERATION_ROOM = 'moderation';
