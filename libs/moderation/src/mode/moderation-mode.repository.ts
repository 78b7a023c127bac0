import { Injectable } from '@nestjs/common';
import { ModerationMode } from '@thamvan/drafts';
import { EntityManager } from 'typeorm';

/** The queries of a draft's moderation mode. Every method runs in the caller's transaction. */
@Injectable()
export class ModerationModeRepository {
  /** The draft's agency and mode, its row locked; undefined if there is no such draft. */
  async lockDraft(
    manager: EntityManager,
    draftId: string,
  ): Promise<{ agencyId: string; moderationMode: ModerationMode } | undefined> {
    const [draft] = await manager.query<{ agencyId: string; moderationMode: ModerationMode }[]>(
      `SELECT agency_id AS "agencyId", moderation_mode AS "moderationMode" FROM draft WHERE id = $1 FOR UPDATE`,
      [draftId],
    );
    return draft;
  }

  async setMode(manager: EntityManager, draftId: string, mode: ModerationMode, now: Date): Promise<void> {
    await manager.query(`UPDATE draft SET moderation_mode = $2, updated_at = $3 WHERE id = $1`, [
      draftId,
      mode,
      now,
    ]);
  }
}
