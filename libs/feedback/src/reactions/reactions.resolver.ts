import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@thamvan/core';
import { CommentObject } from '../comments/dto/comment.object';
import { ReactionKind } from './dto/reaction-kind.enum';
import { ReactionsService } from './reactions.service';

@Resolver(() => CommentObject)
export class ReactionsResolver {
  constructor(private readonly reactions: ReactionsService) {}

  @Mutation(() => CommentObject, {
    description:
      'Agree or disagree with someone else’s comment (NONE takes it back). myReaction changes at once; counts within 2 s.',
  })
  reactToComment(
    @CurrentViewer() viewer: Viewer | null,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('reaction', { type: () => ReactionKind }) reaction: ReactionKind,
  ): Promise<CommentObject> {
    return this.reactions.react(viewer, commentId, reaction);
  }
}
