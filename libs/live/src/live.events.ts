/**
 * The typed event map of namespace /live (CONTRACT.md, "Live"). Every server event carries
 * `seq`, the outbox sequence number of the change it announces, so clients can order events
 * and catch up through GraphQL (`commentsSince`) after a gap.
 */
export interface ServerToClientEvents {
  'consultation.updated': (payload: { seq: string; draftId: string; status: string }) => void;
  'comment.created': (payload: {
    seq: string;
    draftId: string;
    provisionId: string | null;
    comment: unknown;
  }) => void;
  'comment.updated': (payload: {
    seq: string;
    draftId: string;
    provisionId: string | null;
    comment: unknown;
  }) => void;
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
export const MODERATION_ROOM = 'moderation';
