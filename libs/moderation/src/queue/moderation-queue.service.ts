import { Injectable } from '@nestjs/common';
import { Connection, keysetPage, requireRole, Viewer } from '@thamvan/core';
import {
  COMMENT_COLUMNS,
  COMMENT_JOINS,
  CommentObject,
  CommentRow,
  toCommentObject,
} from '@thamvan/feedback';
import { DataSource } from 'typeorm';

type QueueRow = CommentRow & { queuedAt: Date };

/**
 * moderationQueue: comments held by screening or PRE moderation, and comments flagged since
 * their last review, longest-waiting first. Keyset pages over (moderation_queued_at, id),
 * read from a partial index that holds only queued rows: a decision takes its comment out
 * of the index and never shifts the rows after a cursor, so a moderator paging while
 * deciding neither skips nor repeats an item.
 */
@Injectable()
export class ModerationQueueService {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<CommentObject>> {
    const moderator = requireRole(viewer, 'MODERATOR');
    const keyset = keysetPage<QueueRow>(args, (r) => [new Date(r.queuedAt).toISOString(), r.id], [
      'timestamp',
      'uuid',
    ]);
    const params: unknown[] = [keyset.limit];
    const seek = keyset.after
      ? `AND (c.moderation_queued_at, c.id) > ($${params.push(keyset.after[0])}::timestamptz, $${params.push(keyset.after[1])}::uuid)`
      : '';
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<QueueRow[]>(
        `SELECT ${COMMENT_COLUMNS}, c.moderation_queued_at AS "queuedAt" FROM comment c ${COMMENT_JOINS}
          WHERE c.moderation_queued_at IS NOT NULL ${seek}
          ORDER BY c.moderation_queued_at, c.id LIMIT $1`,
        params,
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM comment WHERE moderation_queued_at IS NOT NULL`,
      ),
    ]);
    const page = keyset.finish(rows, total);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCommentObject(e.node, moderator) })),
    };
  }
}
