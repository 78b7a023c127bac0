import { Injectable } from '@nestjs/common';
import { CursorValue } from '@thamvan/core';
import { COMMENT_COLUMNS, COMMENT_JOINS, CommentRow, FlagReason } from '@thamvan/feedback';
import type { ScreeningFinding } from '@thamvan/moderation-rules';
import { DataSource } from 'typeorm';

export type QueueRow = CommentRow & { queuedAt: Date };

export interface ModerationFacts {
  queuedAt: Date | null;
  findings: ScreeningFinding[];
  maskedBody: string | null;
  flags: { reason: FlagReason; note: string | null }[];
}

export interface AuthorHistory {
  comments: number;
  hidden: number;
}

/**
 * The queries of the moderation queue: the comments waiting (`moderation_queued_at` set),
 * and what a moderator sees of each (screening findings, reports since the last review, the
 * author's history). Reads outside any transaction.
 */
@Injectable()
export class ModerationQueueRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Queued comments after the keyset position `after` (queued at, id), longest-waiting
   * first, read from the partial index that holds only queued rows.
   */
  async page(limit: number, after?: readonly CursorValue[]): Promise<QueueRow[]> {
    const params: unknown[] = [limit];
    const seek = after
      ? `AND (c.moderation_queued_at, c.id) > ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`
      : '';
    return this.dataSource.query<QueueRow[]>(
      `SELECT ${COMMENT_COLUMNS}, c.moderation_queued_at AS "queuedAt" FROM comment c ${COMMENT_JOINS}
        WHERE c.moderation_queued_at IS NOT NULL ${seek}
        ORDER BY c.moderation_queued_at, c.id LIMIT $1`,
      params,
    );
  }

  /** How many comments are queued. */
  async size(): Promise<number> {
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM comment WHERE moderation_queued_at IS NOT NULL`,
    );
    return total;
  }

  /** The queue facts of these comments, with their reports since the last review; absent ids are absent. */
  async facts(commentIds: readonly string[]): Promise<(ModerationFacts & { id: string })[]> {
    return this.dataSource.query<(ModerationFacts & { id: string })[]>(
      `SELECT c.id, c.moderation_queued_at AS "queuedAt", coalesce(c.screening_findings, '[]') AS findings,
              c.masked_body AS "maskedBody",
              coalesce((SELECT json_agg(json_build_object('reason', f.reason, 'note', f.note) ORDER BY f.created_at, f.id)
                          FROM comment_flag f
                         WHERE f.comment_id = c.id AND f.created_at > coalesce(c.moderated_at, '-infinity')), '[]') AS flags
         FROM comment c WHERE c.id = ANY($1::uuid[])`,
      [commentIds],
    );
  }

  /** Comments written and hidden by each of these authors; authors without comments are absent. */
  async authorHistories(authorIds: readonly string[]): Promise<(AuthorHistory & { authorId: string })[]> {
    return this.dataSource.query<(AuthorHistory & { authorId: string })[]>(
      `SELECT author_id AS "authorId", count(*)::int AS comments,
              count(*) FILTER (WHERE status = 'HIDDEN')::int AS hidden
         FROM comment WHERE author_id = ANY($1::uuid[]) GROUP BY author_id`,
      [authorIds],
    );
  }
}
