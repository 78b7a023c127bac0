import { Inject, Injectable } from '@nestjs/common';
import { AuditService, Clock, optionalText, OutboxService, requireViewer, Viewer } from '@thamvan/core';
import {
  applyDecision,
  MODERATION_OPTIONS,
  ModerationOptions,
  moderationReasons,
} from '@thamvan/moderation-rules';
import { DataSource } from 'typeorm';
import { CommentAccess } from '../comments/comment-access';
import { MAX_FLAG_NOTE } from '../comments/comment-text';
import { commentPayload, FeedbackTopic } from '../feedback.events';
import { FlagReason } from './dto/flag-reason.enum';
import { FlagsRepository } from './flags.repository';

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
    private readonly flags: FlagsRepository,
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
      const status = await this.flags.lockComment(manager, row.id);
      const now = this.clock.now();
      const flagId = await this.flags.insert(manager, {
        commentId: row.id,
        userId: user.userId,
        reason,
        note: cleanNote,
        now,
      });
      if (!flagId) return;
      await this.outbox.enqueue(manager, [
        {
          topic: FeedbackTopic.commentFlagged,
          aggregateId: row.id,
          payload: { ...commentPayload(row), flagId, reason },
        },
      ]);
      const flaggers = await this.flags.queue(manager, row.id, now);
      if (flaggers >= this.moderation.flagsToHide && status === 'PUBLISHED') {
        await applyDecision(manager, this.audit, this.outbox, {
          comment: { ...row, status },
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
}
