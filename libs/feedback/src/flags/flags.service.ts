import { Inject, Injectable } from '@nestjs/common';
import { AuditService, Clock, optionalText, OutboxService, requireViewer, Viewer } from '@thamvan/core';
import {
  applyDecision,
  MODERATION_OPTIONS,
  ModerationOptions,
  moderationReasons,
} from '@thamvan/moderation-rules';
import { DataSource, EntityManager } from 'typeorm';
import { CommentAccess } from '../comments/comment-access';
import { MAX_FLAG_NOTE } from '../comments/comment-text';
import { CommentRow } from '../comments/comment-row';
import { commentPayload, FeedbackTopic } from '../feedback.events';
import { FlagReason } from './dto/flag-reason.enum';

/**
 * Reports to the moderators, once per person per comment: a second report by the same
 * person changes nothing and still answers true. Works after the consultation closes too.
 *
 * The first report since the last moderator review puts the comment in the moderation
 * queue; the report that brings the distinct reporters since that review to
 * `flagsToHide` hides a PUBLISHED comment, in the same transaction (CONTRACT.md). An
 * author's report of their own comment puts it in the queue like any other (a moderator
 * looks) but never counts towards hiding it: authors withdraw what they no longer want shown.
 */
@Injectable()
export class FlagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CommentAccess,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(MODERATION_OPTIONS) private readonly moderation: ModerationOptions,
  ) {}

  async flag(
    viewer: Viewer | null,
    commentId: string,
    reason: FlagReason,
    note?: string | null,
  ): Promise<boolean> {
    const user = requireViewer(viewer);
    const cleanNote = optionalText(note, 'note', MAX_FLAG_NOTE);
    const row = await this.access.requireVisible(user, commentId);
    await this.dataSource.transaction(async (manager) => {
      // The row lock makes concurrent reports take turns: exactly one of them crosses the threshold.
      const [locked]: { status: CommentRow['status'] }[] = await manager.query(
        `SELECT status FROM comment WHERE id = $1 FOR UPDATE`,
        [row.id],
      );
      const now = this.clock.now();
      const [inserted]: { id: string }[] = await manager.query(
        `INSERT INTO comment_flag (comment_id, user_id, reason, note, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (comment_id, user_id) DO NOTHING
         RETURNING id`,
        [row.id, user.userId, reason, cleanNote, now],
      );
      if (!inserted) return;
      await this.outbox.enqueue(manager, [
        {
          topic: FeedbackTopic.commentFlagged,
          aggregateId: row.id,
          payload: { ...commentPayload(row), flagId: inserted.id, reason },
        },
      ]);
      const flaggers = await this.queue(manager, row.id, now);
      if (flaggers >= this.moderation.flagsToHide && locked.status === 'PUBLISHED') {
        await applyDecision(manager, this.audit, this.outbox, {
          comment: { ...row, status: locked.status },
          moderatorId: null,
          action: 'HIDE',
          toStatus: 'HIDDEN',
          reason: moderationReasons.hiddenByReports(flaggers),
          reasonCode: 'HIDDEN_BY_READER_REPORTS',
          now,
          reviewed: false,
        });
      }
    });
    return true;
  }

  /**
   * Puts the comment in the queue (if not there yet); returns its reporters since the last
   * review, its author not counted.
   */
  private async queue(manager: EntityManager, commentId: string, now: Date): Promise<number> {
    const [{ flaggers }]: { flaggers: number }[] = await manager.query(
      `WITH q AS (
         UPDATE comment SET moderation_queued_at = coalesce(moderation_queued_at, $2)
          WHERE id = $1 AND status <> 'WITHDRAWN')
       SELECT count(*)::int AS flaggers FROM comment_flag f
          JOIN comment c ON c.id = f.comment_id
        WHERE f.comment_id = $1
          AND f.user_id <> c.author_id
          AND f.created_at > coalesce(c.moderated_at, '-infinity')`,
      [commentId, now],
    );
    return flaggers;
  }
}
