import { Injectable } from '@nestjs/common';
import {
  AsOutboxConsumer,
  CommentEventPayload,
  OutboxConsumer,
  OutboxMessage,
  OutboxTopics,
} from '@thamvan/core';
import { LiveCommentReader, LiveCommentRow } from './live-comment-reader';
import { draftRoom, MODERATION_ROOM, userRoom } from './live.events';
import { LiveServer } from './live-server';
import { ReactionCoalescer } from './reaction-coalescer';

const TOPICS = [
  'consultation.updated',
  'comment.created',
  'comment.updated',
  'comment.removed',
  'comment.moderated',
  'comment.flagged',
  'reaction.updated',
  'response.published',
] as const;
type Topic = (typeof TOPICS)[number];

/** Topics whose clients are told the comment's current row. */
type ReadsRow = 'comment.created' | 'comment.updated' | 'comment.moderated';
const READS_ROW: ReadonlySet<Topic> = new Set<ReadsRow>([
  'comment.created',
  'comment.updated',
  'comment.moderated',
]);
const readsRow = (event: OutboxMessage<Topic>): event is OutboxMessage<ReadsRow> =>
  READS_ROW.has(event.topic);

/**
 * Outbox → socket.io. Events reach clients only from here: after commit, in the process
 * that runs the relay, each with its outbox `seq`, one broadcast per room. Delivery is at
 * least once and events of one comment may arrive more than once (e.g. created, then
 * approved): clients upsert by comment id and may drop a `seq` they have already seen.
 *
 * The payloads carry ids; what a room is told comes from the comment's CURRENT row, read
 * for the whole relay batch in one query. So a comment that is PENDING, HIDDEN or WITHDRAWN
 * by the time we look is never announced to a draft room, whatever the topic claims, and a
 * redelivered or reordered event can only repeat the present state.
 */
@Injectable()
@AsOutboxConsumer()
export class LiveOutboxConsumer implements OutboxConsumer<Topic> {
  readonly name = 'live';
  readonly topics = TOPICS;

  constructor(
    private readonly live: LiveServer,
    private readonly reader: LiveCommentReader,
    private readonly reactions: ReactionCoalescer,
  ) {}

  async handle(events: OutboxMessage<Topic>[]): Promise<void> {
    const rows = await this.reader.byIds(events.flatMap(commentIdsToRead));
    for (const event of events) this.dispatch(event, rows);
  }

  private dispatch(event: OutboxMessage<Topic>, rows: Map<string, LiveCommentRow>): void {
    const { seq } = event;
    switch (event.topic) {
      case 'consultation.updated': {
        const { draftId, status } = event.payload;
        this.live.emit(draftRoom(draftId), 'consultation.updated', { seq, draftId, status });
        return;
      }
      case 'comment.removed': {
        // Withdrawn: final, and the payload's ids are all a reader needs to drop it from view.
        const p = event.payload;
        this.removed(seq, p.draftId, p.provisionId, p.commentId);
        return;
      }
      case 'comment.flagged':
        this.live.emit(MODERATION_ROOM, 'moderation.queued', {
          ...queued(seq, event.payload),
          reason: 'FLAGGED',
        });
        return;
      case 'reaction.updated':
        this.reactions.add(event.payload.draftId, event.payload.commentId, seq);
        return;
      case 'response.published':
        this.responsePublished(seq, event.payload, rows);
        return;
      default:
        this.commentChanged(event, rows);
    }
  }

  private commentChanged(event: OutboxMessage<ReadsRow>, rows: Map<string, LiveCommentRow>): void {
    const p = event.payload;
    const row = rows.get(p.commentId);
    if (!row) return;
    const { seq } = event;
    if (event.topic === 'comment.moderated') {
      this.live.emit(MODERATION_ROOM, 'moderation.decided', {
        seq,
        draftId: row.draftId,
        commentId: row.id,
        status: row.status,
      });
    }
    switch (row.status) {
      case 'PUBLISHED': {
        // New to the public: posted, or approved out of the pre-moderation queue.
        const isNew =
          event.topic === 'comment.created' ||
          (event.topic === 'comment.moderated' && event.payload.previousStatus === 'PENDING');
        const payload = { seq, draftId: row.draftId, provisionId: row.provisionId, comment: row.comment };
        this.live.emit(draftRoom(row.draftId), isNew ? 'comment.created' : 'comment.updated', payload);
        return;
      }
      case 'PENDING':
        // Held by screening, at posting or after an edit. A published comment held again
        // leaves the public's view like a hidden one.
        if (event.topic !== 'comment.moderated') {
          this.live.emit(MODERATION_ROOM, 'moderation.queued', { ...queued(seq, p), reason: 'PENDING' });
        }
        if (event.topic !== 'comment.created') this.removed(seq, row.draftId, row.provisionId, row.id);
        return;
      case 'HIDDEN':
      case 'WITHDRAWN':
        // Only a moderation decision announces removal here; an edit or a creation that finds
        // the comment already gone says nothing (its own removal event does).
        if (event.topic === 'comment.moderated') this.removed(seq, row.draftId, row.provisionId, row.id);
        return;
    }
  }

  /**
   * One event per answered comment, to its draft room and its author's user room at once:
   * socket.io delivers once to a socket in both. A PENDING comment's answer goes to its author only.
   */
  private responsePublished(
    seq: string,
    p: OutboxTopics['response.published'],
    rows: Map<string, LiveCommentRow>,
  ): void {
    for (const commentId of p.commentIds ?? []) {
      const row = rows.get(commentId);
      if (!row) continue;
      const rooms = [userRoom(row.authorId)];
      if (row.status !== 'PENDING') rooms.push(draftRoom(row.draftId));
      this.live.emit(rooms, 'response.published', {
        seq,
        draftId: row.draftId,
        commentId,
        disposition: p.disposition,
        explanation: p.explanation ?? null,
      });
    }
  }

  private removed(seq: string, draftId: string, provisionId: string | null, id: string): void {
    this.live.emit(draftRoom(draftId), 'comment.removed', { seq, draftId, provisionId, id });
  }
}

function commentIdsToRead(event: OutboxMessage<Topic>): string[] {
  if (readsRow(event)) return [event.payload.commentId];
  if (event.topic === 'response.published') return event.payload.commentIds ?? [];
  return [];
}

function queued(seq: string, p: CommentEventPayload) {
  return { seq, draftId: p.draftId, provisionId: p.provisionId, commentId: p.commentId };
}
