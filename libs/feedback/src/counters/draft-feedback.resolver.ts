import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, CurrentViewer, GraphqlContext, Viewer } from '@thamvan/core';
import { DraftObject } from '@thamvan/drafts';
import { canSeeHeld } from '../comments/comment-visibility';
import { CommentsService } from '../comments/comments.service';
import { CommentConnection, CommentObject } from '../comments/dto/comment.object';
import { CommentOrder } from '../comments/dto/comment.enums';
import { CommentListArgs } from '../comments/dto/comments.args';
import { CountersService } from './counters.service';
import { StanceCountsObject } from './dto/stance-counts.object';

/** Feedback's fields on drafts' Draft type. */
@Resolver(() => DraftObject)
export class DraftFeedbackResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly counters: CountersService,
  ) {}

  @ResolveField(() => Int, {
    description: 'Published comments and replies on the draft (updated within 2 s).',
  })
  async commentCount(@Parent() draft: DraftObject, @Context() ctx: GraphqlContext): Promise<number> {
    return (await ctx.loaders.get(this.counters.draftLoader).load(draft.id)).comments;
  }

  @ResolveField(() => Int, {
    description: 'People who published at least one comment or reply on the draft.',
  })
  async participantCount(@Parent() draft: DraftObject, @Context() ctx: GraphqlContext): Promise<number> {
    return (await ctx.loaders.get(this.counters.draftLoader).load(draft.id)).participants;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Comments held for moderation (PENDING) on the draft: for moderators and the drafting agency’s officers; null for everyone else.',
  })
  async heldCount(
    @Parent() draft: DraftObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<number | null> {
    if (!canSeeHeld(viewer, draft.agencyId)) return null;
    return ctx.loaders.get(this.counters.heldLoader).load(draft.id);
  }

  @ResolveField(() => StanceCountsObject, {
    description:
      'Published comments on the draft by stance: the whole draft and every provision, every version (updated within 2 s).',
  })
  async stanceCounts(
    @Parent() draft: DraftObject,
    @Context() ctx: GraphqlContext,
  ): Promise<StanceCountsObject> {
    const { support, oppose, amend, question, neutral } = await ctx.loaders
      .get(this.counters.draftLoader)
      .load(draft.id);
    return { support, oppose, amend, question, neutral };
  }

  @ResolveField(() => CommentConnection, {
    description: 'Top-level comments on the draft as a whole (no provision).',
  })
  comments(
    @Parent() draft: DraftObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
    @Args() args: CommentListArgs,
  ): Promise<Connection<CommentObject>> {
    return this.commentsService.list(ctx, viewer, 'draft', draft.id, {
      ...args,
      orderBy: args.orderBy ?? CommentOrder.NEWEST,
    });
  }
}
