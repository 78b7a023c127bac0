import { Injectable } from '@nestjs/common';
import { AuditService, Clock, isUuid, NotFoundError, Viewer } from '@thamvan/core';
import {
  DraftObject,
  DraftsService,
  ModerationMode,
  requireAnyEditor,
  requireManager,
  toDraftObject,
} from '@thamvan/drafts';
import { DataSource } from 'typeorm';
import { ModerationModeRepository } from './moderation-mode.repository';

/**
 * setModerationMode: an EDITOR of the owning agency chooses POST or PRE moderation for a
 * draft (audited). It applies to comments posted or edited from then on: the post
 * statement reads the mode from the draft row it checks anyway, so there is no stale copy.
 */
@Injectable()
export class ModerationModeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly modes: ModerationModeRepository,
    private readonly drafts: DraftsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async set(viewer: Viewer | null, draftId: string, mode: ModerationMode): Promise<DraftObject> {
    requireAnyEditor(viewer);
    if (!isUuid(draftId)) throw new NotFoundError('Draft', draftId);
    // NOT_FOUND for a draft the editor cannot see (another agency's unpublished draft), like
    // every other draft mutation; FORBIDDEN for another agency's public one.
    const { editor } = await this.drafts.requireManageable(viewer, draftId);
    await this.dataSource.transaction(async (manager) => {
      const draft = await this.modes.lockDraft(manager, draftId);
      if (!draft) throw new NotFoundError('Draft', draftId);
      requireManager(editor, draft.agencyId);
      if (draft.moderationMode === mode) return;
      await this.modes.setMode(manager, draftId, mode, this.clock.now());
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${draft.agencyId}`,
        action: 'draft.moderation_mode',
        targetType: 'draft',
        targetId: draftId,
        data: { from: draft.moderationMode, to: mode },
      });
    });
    const [draft] = await this.drafts.findByIds([draftId]);
    return toDraftObject(draft, this.clock.now());
  }
}
