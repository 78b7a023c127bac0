import { Injectable } from '@nestjs/common';
import { BadInputError, Connection, isUuid, keysetPage, NotFoundError, Viewer } from '@thamvan/core';
import { DraftsService } from '@thamvan/drafts';
import {
  COMMENT_COLUMNS,
  COMMENT_JOINS,
  CommentObject,
  CommentRow,
  toCommentObject,
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

/**
 * How far back a catch-up may reach, in outbox events (all topics). The query reads the
 * outbox by primary-key range, so its cost grows with this distance whatever the draft; a
 * client further behind than this (hours away at national-consultation rates) reloads the
 * draft through the ordinary queries instead. Measured in docs/live.md.
 */
export const CATCH_UP_MAX_EVENTS = 500_000;

const SEQ = /^\d{1,18}$/;

type ChangedRow = CommentRow & { changedSeq: string; total: number };

/**
 * `commentsSince`: the comments of a draft with an outbox event after `seq`, each once, at
 * its latest change, in seq order. Read from `outbox_event` by id range (its primary key)
 * filtered by the payload's draftId: no new column on `comment` that every writer would have
 * to maintain, and no new index on the hottest table. See docs/live.md for the measurements
 * and the alternative (a `last_seq` column on comment).
 */
@Injectable()
export class CommentsSinceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly drafts: DraftsService,
  ) {}

  async list(
    viewer: Viewer | null,
    args: { draftId: string; seq: string; first?: number | null; after?: string | null },
  ): Promise<Connection<CommentObject>> {
    if (typeof args.seq !== 'string' || !SEQ.test(args.seq)) {
      throw new BadInputError('seq must be the decimal seq of a live event', 'seq');
    }
    const page = keysetPage<ChangedRow>(args, (r) => [r.changedSeq, r.id], ['bigint', 'uuid']);
    if (!isUuid(args.draftId) || !(await this.drafts.findVisible(viewer, args.draftId))) {
      throw new NotFoundError('Draft', args.draftId);
    }
    await this.requireRecent(args.seq);
    const params: unknown[] = [args.seq, CHANGE_TOPICS, args.draftId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const seek = page.after
      ? `WHERE (v."changedSeq", v.id) > (${param(page.after[0])}::bigint, ${param(page.after[1])}::uuid)`
      : '';
    const rows: ChangedRow[] = await this.dataSource.query(
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
           SELECT * FROM v ${seek} ORDER BY v."changedSeq", v.id LIMIT ${param(page.limit)}
         ) p ON true`,
      params,
    );
    const total = rows[0]?.total ?? 0;
    const found = rows.filter((r) => r.id !== null).map((r) => ({ ...r, changedSeq: String(r.changedSeq) }));
    const connection = page.finish(found, total);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toCommentObject(e.node, viewer) })),
    };
  }

  private async requireRecent(seq: string): Promise<void> {
    const [{ last }]: { last: string | null }[] = await this.dataSource.query(
      `SELECT max(id)::text AS last FROM outbox_event`,
    );
    if (last !== null && BigInt(last) - BigInt(seq) > BigInt(CATCH_UP_MAX_EVENTS)) {
      throw new BadInputError('seq is too old to catch up from; reload the draft instead', 'seq');
    }
  }
}
