import { Injectable } from '@nestjs/common';
import { BadInputError, Clock, requireViewer, Viewer } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { CommentAccess } from '../comments/comment-access';
import { MAX_FLAG_NOTE, normalizeText } from '../comments/comment-text';
import { commentPayload, FeedbackTopic } from '../feedback.events';
import { FlagReason } from './dto/flag-reason.enum';

/**
 * Reports to the moderators, once per person per comment: a second report by the same
 * person changes nothing and still answers true. Works after the consultation closes too.
 */
@Injectable()
export class FlagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CommentAccess,
    private readonly clock: Clock,
  ) {}

  async flag(
    viewer: Viewer | null,
    commentId: string,
    reason: FlagReason,
    note?: string | null,
  ): Promise<boolean> {
    const user = requireViewer(viewer);
    const cleanNote = note ? normalizeText(note) : '';
    if (cleanNote.length > MAX_FLAG_NOTE) {
      throw new BadInputError(`note must be at most ${MAX_FLAG_NOTE} characters`, 'note');
    }
    const row = await this.access.requireVisible(user, commentId);
    await this.dataSource.query(
      `WITH ins AS (
         INSERT INTO comment_flag (comment_id, user_id, reason, note, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (comment_id, user_id) DO NOTHING
         RETURNING id)
       INSERT INTO outbox_event (topic, aggregate_id, payload)
       SELECT $6, $1::text, $7::jsonb || jsonb_build_object('flagId', ins.id, 'reason', $3::text) FROM ins`,
      [
        row.id,
        user.userId,
        reason,
        cleanNote || null,
        this.clock.now(),
        FeedbackTopic.commentFlagged,
        JSON.stringify(commentPayload(row)),
      ],
    );
    return true;
  }
}
