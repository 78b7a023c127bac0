import { Injectable } from '@nestjs/common';
import {
  AuditService,
  BadInputError,
  Clock,
  isUuid,
  NotFoundError,
  optionalText,
  Viewer,
} from '@thamvan/core';
import { DataSource } from 'typeorm';
import { parseDraftSource } from '../import';
import { canSeeVersion } from './draft-access';
import { DraftsService } from './drafts.service';
import { DraftVersionInput } from './dto/draft.inputs';
import { DraftVersionEntity } from './entities/draft-version.entity';
import { applyHeaderOverrides } from './header-overrides';
import { VersionWriter } from './version-writer';
import { VersionsRepository } from './versions.repository';

@Injectable()
export class VersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VersionsRepository,
    private readonly clock: Clock,
    private readonly drafts: DraftsService,
    private readonly writer: VersionWriter,
    private readonly audit: AuditService,
  ) {}

  /** A new version, unpublished unless `publish` (e.g. a revised text during the consultation). */
  async add(viewer: Viewer | null, draftId: string, input: DraftVersionInput): Promise<DraftVersionEntity> {
    const { editor, draft } = await this.drafts.requireManageable(viewer, draftId);
    const changeNote = optionalText(input.changeNote, 'changeNote', 5000);
    const { outline, corrected } = applyHeaderOverrides(await parseDraftSource(input.source), input);
    const id = await this.dataSource.transaction(async (manager) => {
      const latest = await this.repository.lockLatest(manager, draftId);
      const versionId = await this.writer.write(
        manager,
        {
          draftId,
          number: (latest?.number ?? 0) + 1,
          changeNote,
          publishedAt: input.publish ? this.clock.now() : null,
          sourceFilename: input.source.filename ?? null,
          createdBy: editor.userId,
          outline,
        },
        latest?.id,
      );
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${draft.agencyId}`,
        action: 'draft.version.add',
        targetType: 'draft',
        targetId: draftId,
        data: { versionId, number: (latest?.number ?? 0) + 1, published: !!input.publish, corrected },
      });
      return versionId;
    });
    const [version] = await this.byIds([id]);
    return version;
  }

  async byIds(ids: readonly string[]): Promise<DraftVersionEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.repository.byIds(valid);
  }

  /** All versions of several drafts, oldest first (the DataLoader batch). */
  async byDraftIds(draftIds: readonly string[]): Promise<DraftVersionEntity[]> {
    return this.repository.byDraftIds(draftIds);
  }

  /** A version the viewer may read (its draft visible, and published unless they are an officer). */
  async requireVisible(viewer: Viewer | null, versionId: string): Promise<DraftVersionEntity> {
    const [version] = await this.byIds([versionId]);
    const draft = version ? await this.drafts.findVisible(viewer, version.draftId) : null;
    if (!version || !draft || !canSeeVersion(viewer, draft.agencyId, version.publishedAt)) {
      throw new NotFoundError('Draft version', versionId);
    }
    return version;
  }

  async requireSameDraft(viewer: Viewer | null, fromId: string, toId: string) {
    const from = await this.requireVisible(viewer, fromId);
    const to = await this.requireVisible(viewer, toId);
    if (from.draftId !== to.draftId) throw new BadInputError('Both versions must belong to the same draft');
    return { from, to };
  }
}
