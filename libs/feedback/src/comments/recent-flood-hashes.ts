import type { FloodOptions } from '@thamvan/moderation/screening/flood';
import { EntityManager } from 'typeorm';

/**
 * The flood rule's input on the edit path: the flood hashes of the author's other latest
 * comments on the draft within the window, newest first. At most `recentLimit` rows from
 * comment_draft_author_idx (draft_id, author_id, created_at), walked backwards. (The post
 * path does the same comparison inside its one statement.)
 */
export async function recentFloodHashes(
  manager: EntityManager,
  comment: { id: string; draftId: string; authorId: string },
  now: Date,
  flood: FloodOptions,
): Promise<string[]> {
  const rows: { floodHash: string }[] = await manager.query(
    `SELECT flood_hash AS "floodHash" FROM comment
      WHERE draft_id = $1 AND author_id = $2 AND created_at > $3 AND id <> $4 AND flood_hash IS NOT NULL
      ORDER BY created_at DESC LIMIT $5`,
    [
      comment.draftId,
      comment.authorId,
      new Date(now.getTime() - flood.windowSeconds * 1000),
      comment.id,
      flood.recentLimit,
    ],
  );
  return rows.map((r) => r.floodHash);
}
