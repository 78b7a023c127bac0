import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Outline } from '../parser';
import { matchProvisions } from './lineage';
import { ProvisionRow, provisionRows } from './provision-rows';

export interface NewVersion {
  draftId: string;
  number: number;
  changeNote: string | null;
  publishedAt: Date | null;
  sourceFilename: string | null;
  createdBy: string;
  outline: Outline;
}

/**
 * Stores a version and all its provisions in two statements, inside the caller's
 * transaction. Provisions matched to the previous version inherit its lineage.
 */
@Injectable()
export class VersionWriter {
  async write(manager: EntityManager, version: NewVersion, previousVersionId?: string): Promise<string> {
    const rows = provisionRows(version.outline.nodes);
    if (previousVersionId) await this.inheritLineage(manager, previousVersionId, rows);
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO draft_version (draft_id, number, change_note, published_at, document_number, issuer,
                                  preamble, source_filename, warnings, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        version.draftId,
        version.number,
        version.changeNote,
        version.publishedAt,
        version.outline.number,
        version.outline.issuer,
        version.outline.preamble,
        version.sourceFilename,
        JSON.stringify(version.outline.warningDetails),
        version.createdBy,
      ],
    );
    if (rows.length) {
      await manager.query(
        `INSERT INTO provision (id, version_id, key, kind, number, label, heading, text, parent_id, ordinal, depth,
                                lineage_id, full_label)
         SELECT u.id, $1, u.key, u.kind, u.number, u.label, u.heading, u.text, u.parent_id, u.ordinal, u.depth,
                u.lineage_id, u.full_label
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                       $9::uuid[], $10::int[], $11::int[], $12::uuid[], $13::text[])
             AS u(id, key, kind, number, label, heading, text, parent_id, ordinal, depth, lineage_id, full_label)`,
        [
          id,
          rows.map((r) => r.id),
          rows.map((r) => r.key),
          rows.map((r) => r.kind),
          rows.map((r) => r.number),
          rows.map((r) => r.label),
          rows.map((r) => r.heading),
          rows.map((r) => r.text),
          rows.map((r) => r.parentId),
          rows.map((r) => r.ordinal),
          rows.map((r) => r.depth),
          rows.map((r) => r.lineageId),
          rows.map((r) => r.fullLabel),
        ],
      );
    }
    return id;
  }

  private async inheritLineage(manager: EntityManager, previousVersionId: string, rows: ProvisionRow[]) {
    const previous: ProvisionRow[] = await manager.query(
      `SELECT id, key, kind, number, label, full_label AS "fullLabel", heading, text, parent_id AS "parentId", ordinal, depth,
              lineage_id AS "lineageId", NULL AS "parentKey"
         FROM provision WHERE version_id = $1 ORDER BY ordinal`,
      [previousVersionId],
    );
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
