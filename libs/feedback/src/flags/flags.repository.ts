import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CommentStatusName } from '../comments/entities/comment.entity';
import { FlagReason } from './dto/flag-reason.enum';

/**
 * The queries of reader reports (comment_flag) and of what they do to their comment's place
 * in the moderation queue. Every method runs in the caller's transaction.
 */
@Injectable()
export class FlagsRepository {
  /**
   * Locks the comment for the report and returns its status: concurrent reports take turns,
   * so exactly one of them crosses the threshold.
   */
  async lockComment(manager: EntityManager, commentId: string): Promise<CommentStatusName> {
    const [locked] = await manager.query<{ status: CommentStatusName }[]>(
      `SELECT status FROM comment WHERE id = $1 FOR UPDATE`,
      [commentId],
    );
    return locked.status;
  }

  /** The report's id, or null when this person had already reported the comment. */
  async insert(
    manager: EntityManager,
    flag: { commentId: string; userId: string; reason: FlagReason; note: string | null; now: Date },
  ): Promise<string | null> {
    const [inserted] = await manager.query<{ id: string }[]>(
      `INSERT INTO comment_flag (comment_id, user_id, reason, note, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (comment_id, user_id) DO NOTHING
       RETURNING id`,
      [flag.commentId, flag.userId, flag.reason, flag.note, flag.now],
    );
    return inserted ? inserted.id : null;
  }

  /**
   * Puts the comment in the queue (if not there yet); returns its reporters since the last
   * review, its author not counted.
   */
  async queue(manager: EntityManager, commentId: string, now: Date): Promise<number> {
    const [{ flaggers }] = await manager.query<{ flaggers: number }[]>(
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

  /** The reports a person made, oldest first (their personal-data export). */
  async madeBy(
    manager: EntityManager,
    userId: string,
  ): Promise<{ commentId: string; reason: FlagReason; note: string | null; createdAt: Date }[]> {
    return manager.query(
      `SELECT comment_id AS "commentId", reason, note, created_at AS "createdAt"
         FROM comment_flag WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }
}
