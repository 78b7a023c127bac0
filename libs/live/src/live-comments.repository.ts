import { Injectable } from '@nestjs/common';
import { CursorValue, Viewer } from '@thamvan/core';
import {
  COMMENT_COLUMNS,
  COMMENT_JOINS,
  CommentRow,
  REACTION_TALLY_COLUMNS,
  visibleSql,
} from '@thamvan/feedback';
import { DataSource } from 'typeorm';

/** Outbox topics that change what a reader sees of a comment. */
const CHANGE_TOPICS = [
  'comment.created',
  'comment.updated',
  'comment.removed',
  'comment.moderated',
  'reaction.updated',
  'response.published',
];

/** A comment changed since a seq, with the seq of its latest change. */
export type ChangedRow = CommentRow & { changedSeq: string; total: number };

export interface ReactionTally {
  agree: number;
  disagree: number;
}

/** A comment as live fan-out reads it: its row, public text and public author. */
export interface LiveCommentDbRow {
  id: string;
  draftId: string;
  provisionId: string | null;
  parentId: string | null;
  authorId: string;
  status: 'PUBLISHED' | 'PENDING' | 'HIDDEN' | 'WITHDRAWN';
  body: string;
  stance: string | null;
  createdAt: Date;
  editedAt: Date | null;
  displayName: string | null;
  kind: string | null;
  organizationName: string | null;
  province: string | null;
  verified: boolean | null;
}

/** The public text of a comment (see the team's data contract with moderation). */
export const PUBLIC_BODY = 'coalesce(c.masked_body, c.body)';

/**
 * The queries of live updates: the comments a relay batch announces, their reaction
 * counts, and the catch-up read of what changed since an outbox seq. Reads outside any
 * transaction.
 */
@Injectable()
export class LiveCommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The comments of a draft with an outbox event after `seq` that `viewer` may see, each
   * once at its latest change, in (changedSeq, id) order after the keyset position `after`,
   * and how many there are in all. Read from `outbox_event` by id range (its primary key)
   * filtered by the payload's draftId: no new column on `comment` that every writer would
   * have to maintain, and no new index on the hottest table (docs/live.md).
   */
  async changedSince(
    viewer: Viewer | null,
    args: { draftId: string; seq: string; after?: readonly CursorValue[]; limit: number },
  ): Promise<{ rows: ChangedRow[]; total: number }> {
    const params: unknown[] = [args.seq, CHANGE_TOPICS, args.draftId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const seek = args.after
      ? `WHERE (v."changedSeq", v.id) > (${param(args.after[0])}::bigint, ${param(args.after[1])}::uuid)`
      : '';
    const rows = await this.dataSource.query<ChangedRow[]>(
      `WITH changed AS (
         SELECT x.id::uuid AS comment_id, max(o.id) AS seq
           FROM outbox_event o
           CROSS JOIN LATERAL (
             SELECT o.payload->>'commentId' WHERE o.topic <> 'response.published'
             UNION ALL
             SELECT jsonb_array_elements_text(o.payload->'commentIds') WHERE o.topic = 'response.published'
           ) x(id)
          WHERE o.id > $1::bigint AND o.topic = ANY($2::text[]) AND o.payload->>'draftId' = $3
          GROUP BY x.id
       ), v AS MATERIALIZED (
         SELECT ch.seq AS "changedSeq", ${COMMENT_COLUMNS}
           FROM changed ch JOIN comment c ON c.id = ch.comment_id ${COMMENT_JOINS}
          WHERE c.draft_id = $3::uuid AND ${visibleSql(viewer, param)}
       )
       SELECT t.total, p.*
         FROM (SELECT count(*)::int AS total FROM v) t
         LEFT JOIN LATERAL (
           SELECT * FROM v ${seek} ORDER BY v."changedSeq", v.id LIMIT ${param(args.limit)}
         ) p ON true`,
      params,
    );
    // One row with a null id when the page is empty: the count comes through regardless.
    const total = rows[0]?.total ?? 0;
    const found = rows.filter((r) => r.id !== null).map((r) => ({ ...r, changedSeq: String(r.changedSeq) }));
    return { rows: found, total };
  }

  /** The seq of the latest outbox event, null when there is none. */
  async lastSeq(): Promise<string | null> {
    const [{ last }] = await this.dataSource.query<{ last: string | null }[]>(
      `SELECT max(id)::text AS last FROM outbox_event`,
    );
    return last;
  }

  /**
   * Agree and disagree counts of comments, computed from `comment_reaction` itself in one
   * grouped query (primary-key index on comment_id). Comments without reactions are absent.
   */
  async reactionTallies(commentIds: string[]): Promise<({ id: string } & ReactionTally)[]> {
    return this.dataSource.query<({ id: string } & ReactionTally)[]>(
      `SELECT comment_id AS id, ${REACTION_TALLY_COLUMNS}
         FROM comment_reaction WHERE comment_id = ANY($1::uuid[]) GROUP BY comment_id`,
      [commentIds],
    );
  }

  /**
   * The comments with these ids, with their public authors, in one query. The text is the
   * PUBLIC one: `coalesce(masked_body, body)` (personal data masked by moderation) — a live
   * event goes to everyone in a room, never only to the author. No e-mail, phone or IP is
   * selected, so none can leak into a payload.
   */
  async byIds(ids: readonly string[]): Promise<LiveCommentDbRow[]> {
    return this.dataSource.query<LiveCommentDbRow[]>(
      `SELECT c.id, c.draft_id AS "draftId", c.provision_id AS "provisionId", c.parent_id AS "parentId",
              c.author_id AS "authorId", c.status, ${PUBLIC_BODY} AS body, c.stance,
              c.created_at AS "createdAt", c.edited_at AS "editedAt",
              u.display_name AS "displayName", u.kind, u.organization_name AS "organizationName",
              u.province, u.verification_level <> 'NONE' AS verified
         FROM comment c LEFT JOIN app_user u ON u.id = c.author_id
        WHERE c.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
  }
}
