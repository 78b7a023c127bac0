import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, CurrentViewer, GraphqlContext, PaginationArgs, Viewer } from '@thamvan/core';
import { DraftObject, ProvisionObject } from '@thamvan/drafts';
import { CommentConnection, CommentObject } from '@thamvan/feedback';
import { OpinionGroupObject, OpinionGroupsObject, TopicObject } from './dto/topic.object';
import { TopicsService } from './topics.service';

/** Topics on drafts' Provision type. */
@Resolver(() => ProvisionObject)
export class ProvisionTopicsResolver {
  constructor(private readonly service: TopicsService) {}

  @ResolveField(() => [TopicObject], {
    description:
      'What people say about this provision (its published top-level comments in every version), largest topic first and "Ý kiến khác" (isOther) last; empty until there are comments. Updated shortly after comments change.',
  })
  topics(@Parent() provision: ProvisionObject, @Context() ctx: GraphqlContext): Promise<TopicObject[]> {
    return this.service.ofProvision(ctx, provision.lineageId);
  }
}

/** Topics and opinion groups on drafts' Draft type. */
@Resolver(() => DraftObject)
export class DraftTopicsResolver {
  constructor(private readonly service: TopicsService) {}

  @ResolveField(() => [TopicObject], {
    description:
      'What people say about the draft as a whole (published top-level comments made on no provision), as Provision.topics does for a provision.',
  })
  topics(@Parent() draft: DraftObject, @Context() ctx: GraphqlContext): Promise<TopicObject[]> {
    return this.service.ofDraft(ctx, draft.id);
  }

  @ResolveField(() => OpinionGroupsObject, {
    description: 'Groups of people who react alike, and the comments every group agrees with.',
  })
  opinionGroups(@Parent() draft: DraftObject, @Context() ctx: GraphqlContext): Promise<OpinionGroupsObject> {
    return this.service.opinionGroups(ctx, draft.id);
  }
}

@Resolver(() => TopicObject)
export class TopicResolver {
  constructor(private readonly service: TopicsService) {}

  @Query(() => TopicObject, {
    nullable: true,
    description:
      'A topic by id (e.g. to show the label of a searchComments topicId filter); null when unknown or gone in a rebuild that split it.',
  })
  topic(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<TopicObject | null> {
    return this.service.byId(ctx, id);
  }

  @ResolveField(() => CommentObject, {
    description:
      'The comment closest to the topic’s centre, the one to read first ("Ý kiến khác": its first comment).',
  })
  representative(
    @Parent() topic: TopicObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentObject> {
    return this.service.representative(ctx, viewer, topic);
  }

  @ResolveField(() => CommentConnection, {
    description: 'Its published comments, closest to the centre first (campaign copies included).',
  })
  comments(
    @Parent() topic: TopicObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
    @Args() args: PaginationArgs,
  ): Promise<Connection<CommentObject>> {
    return this.service.commentPage(ctx, viewer, topic.id, args);
  }
}

@Resolver(() => OpinionGroupObject)
export class OpinionGroupResolver {
  constructor(private readonly service: TopicsService) {}

  @ResolveField(() => [CommentObject], {
    description:
      'The comments this group agrees with most, compared with everyone else (at most 5; any hidden since are left out).',
  })
  topComments(
    @Parent() group: OpinionGroupObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentObject[]> {
    return this.service.published(ctx, viewer, group.topCommentIds);
  }
}

@Resolver(() => OpinionGroupsObject)
export class OpinionGroupsResolver {
  constructor(private readonly service: TopicsService) {}

  @ResolveField(() => [CommentObject], {
    description:
      'Comments every group agrees with (at least 60% agree in each group); empty unless status is READY.',
  })
  consensus(
    @Parent() groups: OpinionGroupsObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentObject[]> {
    return this.service.published(ctx, viewer, groups.consensusIds);
  }
}
