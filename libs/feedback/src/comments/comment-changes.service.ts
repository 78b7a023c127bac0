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
import { COMMENT_COLUMNS, COMMENT_JOINS, CommentRow } from './comment-row';
import { cleanBody, cleanProposedText } from './comment-text';
import { editBlock, editBlockError } from './edit-rule';
import { toCommentObject } from './comment.mapper';
import { PRE_MODERATION_REASON } from './post-comment.sql';
import { CommentObject } from './dto/comment.object';
import { Stance } from './dto/comment.enums';
import { EditCommentInput } from './dto/comment.inputs';

type LockedRow = CommentRow & {
  opensAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
  moderationMode: 'POST' | 'PRE';
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
      await manager.query(
        `INSERT INTO comment_revision (comment_id, body, stance, proposed_text, written_at, replaced_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [row.id, row.body, row.stance, row.proposedText, row.editedAt ?? row.createdAt, now],
      );
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
      await manager.query(
        `UPDATE comment SET body = $2, stance = $3, proposed_text = $4, edited_at = $5,
                masked_body = $6, masked_proposed_text = $7, screening_findings = $8::jsonb,
                status = $9, moderation_reason = $10, flood_hash = $11, moderation_reason_code = $12,
                moderation_queued_at = CASE WHEN $9 = 'PENDING' THEN coalesce(moderation_queued_at, $5) ELSE moderation_queued_at END
          WHERE id = $1`,
        [
          row.id,
          body,
          stance,
          proposedText,
          now,
          screening.maskedBody,
          screening.maskedProposedText,
          findings.length ? JSON.stringify(findings) : null,
          status,
          moderationReason,
          screening.floodHash,
          moderationReasonCode,
        ],
      );
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
      // A withdrawn comment leaves the moderation queue: there is nothing left to decide.
      await manager.query(
        `UPDATE comment SET status = 'WITHDRAWN', withdrawn_at = $2, moderation_queued_at = NULL WHERE id = $1`,
        [row.id, now],
      );
      await this.outbox.enqueue(manager, [
        { topic: FeedbackTopic.commentRemoved, aggregateId: row.id, payload: { ...commentPayload(row) } },
      ]);
      return toCommentObject({ ...row, status: 'WITHDRAWN' }, author);
    });
  }

  /** The viewer's own comment, locked for the change (a concurrent reply waits, or is seen). */
  private async lockOwn(manager: EntityManager, viewer: Viewer, id: string): Promise<LockedRow> {
    if (!isUuid(id)) throw new NotFoundError('Comment', id);
    const [row]: LockedRow[] = await manager.query(
      `SELECT ${COMMENT_COLUMNS}, cd.opens_at AS "opensAt", cd.closes_at AS "closesAt", cd.closed_at AS "closedAt",
              cd.moderation_mode AS "moderationMode"
         FROM comment c ${COMMENT_JOINS}
        WHERE c.id = $1
          FOR UPDATE OF c`,
      [id],
    );
    if (!row || (row.status === 'PENDING' && row.authorId !== viewer.userId))
      throw new NotFoundError('Comment', id);
    if (row.authorId !== viewer.userId) throw new ForbiddenError('Only its author may change a comment');
    // A statement of its own, after the lock: a reply committed while we waited is seen.
    const [{ replied, answered }]: { replied: boolean; answered: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM comment WHERE parent_id = $1) AS replied,
              EXISTS (SELECT 1 FROM comment_response WHERE comment_id = $1) AS answered`,
      [id],
    );
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
