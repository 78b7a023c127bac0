import { Args, Query, Resolver } from '@nestjs/graphql';
import { Connection, CurrentViewer, Viewer } from '@thamvan/core';
import { CommentConnection, CommentObject } from '@thamvan/feedback';
import { CommentsSinceService } from './comments-since.service';
import { CommentsSinceArgs } from './dto/comments-since.args';

@Resolver()
export class CommentsSinceResolver {
  constructor(private readonly since: CommentsSinceService) {}

  @Query(() => CommentConnection, {
    description:
      'Live catch-up: the comments of a draft created or changed (edited, hidden, withdrawn, approved, reacted to, answered) after outbox `seq`, as the viewer may see them, in the order of their latest change. For a client whose socket could not recover its missed events.',
  })
  commentsSince(
    @CurrentViewer() viewer: Viewer | null,
    @Args() args: CommentsSinceArgs,
  ): Promise<Connection<CommentObject>> {
    return this.since.list(viewer, args);
  }
}
