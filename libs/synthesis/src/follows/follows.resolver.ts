import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock, CurrentViewer, GraphqlContext, Viewer } from '@thamvan/core';
import { DraftObject, toDraftObject } from '@thamvan/drafts';
import { UserObject } from '@thamvan/identity';
import { FollowsService } from './follows.service';

/** Following drafts: the two mutations and Draft.followedByMe. */
@Resolver(() => DraftObject)
export class FollowsResolver {
  constructor(
    private readonly follows: FollowsService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => DraftObject, {
    description:
      'The signed-in person follows a draft: they are mailed (verified addresses) when it opens or reopens, closes, gets a new version and when its report is published. Idempotent.',
  })
  async followDraft(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
  ) {
    return toDraftObject(await this.follows.follow(viewer, draftId), this.clock.now());
  }

  @Mutation(() => DraftObject, {
    description: 'Stops following a draft (no more mails about it). Idempotent.',
  })
  async unfollowDraft(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
  ) {
    return toDraftObject(await this.follows.unfollow(viewer, draftId), this.clock.now());
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the signed-in person follows this draft (false when signed out).',
  })
  async followedByMe(
    @Parent() draft: DraftObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    if (!viewer) return false;
    return ctx.loaders.get(this.follows.followingLoader).load(`${viewer.userId} ${draft.id}`);
  }
}

/** User.followedDrafts: the account holder's own list (the account page's switches). */
@Resolver(() => UserObject)
export class UserFollowsResolver {
  constructor(
    private readonly follows: FollowsService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [DraftObject], {
    description:
      'Drafts this person follows, most recently followed first; only for the account holder (empty for anyone else).',
  })
  async followedDrafts(
    @Parent() user: UserObject,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<DraftObject[]> {
    if (viewer?.userId !== user.id) return [];
    const now = this.clock.now();
    return (await this.follows.followedBy(user.id)).map((d) => toDraftObject(d, now));
  }
}
