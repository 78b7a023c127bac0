import { Injectable } from '@nestjs/common';
import { NotFoundError, requireViewer, Viewer } from '@thamvan/core';
import { DraftEntity, DraftsService } from '@thamvan/drafts';
import DataLoader from 'dataloader';
import { FollowsRepository } from './follows.repository';

/**
 * Who follows which draft (draft_follow). Following is the switch: a follower is mailed at
 * each milestone of the draft (follow-mail.consumer.ts) until they unfollow it, from the
 * draft's page or the account page. Private: only the follower sees what they follow.
 */
@Injectable()
export class FollowsService {
  constructor(
    private readonly follows: FollowsRepository,
    private readonly drafts: DraftsService,
  ) {}

  /** Idempotent; NOT_FOUND for a draft the viewer cannot see. */
  async follow(viewer: Viewer | null, draftId: string): Promise<DraftEntity> {
    const user = requireViewer(viewer);
    const draft = await this.visible(viewer, draftId);
    await this.follows.add(user.userId, draft.id);
    return draft;
  }

  /** Idempotent; NOT_FOUND for a draft the viewer cannot see. */
  async unfollow(viewer: Viewer | null, draftId: string): Promise<DraftEntity> {
    const user = requireViewer(viewer);
    const draft = await this.visible(viewer, draftId);
    await this.follows.remove(user.userId, draft.id);
    return draft;
  }

  /** The drafts a person follows, most recently followed first. */
  async followedBy(userId: string): Promise<DraftEntity[]> {
    const ids = await this.follows.draftIdsFollowedBy(userId);
    const byId = new Map((await this.drafts.findByIds(ids)).map((d) => [d.id, d]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Per-request DataLoader factory, keyed by `${userId} ${draftId}`: whether that person follows that draft. */
  readonly followingLoader = () =>
    new DataLoader<string, boolean>(async (keys) => {
      const found = await this.follows.followed(
        keys.map((k) => {
          const [userId, draftId] = k.split(' ');
          return { userId, draftId };
        }),
      );
      return keys.map((k) => found.has(k));
    });

  private async visible(viewer: Viewer | null, draftId: string): Promise<DraftEntity> {
    const draft = await this.drafts.findVisible(viewer, draftId);
    if (!draft) throw new NotFoundError('Draft', draftId);
    return draft;
  }
}
