import { Injectable } from '@nestjs/common';
import { BadInputError, Connection, isUuid, keysetPage, NotFoundError, Viewer } from '@thamvan/core';
import { DraftsService } from '@thamvan/drafts';
import { CommentObject, toCommentObject } from '@thamvan/feedback';
import { ChangedRow, LiveCommentsRepository } from '../live-comments.repository';

/**
 * How far back a catch-up may reach, in outbox events (all topics). The query reads the
 * outbox by primary-key range, so its cost grows with this distance whatever the draft; a
 * client further behind than this (hours away at national-consultation rates) reloads the
 * draft through the ordinary queries instead. Measured in docs/live.md.
 */
export const CATCH_UP_MAX_EVENTS = 500_000;

const SEQ = /^\d{1,18}$/;

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
    private readonly comments: LiveCommentsRepository,
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
    const { rows: found, total } = await this.comments.changedSince(viewer, {
      draftId: args.draftId,
      seq: args.seq,
      after: page.after,
      limit: page.limit,
    });
    const connection = page.finish(found, total);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toCommentObject(e.node, viewer) })),
    };
  }

  private async requireRecent(seq: string): Promise<void> {
    const last = await this.comments.lastSeq();
    if (last !== null && BigInt(last) - BigInt(seq) > BigInt(CATCH_UP_MAX_EVENTS)) {
      throw new BadInputError('seq is too old to catch up from; reload the draft instead', 'seq');
    }
  }
}
