import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ConsultationWindow } from './consultation-status';
import { ProvisionEntity } from './entities/provision.entity';
import { ProvisionRow } from './provision-rows';

const PROVISION_COLUMNS = `p.id, p.version_id AS "versionId", p.key, p.kind, p.number, p.label, p.full_label AS "fullLabel", p.heading,
  p.text, p.parent_id AS "parentId", p.ordinal, p.depth, p.lineage_id AS "lineageId"`;

/** A provision with what its visibility depends on: its version's publication, its draft's window and agency. */
export type ProvisionWithVisibility = ProvisionEntity &
  ConsultationWindow & { agencyId: string; publishedAt: Date | null };

/** `%/…`: a key ending with these segments, LIKE's own characters escaped. */
const suffix = (k: string) => `%/${k.replace(/[\\%_]/g, (c) => `\\${c}`)}`;

/**
 * The queries of provisions (the provision table), a version's whole tree at a time when
 * written. Methods taking an EntityManager run in the caller's transaction.
 */
@Injectable()
export class ProvisionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every provision of several versions in document order: one query for whole trees. */
  async byVersionIds(versionIds: readonly string[]): Promise<ProvisionEntity[]> {
    return this.dataSource.query<ProvisionEntity[]>(
      `SELECT ${PROVISION_COLUMNS} FROM provision p WHERE p.version_id = ANY($1::uuid[]) ORDER BY p.version_id, p.ordinal`,
      [versionIds],
    );
  }

  /** Provisions by (version, key): the unique index provision_version_key answers each pair. */
  async byVersionKeys(pairs: readonly { versionId: string; key: string }[]): Promise<ProvisionEntity[]> {
    return this.dataSource.query<ProvisionEntity[]>(
      `SELECT ${PROVISION_COLUMNS} FROM provision p
         JOIN unnest($1::uuid[], $2::text[]) AS k(version_id, key) ON p.version_id = k.version_id AND p.key = k.key`,
      [pairs.map((p) => p.versionId), pairs.map((p) => p.key)],
    );
  }

  /** `ids` must all be uuids. */
  async byIds(ids: readonly string[]): Promise<ProvisionEntity[]> {
    return this.dataSource.query<ProvisionEntity[]>(
      `SELECT ${PROVISION_COLUMNS} FROM provision p WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** One query: the provision with what its visibility depends on. */
  async withVisibility(id: string): Promise<ProvisionWithVisibility | undefined> {
    const [row] = await this.dataSource.query<ProvisionWithVisibility[]>(
      `SELECT ${PROVISION_COLUMNS}, v.published_at AS "publishedAt", d.agency_id AS "agencyId",
              d.opens_at AS "opensAt", d.closes_at AS "closesAt", d.closed_at AS "closedAt"
         FROM provision p JOIN draft_version v ON v.id = p.version_id JOIN draft d ON d.id = v.draft_id
        WHERE p.id = $1`,
      [id],
    );
    return row;
  }

  /**
   * The keys (at most 10, in order) across the draft's versions that are `key` or `slug`, end
   * with either as their last segments, or whose folded full label is `foldedLabel`.
   */
  async keysNamed(
    draftId: string,
    names: { key: string; slug: string; foldedLabel: string },
  ): Promise<string[]> {
    const rows = await this.dataSource.query<{ key: string }[]>(
      `SELECT DISTINCT p.key FROM provision p JOIN draft_version v ON v.id = p.version_id
        WHERE v.draft_id = $1
          AND (p.key = $2 OR p.key LIKE $3 OR p.key = $4 OR p.key LIKE $5
               OR regexp_replace(thamvan_fold(p.full_label), '\\s+', ' ', 'g') = $6)
        ORDER BY p.key LIMIT 10`,
      [draftId, names.key, suffix(names.key), names.slug, suffix(names.slug), names.foldedLabel],
    );
    return rows.map((r) => r.key);
  }

  /** A version's provisions as rows to match a new version against, in document order. */
  async rowsOf(manager: EntityManager, versionId: string): Promise<ProvisionRow[]> {
    return manager.query<ProvisionRow[]>(
      `SELECT id, key, kind, number, label, full_label AS "fullLabel", heading, text, parent_id AS "parentId", ordinal, depth,
              lineage_id AS "lineageId", NULL AS "parentKey"
         FROM provision WHERE version_id = $1 ORDER BY ordinal`,
      [versionId],
    );
  }

  /** All of a version's provisions in one statement. */
  async insertAll(manager: EntityManager, versionId: string, rows: readonly ProvisionRow[]): Promise<void> {
    await manager.query(
      `INSERT INTO provision (id, version_id, key, kind, number, label, heading, text, parent_id, ordinal, depth,
                              lineage_id, full_label)
       SELECT u.id, $1, u.key, u.kind, u.number, u.label, u.heading, u.text, u.parent_id, u.ordinal, u.depth,
              u.lineage_id, u.full_label
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::uuid[], $10::int[], $11::int[], $12::uuid[], $13::text[])
           AS u(id, key, kind, number, label, heading, text, parent_id, ordinal, depth, lineage_id, full_label)`,
      [
        versionId,
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
}
