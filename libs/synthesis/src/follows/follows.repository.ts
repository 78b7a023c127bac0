import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A follower who can be mailed. */
export interface MailableFollower {
  userId: string;
  email: string;
  displayName: string;
}

/** The queries of draft_follow: who follows which draft. */
@Injectable()
export class FollowsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent. */
  async add(userId: string, draftId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO draft_follow (user_id, draft_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [userId, draftId],
    );
  }

  /** Idempotent. */
  async remove(userId: string, draftId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM draft_follow WHERE user_id = $1 AND draft_id = $2`, [
      userId,
      draftId,
    ]);
  }

  /** The drafts a person follows, most recently followed first. */
  async draftIdsFollowedBy(userId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ draftId: string }[]>(
      `SELECT draft_id AS "draftId" FROM draft_follow WHERE user_id = $1 ORDER BY created_at DESC, draft_id`,
      [userId],
    );
    return rows.map((r) => r.draftId);
  }

  /** Of these (user, draft) pairs, the ones where the person follows the draft, as `${userId} ${draftId}`. */
  async followed(pairs: readonly { userId: string; draftId: string }[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ key: string }[]>(
      `SELECT f.user_id || ' ' || f.draft_id AS key
         FROM draft_follow f JOIN unnest($1::uuid[], $2::uuid[]) AS q(u, d) ON f.user_id = q.u AND f.draft_id = q.d`,
      [pairs.map((p) => p.userId), pairs.map((p) => p.draftId)],
    );
    return new Set(rows.map((r) => r.key));
  }

  /**
   * The followers of a draft with a verified address, accounts not deleted, in a stable order
   * (the follow mails go to these).
   */
  async mailableFollowers(draftId: string): Promise<MailableFollower[]> {
    return this.dataSource.query<MailableFollower[]>(
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName"
         FROM draft_follow f JOIN app_user u ON u.id = f.user_id
        WHERE f.draft_id = $1 AND u.email IS NOT NULL AND u.email_verified_at IS NOT NULL AND u.deleted_at IS NULL
        ORDER BY u.id`,
      [draftId],
    );
  }
}
