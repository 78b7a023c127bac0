import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ModerationDecisionsRepository } from '../decisions/moderation-decisions.repository';
import type { ModerationDecisionObject } from './dto/comment-moderation.object';
import { AuthorHistory, ModerationFacts, ModerationQueueRepository } from './moderation-queue.repository';

export type { AuthorHistory, ModerationFacts } from './moderation-queue.repository';

/**
 * Per-request DataLoaders behind Comment.moderation: a page of the queue costs three
 * queries (facts with unreviewed flags, author histories, decisions), whatever its size.
 */
@Injectable()
export class ModerationLoaders {
  constructor(
    private readonly queue: ModerationQueueRepository,
    private readonly decisionRows: ModerationDecisionsRepository,
  ) {}

  readonly facts = () =>
    new DataLoader<string, ModerationFacts | null>(async (ids) => {
      const rows = await this.queue.facts(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });

  readonly authorHistory = () =>
    new DataLoader<string, AuthorHistory>(async (authorIds) => {
      const rows = await this.queue.authorHistories(authorIds);
      const byId = new Map(rows.map((r) => [r.authorId, r]));
      return authorIds.map((id) => byId.get(id) ?? { comments: 0, hidden: 0 });
    });

  readonly decisions = () =>
    new DataLoader<string, ModerationDecisionObject[]>(async (ids) => {
      const rows = await this.decisionRows.ofComments(ids);
      return ids.map((id) => rows.filter((r) => r.commentId === id).map(({ commentId: _c, ...d }) => d));
    });
}
