import { Injectable } from '@nestjs/common';
import {
  Clock,
  ConflictError,
  ForbiddenError,
  outboxInsertSql,
  outboxPayloadJson,
  requireViewer,
  Viewer,
} from '@thamvan/core';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CommentAccess } from '../comments/comment-access';
import { toCommentObject } from '../comments/comment.mapper';
import { CommentObject } from '../comments/dto/comment.object';
import { commentPayload, FeedbackTopic } from '../feedback.events';
import { ReactionKind } from './dto/reaction-kind.enum';
import type { ReactionKindName } from './entities/comment-reaction.entity';
import { REACTION_TALLY_COLUMNS } from './reaction-tally.sql';

export interface ReactionKey {
  userId: string;
  commentId: string;
}

/**
 * Agree / disagree, one per person per comment. The reaction and its outbox event are one
 * statement; stored counts follow through the counters consumer, while `myReaction` is read
 * from the reactions table itself, so the writer sees their own reaction at once, and the
 * mutation's answer counts the comment's reactions including the one just made.
 */
@Injectable()
export class ReactionsService {
  /** Per-request loader of the viewer's own reactions, keyed by (viewer, comment). */
  readonly myReactionLoader = () =>
    new DataLoader<ReactionKey, ReactionKindName | null, string>(
      async (keys) => {
        const rows: { userId: string; commentId: string; kind: ReactionKindName }[] =
          await this.dataSource.query(
            `SELECT r.user_id AS "userId", r.comment_id AS "commentId", r.kind
             FROM comment_reaction r
             JOIN unnest($1::uuid[], $2::uuid[]) k(user_id, comment_id)
               ON k.user_id = r.user_id AND k.comment_id = r.comment_id`,
            [keys.map((k) => k.userId), keys.map((k) => k.commentId)],
          );
        const found = new Map(rows.map((r) => [`${r.userId}:${r.commentId}`, r.kind]));
        return keys.map((k) => found.get(`${k.userId}:${k.commentId}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.userId}:${k.commentId}` },
    );

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CommentAccess,
    private readonly clock: Clock,
  ) {}

  async react(viewer: Viewer | null, commentId: string, kind: ReactionKind): Promise<CommentObject> {
    const user = requireViewer(viewer);
    const row = await this.access.requireVisible(user, commentId);
    if (row.authorId === user.userId) throw new ForbiddenError('You cannot react to your own comment');
    // A PENDING comment is not public yet: reactions (and the live counts they announce to
    // the draft's public room) wait until it is published.
    if (row.status !== 'PUBLISHED') {
      throw new ConflictError(`A ${row.status.toLowerCase()} comment takes no reactions`);
    }
    await this.access.requireOpen(row);
    const event = [
      FeedbackTopic.reactionUpdated,
      row.id,
      outboxPayloadJson(FeedbackTopic.reactionUpdated, commentPayload(row)),
    ];
    // Each branch writes the outbox event only when the reaction actually changed, and reads in
    // the same statement the comment's reactions as they were before it and the viewer's
    // previous one: the answer carries the counts including the reaction just made, exactly,
    // while comment_counter (what later reads use) catches up through the consumer.
    const counts = `SELECT ${REACTION_TALLY_COLUMNS}, (SELECT kind FROM previous) AS previous
                      FROM comment_reaction WHERE comment_id = $4`;
    const [before]: { agree: number; disagree: number; previous: ReactionKindName | null }[] =
      kind === ReactionKind.NONE
        ? await this.dataSource.query(
            `WITH previous AS (SELECT kind FROM comment_reaction WHERE comment_id = $4 AND user_id = $5),
                  gone AS (DELETE FROM comment_reaction WHERE comment_id = $4 AND user_id = $5 RETURNING 1),
                  event AS (${outboxInsertSql('SELECT $1, $2, $3::jsonb FROM gone')} RETURNING 1)
             ${counts}`,
            [...event, row.id, user.userId],
          )
        : await this.dataSource.query(
            `WITH previous AS (SELECT kind FROM comment_reaction WHERE comment_id = $4 AND user_id = $5),
                  up AS (
                    INSERT INTO comment_reaction AS r (comment_id, user_id, kind, updated_at) VALUES ($4, $5, $6, $7)
                    ON CONFLICT (comment_id, user_id) DO UPDATE SET kind = EXCLUDED.kind, updated_at = EXCLUDED.updated_at
                     WHERE r.kind <> EXCLUDED.kind
                    RETURNING 1),
                  event AS (${outboxInsertSql('SELECT $1, $2, $3::jsonb FROM up')} RETURNING 1)
             ${counts}`,
            [...event, row.id, user.userId, kind, this.clock.now()],
          );
    const now = kind === ReactionKind.NONE ? null : (kind as string);
    const delta = (k: ReactionKindName) => (now === k ? 1 : 0) - (before.previous === k ? 1 : 0);
    return toCommentObject(
      {
        ...row,
        agreeCount: before.agree + delta('AGREE'),
        disagreeCount: before.disagree + delta('DISAGREE'),
      },
      user,
    );
  }
}
