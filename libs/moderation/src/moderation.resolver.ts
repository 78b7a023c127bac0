import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, CurrentViewer, PaginationArgs, Viewer } from '@thamvan/core';
import { DraftObject, ModerationMode } from '@thamvan/drafts';
import { CommentConnection, CommentObject } from '@thamvan/feedback';
import { ModerationActionKind } from './decisions/dto/moderation-action.enum';
import { ModerationDecisionsService } from './decisions/moderation-decisions.service';
import { ModerationModeService } from './mode/moderation-mode.service';
import { ModerationQueueService } from './queue/moderation-queue.service';

@Resolver()
export class ModerationResolver {
  constructor(
    private readonly queue: ModerationQueueService,
    private readonly decisions: ModerationDecisionsService,
    private readonly modes: ModerationModeService,
  ) {}

  @Query(() => CommentConnection, {
    description:
      'Moderators: comments held (PENDING) or reported since their last review, longest-waiting first. Each item’s `moderation` field has the findings, reports and author history.',
  })
  moderationQueue(
    @CurrentViewer() viewer: Viewer | null,
    @Args() page: PaginationArgs,
  ): Promise<Connection<CommentObject>> {
    return this.queue.page(viewer, page);
  }

  @Mutation(() => CommentObject, {
    description:
      'Moderators: APPROVE, HIDE or RESTORE a comment, with a mandatory reason (shown to its author). Audited; the text is never deleted.',
  })
  moderateComment(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('action', { type: () => ModerationActionKind }) action: ModerationActionKind,
    @Args('reason') reason: string,
  ): Promise<CommentObject> {
    return this.decisions.moderate(viewer, id, action, reason);
  }

  @Mutation(() => DraftObject, {
    description:
      'Editors of the drafting agency: POST (publish comments at once, review after) or PRE (hold each until a moderator approves). Audited.',
  })
  setModerationMode(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('mode', { type: () => ModerationMode }) mode: ModerationMode,
  ): Promise<DraftObject> {
    return this.modes.set(viewer, draftId, mode);
  }
}
