import { Injectable } from '@nestjs/common';
import { FlagReason } from '@thamvan/feedback';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { ScreeningFinding } from '@thamvan/moderation-rules';
import type { ModerationDecisionObject } from './dto/comment-moderation.object';

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
 * Per-request DataLoaders behind Comment.moderation: a page of the queue costs three
 * queries (facts with unreviewed flags, author histories, decisions), whatever its size.
 */
@Injectable()
export class ModerationLoaders {
  constructor(private readonly dataSource: DataSource) {}

  readonly facts = () =>
    new DataLoader<string, ModerationFacts | null>(async (ids) => {
      const rows: (ModerationFacts & { id: string })[] = await this.dataSource.query(
        `SELECT c.id, c.moderation_queued_at AS "queuedAt", coalesce(c.screening_findings, '[]') AS findings,
                c.masked_body AS "maskedBody",
                coalesce((SELECT json_agg(json_build_object('reason', f.reason, 'note', f.note) ORDER BY f.created_at, f.id)
                            FROM comment_flag f
                           WHERE f.comment_id = c.id AND f.created_at > coalesce(c.moderated_at, '-infinity')), '[]') AS flags
           FROM comment c WHERE c.id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });

  readonly authorHistory = () =>
    new DataLoader<string, AuthorHistory>(async (authorIds) => {
      const rows: (AuthorHistory & { authorId: string })[] = await this.dataSource.query(
        `SELECT author_id AS "authorId", count(*)::int AS comments,
                count(*) FILTER (WHERE status = 'HIDDEN')::int AS hidden
           FROM comment WHERE author_id = ANY($1::uuid[]) GROUP BY author_id`,
        [authorIds],
      );
      const byId = new Map(rows.map((r) => [r.authorId, r]));
      return authorIds.map((id) => byId.get(id) ?? { comments: 0, hidden: 0 });
    });

  readonly decisions = () =>
    new DataLoader<string, ModerationDecisionObject[]>(async (ids) => {
      const rows: (ModerationDecisionObject & { commentId: string })[] = await this.dataSource.query(
        `SELECT comment_id AS "commentId", action, reason, from_status AS "fromStatus", to_status AS "toStatus",
                decided_at AS "decidedAt", moderator_id IS NULL AS automatic
           FROM moderation_decision WHERE comment_id = ANY($1::uuid[]) ORDER BY decided_at, id`,
        [ids],
      );
      return ids.map((id) => rows.filter((r) => r.commentId === id).map(({ commentId: _c, ...d }) => d));
    });
}
