import { Inject, Injectable } from '@nestjs/common';
import {
  Clock,
  ConflictError,
  DomainError,
  ErrorCode,
  ForbiddenError,
  isUuid,
  NotFoundError,
  OutboxService,
  requireViewer,
  Viewer,
} from '@thamvan/core';
import { consultationStatus, ConsultationStatus } from '@thamvan/drafts';
import {
  MODERATION_OPTIONS,
  ModerationOptions,
  recentFloodHashes,
  screenComment,
  screenFlood,
} from '@thamvan/moderation-rules';
import { DataSource, EntityManager } from 'typeorm';
import { commentPayload, FeedbackTopic } from '../feedback.events';
import { FEEDBACK_OPTIONS, FeedbackOptions } from '../feedback.options';
import { cleanBody, cleanProposedText } from './comment-text';
import { editBlock, editBlockError } from './edit-rule';
import { toCommentObject } from './comment.mapper';
import { PRE_MODERATION_REASON } from './post-comment.sql';
import { CommentsRepository, LockedCommentRow } from './comments.repository';
import { CommentObject } from './dto/comment.object';
import { Stance } from './dto/comment.enums';
import { EditCommentInput } from './dto/comment.inputs';

type LockedRow = LockedCommentRow & {
  hasReplies: boolean;
  /** The agency has answered it (comment_response): no more edits. */
  answered: boolean;
};

/**
 * An author's changes to their own comment: edits (within the edit window, each keeping
 * the previous text as a revision) and withdrawal (the row stays, WITHDRAWN). Each change
 * and its outbox event commit in one transaction.
 *
 * An edit is screened like a post: masked texts are recomputed, and a hold (or a PRE
 * moderated draft) turns a PUBLISHED comment back to PENDING, into the moderation queue.
 */
@Injectable()
export class CommentChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly comments: CommentsRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
    @Inject(MODERATION_OPTIONS) private readonly moderation: ModerationOptions,
  ) {}

  async edit(viewer: Viewer | null, id: string, input: EditCommentInput): Promise<CommentObject> {
    const author = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwn(manager, author, id);
      const stance =
        input.stance === undefined || input.stance === null ? (row.stance as Stance | null) : input.stance;
      const body = cleanBody(input.body);
      const proposedText = cleanProposedText(
        input.proposedText === undefined || input.proposedText === null
          ? row.proposedText
          : input.proposedText,
        stance,
      );
      const now = this.clock.now();
      const window = this.options.editWindowSeconds;
      const block = editBlock(
        { ...row, consultationOpen: consultationStatus(row, now) === ConsultationStatus.OPEN },
        now,
        window,
      );
      if (block) throw editBlockError(block, row.status, window);
      if (body === row.body && stance === row.stance && proposedText === row.proposedText) {
        return toCommentObject(row, author);
      }
      await this.comments.insertRevision(manager, {
        commentId: row.id,
        body: row.body,
        stance: row.stance,
        proposedText: row.proposedText,
        writtenAt: row.editedAt ?? row.createdAt,
        replacedAt: now,
      });
      const screening = screenComment({ body, proposedText }, this.moderation);
      const recent = await recentFloodHashes(manager, row, now, this.moderation.flood);
      const flood = screenFlood(screening.floodHash, recent, this.moderation.flood);
      const findings = [...screening.findings, ...flood.findings];
      // A comment that waits keeps waiting; a published one goes back to the queue when held.
      const held = row.status === 'PENDING' || screening.hold || flood.hold || row.moderationMode === 'PRE';
      const status = held ? 'PENDING' : row.status;
      const moderationReason =
        row.status === 'PENDING'
          ? row.moderationReason
          : flood.hold
            ? screening.reasonWithFlood
            : screening.hold
              ? screening.reason
              : held
                ? PRE_MODERATION_REASON
                : row.moderationReason;
      const moderationReasonCode =
        row.status === 'PENDING'
          ? row.moderationReasonCode
          : flood.hold || screening.hold
            ? 'HELD_BY_SCREENING'
            : held
              ? 'HELD_PRE_MODERATION'
              : row.moderationReasonCode;
      await this.comments.saveEdit(manager, {
        id: row.id,
        body,
        stance,
        proposedText,
        editedAt: now,
        maskedBody: screening.maskedBody,
        maskedProposedText: screening.maskedProposedText,
        findings,
        status,
        moderationReason,
        moderationReasonCode,
        floodHash: screening.floodHash,
      });
      await this.outbox.enqueue(manager, [
        { topic: FeedbackTopic.commentUpdated, aggregateId: row.id, payload: { ...commentPayload(row) } },
        ...(status !== row.status
          ? [
              {
                topic: FeedbackTopic.commentModerated,
                aggregateId: row.id,
                payload: { ...commentPayload(row), status, previousStatus: row.status },
              },
            ]
          : []),
      ]);
      return toCommentObject(
        {
          ...row,
          body,
          stance: stance,
          proposedText,
          editedAt: now,
          status,
          moderationReason,
          moderationReasonCode,
          maskedBody: screening.maskedBody,
          maskedProposedText: screening.maskedProposedText,
        },
        author,
      );
    });
  }

  async withdraw(viewer: Viewer | null, id: string): Promise<CommentObject> {
    const author = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwn(manager, author, id);
      if (row.status === 'WITHDRAWN') return toCommentObject(row, author);
      if (row.status === 'HIDDEN')
        throw new ConflictError('A comment hidden by moderation cannot be withdrawn');
      const now = this.clock.now();
      this.requireOpen(row, now);
      await this.comments.withdraw(manager, row.id, now);
      await this.outbox.enqueue(manager, [
        { topic: FeedbackTopic.commentRemoved, aggregateId: row.id, payload: { ...commentPayload(row) } },
      ]);
      return toCommentObject({ ...row, status: 'WITHDRAWN' }, author);
    });
  }

  /** The viewer's own comment, locked for the change (a concurrent reply waits, or is seen). */
  private async lockOwn(manager: EntityManager, viewer: Viewer, id: string): Promise<LockedRow> {
    if (!isUuid(id)) throw new NotFoundError('Comment', id);
    const row = await this.comments.lockForChange(manager, id);
    if (!row || (row.status === 'PENDING' && row.authorId !== viewer.userId))
      throw new NotFoundError('Comment', id);
    if (row.authorId !== viewer.userId) throw new ForbiddenError('Only its author may change a comment');
    // A statement of its own, after the lock: a reply committed while we waited is seen.
    const { replied, answered } = await this.comments.repliedOrAnswered(manager, id);
    return { ...row, hasReplies: replied, answered };
  }

  private requireOpen(row: LockedRow, now: Date): void {
    const status = consultationStatus(row, now);
    if (status !== ConsultationStatus.OPEN) {
      throw new DomainError(
        ErrorCode.CONSULTATION_CLOSED,
        'The consultation is not open: comments can no longer change',
      );
    }
  }
}
