import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, isAgencyMember, Viewer } from '@thamvan/core';
import { CommentObject } from '@thamvan/feedback';
import {
  AgencyResponseObject,
  AgencyResponseRevisionObject,
  EditResponseInput,
  ResponseInput,
} from './dto/response.object';
import { ResponsesService } from './responses.service';

@Resolver(() => AgencyResponseObject)
export class ResponsesResolver {
  constructor(private readonly responses: ResponsesService) {}

  @Mutation(() => AgencyResponseObject, {
    description:
      'RESPONDERs and EDITORs of the drafting agency: answer a comment (and, with alsoFor, more comments of the same draft at once). Public at once.',
  })
  respondToComment(
    @CurrentViewer() viewer: Viewer | null,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('input') input: ResponseInput,
  ): Promise<AgencyResponseObject> {
    return this.responses.respond(viewer, commentId, input);
  }

  @Mutation(() => AgencyResponseObject, {
    description: 'RESPONDERs and EDITORs of the drafting agency: change a response; every version is kept.',
  })
  editResponse(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EditResponseInput,
  ): Promise<AgencyResponseObject> {
    return this.responses.edit(viewer, id, input);
  }

  @ResolveField(() => [AgencyResponseRevisionObject], {
    description: 'Every version, oldest first: for the agency’s officers; empty for others.',
  })
  async revisions(
    @Parent() response: AgencyResponseObject,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<AgencyResponseRevisionObject[]> {
    if (!isAgencyMember(viewer, response.agencyId)) return [];
    return this.responses.revisions(response.id);
  }
}

/** Comment.response: the agency's current answer, through a per-request DataLoader. */
@Resolver(() => CommentObject)
export class CommentResponseResolver {
  constructor(private readonly responses: ResponsesService) {}

  @ResolveField(() => AgencyResponseObject, {
    nullable: true,
    description: 'The drafting agency’s answer, public as soon as it is recorded; null while unanswered.',
  })
  response(
    @Parent() comment: CommentObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AgencyResponseObject | null> {
    return ctx.loaders.get(this.responses.byCommentId).load(comment.id);
  }
}
