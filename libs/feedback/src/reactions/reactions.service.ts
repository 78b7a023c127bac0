import { Injectable } from '@nestjs/common';
import { Clock, ConflictError, ForbiddenError, requireViewer, Viewer } from '@thamvan/core';
import DataLoader from 'dataloader';
import { CommentAccess } from '../comments/comment-access';
import { toCommentObject } from '../comments/comment.mapper';
import { CommentObject } from '../comments/dto/comment.object';
import { commentPayload, FeedbackTopic } from '../feedback.events';
import { ReactionKind } from './dto/reaction-kind.enum';
import type { ReactionKindName } from './entities/comment-reaction.entity';
import { ReactionsRepository } from './reactions.repository';

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
        const rows = await this.reactions.kinds(keys);
        const found = new Map(rows.map((r) => [`${r.userId}:${r.commentId}`, r.kind]));
        return keys.map((k) => found.get(`${k.userId}:${k.commentId}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.userId}:${k.commentId}` },
    );

  constructor(
    private readonly reactions: ReactionsRepository,
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
    const event = {
      topic: FeedbackTopic.reactionUpdated,
      aggregateId: row.id,
      payload: commentPayload(row),
    } as const;
    // The answer counts the comment's reactions including this one (see ReactionsRepository).
    const before =
      kind === ReactionKind.NONE
        ? await this.reactions.remove(row.id, user.userId, event)
        : await this.reactions.set(
            { commentId: row.id, userId: user.userId, kind, now: this.clock.now() },
            event,
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
