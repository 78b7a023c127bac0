import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, CurrentViewer, GraphqlContext, Viewer } from '@thamvan/core';
import { ProvisionObject } from '@thamvan/drafts';
import { CommentsService } from '../comments/comments.service';
import { CommentConnection, CommentObject } from '../comments/dto/comment.object';
import { CommentOrder } from '../comments/dto/comment.enums';
import { ProvisionCommentsArgs } from '../comments/dto/comments.args';
import { CountersService } from './counters.service';
import { StanceCountsObject } from './dto/stance-counts.object';

/** Feedback's fields on drafts' Provision type (drafts knows nothing of comments). */
@Resolver(() => ProvisionObject)
export class ProvisionFeedbackResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly counters: CountersService,
  ) {}

  @ResolveField(() => CommentConnection, {
    description:
      'Top-level comments on this provision and, unless includeEarlierVersions is false, on the matching provision of earlier versions.',
  })
  comments(
    @Parent() provision: ProvisionObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
    @Args() args: ProvisionCommentsArgs,
  ): Promise<Connection<CommentObject>> {
    // An explicit null means the default, as for an omitted argument.
    const scope = args.includeEarlierVersions === false ? 'provision' : 'provisionLineage';
    const orderBy = args.orderBy ?? CommentOrder.NEWEST;
    return this.commentsService.list(ctx, viewer, scope, provision.id, { ...args, orderBy });
  }

  @ResolveField(() => Int, {
    description: 'Published comments and replies on this provision in every version (updated within 2 s).',
  })
  async commentCount(@Parent() provision: ProvisionObject, @Context() ctx: GraphqlContext): Promise<number> {
    return (await ctx.loaders.get(this.counters.lineageLoader).load(provision.lineageId)).comments;
  }

  @ResolveField(() => StanceCountsObject, { description: 'Published comments on this provision by stance.' })
  async stanceCounts(
    @Parent() provision: ProvisionObject,
    @Context() ctx: GraphqlContext,
  ): Promise<StanceCountsObject> {
    const { comments: _total, ...stances } = await ctx.loaders
      .get(this.counters.lineageLoader)
      .load(provision.lineageId);
    return stances;
  }
}
