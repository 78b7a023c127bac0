import { groupBy } from '@thamvan/core';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ConsultationChange, ConsultationService } from './consultation.service';
import { DraftsService } from './drafts.service';
import { DraftEntity } from './entities/draft.entity';
import { DraftVersionEntity } from './entities/draft-version.entity';
import { ProvisionEntity } from './entities/provision.entity';
import { ProvisionsService } from './provisions.service';
import { VersionsService } from './versions.service';

/**
 * DataLoader factories for drafts. Each property is a stable function, so
 * `ctx.loaders.get(loaders.versionsByDraft)` yields one loader per request.
 */
@Injectable()
export class DraftLoaders {
  constructor(
    private readonly drafts: DraftsService,
    private readonly versions: VersionsService,
    private readonly provisions: ProvisionsService,
    private readonly consultation: ConsultationService,
  ) {}

  readonly consultationChangesByDraft = () =>
    new DataLoader<string, ConsultationChange[]>(async (draftIds) => {
      const groups = groupBy(await this.consultation.changesByDraftIds(draftIds), (c) => c.draftId);
      return draftIds.map((id) => groups.get(id) ?? []);
    });

  readonly draftById = () =>
    new DataLoader<string, DraftEntity | null>(async (ids) => {
      const byId = new Map((await this.drafts.findByIds(ids)).map((d) => [d.id, d]));
      return ids.map((id) => byId.get(id) ?? null);
    });

  readonly versionsByDraft = () =>
    new DataLoader<string, DraftVersionEntity[]>(async (draftIds) => {
      const groups = groupBy(await this.versions.byDraftIds(draftIds), (v) => v.draftId);
      return draftIds.map((id) => groups.get(id) ?? []);
    });

  readonly provisionsByVersion = () =>
    new DataLoader<string, ProvisionEntity[]>(async (versionIds) => {
      const groups = groupBy(await this.provisions.byVersionIds(versionIds), (p) => p.versionId);
      return versionIds.map((id) => groups.get(id) ?? []);
    });

  /** A provision by version and key; load with `{ versionId, key }`. */
  readonly provisionByVersionKey = () =>
    new DataLoader<{ versionId: string; key: string }, ProvisionEntity | null, string>(
      async (pairs) => {
        const found = await this.provisions.byVersionKeys(pairs);
        const byPair = new Map(found.map((p) => [`${p.versionId} ${p.key}`, p]));
        return pairs.map((p) => byPair.get(`${p.versionId} ${p.key}`) ?? null);
      },
      { cacheKeyFn: (p) => `${p.versionId} ${p.key}` },
    );

  readonly provisionById = () =>
    new DataLoader<string, ProvisionEntity | null>(async (ids) => {
      const byId = new Map((await this.provisions.byIds(ids)).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    });
}
