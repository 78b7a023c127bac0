import { Injectable } from '@nestjs/common';
import { Viewer } from '@thamvan/core';
import { DiffProvision, diffProvisions } from '../diff';
import { ProvisionChangeKind, ProvisionKindEnum, WordDiffOp } from './dto/enums';
import { ProvisionChangeObject } from './dto/provision-change.object';
import { ProvisionEntity } from './entities/provision.entity';
import { ProvisionsService } from './provisions.service';
import { VersionsService } from './versions.service';

/** draftDiff: both versions must be readable by the viewer and belong to one draft. */
@Injectable()
export class DraftDiffService {
  constructor(
    private readonly versions: VersionsService,
    private readonly provisions: ProvisionsService,
  ) {}

  async diff(
    viewer: Viewer | null,
    fromVersionId: string,
    toVersionId: string,
  ): Promise<ProvisionChangeObject[]> {
    const { from, to } = await this.versions.requireSameDraft(viewer, fromVersionId, toVersionId);
    const rows = await this.provisions.byVersionIds([from.id, to.id]);
    const side = (versionId: string) => toDiffProvisions(rows.filter((r) => r.versionId === versionId));
    return diffProvisions(side(from.id), side(to.id)).map((c) => ({
      change: c.change as ProvisionChangeKind,
      kind: c.kind as ProvisionKindEnum,
      fromKey: c.fromKey,
      toKey: c.toKey,
      label: c.label,
      textChanged: c.textChanged,
      wordDiff: c.wordDiff.map((w) => ({ op: w.op as WordDiffOp, text: w.text })),
    }));
  }
}

function toDiffProvisions(rows: ProvisionEntity[]): DiffProvision[] {
  const keyById = new Map(rows.map((r) => [r.id, r.key]));
  return rows.map((r) => ({
    key: r.key,
    kind: r.kind,
    number: r.number,
    label: r.label,
    heading: r.heading,
    text: r.text,
    parentKey: r.parentId ? (keyById.get(r.parentId) ?? null) : null,
  }));
}
