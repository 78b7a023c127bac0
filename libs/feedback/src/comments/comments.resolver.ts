import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, CurrentViewer, GraphqlContext, PaginationArgs, Viewer } from '@thamvan/core';
import { CommentChangesService } from './comment-changes.service';
import { CommentsService } from './comments.service';
import { CommentConnection, CommentObject } from './dto/comment.object';
import { EditCommentInput, PostCommentInput } from './dto/comment.inputs';
import { PostCommentService } from './post-comment.service';

@Resolver(() => CommentObject)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly posting: PostCommentService,
    private readonly changes: CommentChangesService,
  ) {}

  @Query(() => CommentObject, {
    nullable: true,
    description: 'A comment, or null if it does not exist for the viewer.',
  })
  comment(
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CommentObject | null> {
    return this.comments.findVisible(ctx, viewer, id);
  }

  @Query(() => CommentConnection, {
    description: 'The requester’s own comments and replies, newest first, any status.',
  })
  myComments(
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
    @Args() page: PaginationArgs,
  ): Promise<Connection<CommentObject>> {
    return this.comments.mine(ctx, viewer, page);
  }

  @Mutation(() => CommentObject, {
    description:
      'Comment on a provision or the whole draft, or reply, while the consultation is OPEN. Idempotent per idempotencyKey.',
  })
  postComment(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: PostCommentInput,
  ): Promise<CommentObject> {
    return this.posting.post(viewer, input);
  }

  @Mutation(() => CommentObject, {
    description:
      'Authors: change a comment within 30 minutes of posting and before its first reply (revisions kept).',
  })
  editComment(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EditCommentInput,
  ): Promise<CommentObject> {
    return this.changes.edit(viewer, id, input);
  }

  @Mutation(() => CommentObject, {
    description:
      'Authors: withdraw a comment. It stays in its thread as WITHDRAWN, its text shown to the author only.',
  })
  withdrawComment(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CommentObject> {
    return this.changes.withdraw(viewer, id);
  }
}
