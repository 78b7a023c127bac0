import { Injectable } from '@nestjs/common';
import { Viewer } from '@thamvan/core';
import { canSeeDraft, DraftEntity, DraftsService } from '@thamvan/drafts';

/** How long a draft row read for `subscribe` is reused. */
const TTL_MS = 2000;
const MAX_ENTRIES = 1000;

/**
 * Draft rows for `subscribe`, shared for 2 s. When a process restarts, every reader of a hot
 * draft reconnects and re-subscribes within seconds: 10,000 identical queries become one.
 * Safe to reuse: what decides visibility (agency, schedule) does not change within seconds,
 * and the consultation status is recomputed from the row on the current clock at every call.
 */
@Injectable()
export class DraftLookup {
  private readonly rows = new Map<string, { at: number; row: Promise<DraftEntity | undefined> }>();

  constructor(private readonly drafts: DraftsService) {}

  async visible(viewer: Viewer | null, draftId: string, now = Date.now()): Promise<boolean> {
    let entry = this.rows.get(draftId);
    if (!entry || now - entry.at >= TTL_MS) {
      if (this.rows.size >= MAX_ENTRIES) this.rows.clear();
      const row = this.drafts.findByIds([draftId]).then(([draft]) => draft);
      entry = { at: now, row };
      this.rows.set(draftId, entry);
      // A failed read is not remembered.
      row.catch(() => this.rows.get(draftId) === entry && this.rows.delete(draftId));
    }
    const draft = await entry.row;
    return !!draft && canSeeDraft(viewer, draft, this.drafts.status(draft));
  }
}
