import { Injectable } from '@nestjs/common';
import { Connection, keysetPage, requireRole, Viewer } from '@thamvan/core';
import { CommentObject, toCommentObject } from '@thamvan/feedback';
import { ModerationQueueRepository, QueueRow } from './moderation-queue.repository';

/**
 * moderationQueue: comments held by screening or PRE moderation, and comments flagged since
 * their last review, longest-waiting first. Keyset pages over (moderation_queued_at, id),
 * read from a partial index that holds only queued rows: a decision takes its comment out
 * of the index and never shifts the rows after a cursor, so a moderator paging while
 * deciding neither skips nor repeats an item.
 */
@Injectable()
export class ModerationQueueService {
  constructor(private readonly queue: ModerationQueueRepository) {}

  async page(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<CommentObject>> {
    const moderator = requireRole(viewer, 'MODERATOR');
    const keyset = keysetPage<QueueRow>(args, (r) => [new Date(r.queuedAt).toISOString(), r.id], [
      'timestamp',
      'uuid',
    ]);
    const [rows, total] = await Promise.all([this.queue.page(keyset.limit, keyset.after), this.queue.size()]);
    const page = keyset.finish(rows, total);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCommentObject(e.node, moderator) })),
    };
  }
}
