import { Injectable } from '@nestjs/common';
import { COMMENT_COLUMNS, COMMENT_JOINS, CommentRow } from '@thamvan/feedback';
import { DataSource, EntityManager } from 'typeorm';
import type { ModerationDecisionObject } from '../queue/dto/comment-moderation.object';

/**
 * The queries around moderators' decisions: the comment a decision is about, locked, and
 * the decisions taken on comments. Writing a decision is `applyDecision`'s
 * (@thamvan/moderation-rules), shared with feedback's flag transaction.
 */
@Injectable()
export class ModerationDecisionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The comment's row, locked for the decision in the caller's transaction; undefined if none. */
  async lockComment(manager: EntityManager, id: string): Promise<CommentRow | undefined> {
    const [row] = await manager.query<CommentRow[]>(
      `SELECT ${COMMENT_COLUMNS} FROM comment c ${COMMENT_JOINS} WHERE c.id = $1 FOR UPDATE OF c`,
      [id],
    );
    return row;
  }

  /** The decisions on these comments, oldest first, each with its comment's id. */
  async ofComments(
    commentIds: readonly string[],
  ): Promise<(ModerationDecisionObject & { commentId: string })[]> {
    return this.dataSource.query<(ModerationDecisionObject & { commentId: string })[]>(
      `SELECT comment_id AS "commentId", action, reason, from_status AS "fromStatus", to_status AS "toStatus",
              decided_at AS "decidedAt", moderator_id IS NULL AS automatic
         FROM moderation_decision WHERE comment_id = ANY($1::uuid[]) ORDER BY decided_at, id`,
      [commentIds],
    );
  }
}
