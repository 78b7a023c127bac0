import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { matchProvisions } from './lineage';
import { ProvisionRow, provisionRows } from './provision-rows';
import { ProvisionsRepository } from './provisions.repository';
import { NewVersion, VersionsRepository } from './versions.repository';

export type { NewVersion } from './versions.repository';

/**
 * Stores a version and all its provisions in two statements, inside the caller's
 * transaction. Provisions matched to the previous version inherit its lineage.
 */
@Injectable()
export class VersionWriter {
  constructor(
    private readonly versions: VersionsRepository,
    private readonly provisions: ProvisionsRepository,
  ) {}

  async write(manager: EntityManager, version: NewVersion, previousVersionId?: string): Promise<string> {
    const rows = provisionRows(version.outline.nodes);
    if (previousVersionId) await this.inheritLineage(manager, previousVersionId, rows);
    const id = await this.versions.insert(manager, version);
    if (rows.length) await this.provisions.insertAll(manager, id, rows);
    return id;
  }

  private async inheritLineage(manager: EntityManager, previousVersionId: string, rows: ProvisionRow[]) {
    const previous = await this.provisions.rowsOf(manager, previousVersionId);
    const byId = new Map(previous.map((p) => [p.id, p]));
    for (const p of previous) p.parentKey = p.parentId ? (byId.get(p.parentId)?.key ?? null) : null;
    const next = new Map(rows.map((r) => [r.key, r]));
    const prev = new Map(previous.map((p) => [p.key, p]));
    for (const [fromKey, toKey] of matchProvisions(previous, rows)) {
      const from = prev.get(fromKey);
      const to = next.get(toKey);
      if (from && to) to.lineageId = from.lineageId;
    }
  }
}
