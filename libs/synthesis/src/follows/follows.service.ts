import { Injectable } from '@nestjs/common';
import { NotFoundError, requireViewer, Viewer } from '@thamvan/core';
import { DraftEntity, DraftsService } from '@thamvan/drafts';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/**
 * Who follows which draft (draft_follow). Following is the switch: a follower is mailed at
 * each milestone of the draft (follow-mail.consumer.ts) until they unfollow it, from the
 * draft's page or the account page. Private: only the follower sees what they follow.
 */
@Injectable()
export class FollowsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly drafts: DraftsService,
  ) {}

  /** Idempotent; NOT_FOUND for a draft the viewer cannot see. */
  async follow(viewer: Viewer | null, draftId: string): Promise<DraftEntity> {
    const user = requireViewer(viewer);
    const draft = await this.visible(viewer, draftId);
    await this.dataSource.query(
      `INSERT INTO draft_follow (user_id, draft_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [user.userId, draft.id],
    );
    return draft;
  }

  /** Idempotent; NOT_FOUND for a draft the viewer cannot see. */
  async unfollow(viewer: Viewer | null, draftId: string): Promise<DraftEntity> {
    const user = requireViewer(viewer);
    const draft = await this.visible(viewer, draftId);
    await this.dataSource.query(`DELETE FROM draft_follow WHERE user_id = $1 AND draft_id = $2`, [
      user.userId,
      draft.id,
    ]);
    return draft;
  }

  /** The drafts a person follows, most recently followed first. */
  async followedBy(userId: string): Promise<DraftEntity[]> {
    const rows: { draftId: string }[] = await this.dataSource.query(
      `SELECT draft_id AS "draftId" FROM draft_follow WHERE user_id = $1 ORDER BY created_at DESC, draft_id`,
      [userId],
    );
    const byId = new Map((await this.drafts.findByIds(rows.map((r) => r.draftId))).map((d) => [d.id, d]));
    return rows.flatMap((r) => byId.get(r.draftId) ?? []);
  }

  /** Per-request DataLoader factory, keyed by `${userId} ${draftId}`: whether that person follows that draft. */
  readonly followingLoader = () =>
    new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((k) => k.split(' '));
      const rows: { key: string }[] = await this.dataSource.query(
        `SELECT f.user_id || ' ' || f.draft_id AS key
           FROM draft_follow f JOIN unnest($1::uuid[], $2::uuid[]) AS q(u, d) ON f.user_id = q.u AND f.draft_id = q.d`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const found = new Set(rows.map((r) => r.key));
      return keys.map((k) => found.has(k));
    });

  private async visible(viewer: Viewer | null, draftId: string): Promise<DraftEntity> {
    const draft = await this.drafts.findVisible(viewer, draftId);
    if (!draft) throw new NotFoundError('Draft', draftId);
    return draft;
  }
}
