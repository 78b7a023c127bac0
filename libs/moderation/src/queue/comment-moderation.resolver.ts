import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, hasRole, Viewer } from '@thamvan/core';
import { CommentObject } from '@thamvan/feedback';
import { CommentModerationObject, FlagReasonCountObject } from './dto/comment-moderation.object';
import { ModerationLoaders } from './moderation.loaders';

/** Comment.moderation: the queue item's context, for moderators only (null for everyone else). */
@Resolver(() => CommentObject)
export class CommentModerationResolver {
  constructor(private readonly loaders: ModerationLoaders) {}

  @ResolveField(() => CommentModerationObject, {
    nullable: true,
    description:
      'For moderators: screening findings, reports since the last review, the author’s history and earlier decisions. Null for everyone else.',
  })
  async moderation(
    @Parent() comment: CommentObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentModerationObject | null> {
    if (!hasRole(viewer, 'MODERATOR')) return null;
    const [facts, history, decisions] = await Promise.all([
      ctx.loaders.get(this.loaders.facts).load(comment.id),
      ctx.loaders.get(this.loaders.authorHistory).load(comment.authorId),
      ctx.loaders.get(this.loaders.decisions).load(comment.id),
    ]);
    if (!facts) return null;
    const reasons = new Map<string, FlagReasonCountObject>();
    for (const f of facts.flags) {
      const seen = reasons.get(f.reason);
      reasons.set(f.reason, { reason: f.reason, count: (seen?.count ?? 0) + 1 });
    }
    return {
      queuedAt: facts.queuedAt,
      screeningFindings: facts.findings.map((f) => ({ ...f, detail: f.detail ?? null })),
      publishedBody: facts.maskedBody,
      flagCount: facts.flags.length,
      flagReasons: [...reasons.values()].sort((a, b) => b.count - a.count),
      flagNotes: facts.flags.flatMap((f) => (f.note ? [f.note] : [])),
      authorCommentCount: history.comments,
      authorHiddenCount: history.hidden,
      decisions,
    };
  }
}
