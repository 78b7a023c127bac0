import { Injectable } from '@nestjs/common';
import { outboxInsertSql, outboxPayloadJson } from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import { CommentEventPayload, FeedbackTopic } from '../feedback.events';
import type { ReactionKindName } from './entities/comment-reaction.entity';
import { REACTION_TALLY_COLUMNS } from './reaction-tally.sql';

/** The `reaction.updated` event a change of reaction writes, in the same statement. */
export interface ReactionEvent {
  topic: typeof FeedbackTopic.reactionUpdated;
  aggregateId: string;
  payload: CommentEventPayload;
}

/** A comment's reactions as they were before a change, and the person's previous one. */
export interface ReactionsBefore {
  agree: number;
  disagree: number;
  previous: ReactionKindName | null;
}

/** A person's reactions as `myData` lists them. */
export interface ReactionData {
  commentId: string;
  kind: ReactionKindName;
  updatedAt: Date;
}

/**
 * What a change of reaction answers (after `previous`, the person's reaction before it, and
 * with $4 the comment). Both statements below write the outbox event only when the reaction
 * actually changed, and read in the same statement the comment's reactions as they were
 * before it and the viewer's previous one: the answer carries the counts including the
 * reaction just made, exactly, while comment_counter (what later reads use) catches up
 * through the consumer.
 */
const COUNTS_BEFORE = `SELECT ${REACTION_TALLY_COLUMNS}, (SELECT kind FROM previous) AS previous
                      FROM comment_reaction WHERE comment_id = $4`;

/** $1, $2 and $3 of both statements: the event's topic, aggregate and payload. */
const eventParams = (event: ReactionEvent) => [
  event.topic,
  event.aggregateId,
  outboxPayloadJson(event.topic, event.payload),
];

/**
 * The queries of comment_reaction: the viewer's own reactions, a change of reaction with
 * its outbox event (one statement), and a person's reactions for `myData`.
 */
@Injectable()
export class ReactionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The reactions of these (person, comment) pairs that exist. */
  async kinds(
    keys: readonly { userId: string; commentId: string }[],
  ): Promise<{ userId: string; commentId: string; kind: ReactionKindName }[]> {
    return this.dataSource.query<{ userId: string; commentId: string; kind: ReactionKindName }[]>(
      `SELECT r.user_id AS "userId", r.comment_id AS "commentId", r.kind
             FROM comment_reaction r
             JOIN unnest($1::uuid[], $2::uuid[]) k(user_id, comment_id)
               ON k.user_id = r.user_id AND k.comment_id = r.comment_id`,
      [keys.map((k) => k.userId), keys.map((k) => k.commentId)],
    );
  }

  /** Removes a person's reaction to a comment, if any, and writes `event` when there was one. */
  async remove(commentId: string, userId: string, event: ReactionEvent): Promise<ReactionsBefore> {
    const [before] = await this.dataSource.query<ReactionsBefore[]>(
      `WITH previous AS (SELECT kind FROM comment_reaction WHERE comment_id = $4 AND user_id = $5),
                  gone AS (DELETE FROM comment_reaction WHERE comment_id = $4 AND user_id = $5 RETURNING 1),
                  event AS (${outboxInsertSql('SELECT $1, $2, $3::jsonb FROM gone')} RETURNING 1)
             ${COUNTS_BEFORE}`,
      [...eventParams(event), commentId, userId],
    );
    return before;
  }

  /** Sets a person's reaction to a comment, and writes `event` when it changed. */
  async set(
    reaction: { commentId: string; userId: string; kind: ReactionKindName; now: Date },
    event: ReactionEvent,
  ): Promise<ReactionsBefore> {
    const [before] = await this.dataSource.query<ReactionsBefore[]>(
      `WITH previous AS (SELECT kind FROM comment_reaction WHERE comment_id = $4 AND user_id = $5),
                  up AS (
                    INSERT INTO comment_reaction AS r (comment_id, user_id, kind, updated_at) VALUES ($4, $5, $6, $7)
                    ON CONFLICT (comment_id, user_id) DO UPDATE SET kind = EXCLUDED.kind, updated_at = EXCLUDED.updated_at
                     WHERE r.kind <> EXCLUDED.kind
                    RETURNING 1),
                  event AS (${outboxInsertSql('SELECT $1, $2, $3::jsonb FROM up')} RETURNING 1)
             ${COUNTS_BEFORE}`,
      [...eventParams(event), reaction.commentId, reaction.userId, reaction.kind, reaction.now],
    );
    return before;
  }

  /** Everything a person reacted to, in the export's snapshot. */
  async madeBy(manager: EntityManager, userId: string): Promise<ReactionData[]> {
    return manager.query<ReactionData[]>(
      `SELECT comment_id AS "commentId", kind, updated_at AS "updatedAt"
             FROM comment_reaction WHERE user_id = $1 ORDER BY updated_at`,
      [userId],
    );
  }
}
