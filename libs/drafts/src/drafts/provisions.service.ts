import { Injectable } from '@nestjs/common';
import { Clock, isUuid, Viewer } from '@thamvan/core';
import { ConsultationWindow, consultationStatus } from './consultation-status';
import { canSeeDraft, canSeeVersion } from './draft-access';
import { DataSource } from 'typeorm';
import { ProvisionEntity } from './entities/provision.entity';

const PROVISION_COLUMNS = `p.id, p.version_id AS "versionId", p.key, p.kind, p.number, p.label, p.full_label AS "fullLabel", p.heading,
  p.text, p.parent_id AS "parentId", p.ordinal, p.depth, p.lineage_id AS "lineageId"`;

@Injectable()
export class ProvisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Every provision of several versions in document order: one query for whole trees. */
  async byVersionIds(versionIds: readonly string[]): Promise<ProvisionEntity[]> {
    return this.dataSource.query(
      `SELECT ${PROVISION_COLUMNS} FROM provision p WHERE p.version_id = ANY($1::uuid[]) ORDER BY p.version_id, p.ordinal`,
      [versionIds],
    );
  }

  /** Provisions by (version, key): the unique index provision_version_key answers each pair. */
  async byVersionKeys(pairs: readonly { versionId: string; key: string }[]): Promise<ProvisionEntity[]> {
    const valid = pairs.filter((p) => isUuid(p.versionId) && p.key.length <= 500);
    if (!valid.length) return [];
    return this.dataSource.query(
      `SELECT ${PROVISION_COLUMNS} FROM provision p
         JOIN unnest($1::uuid[], $2::text[]) AS k(version_id, key) ON p.version_id = k.version_id AND p.key = k.key`,
      [valid.map((p) => p.versionId), valid.map((p) => p.key)],
    );
  }

  async byIds(ids: readonly string[]): Promise<ProvisionEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.dataSource.query(
      `SELECT ${PROVISION_COLUMNS} FROM provision p WHERE p.id = ANY($1::uuid[])`,
      [valid],
    );
  }

  /**
   * `provision(id)`: null unless the viewer may read its version. One query: the provision
   * with what visibility depends on (its version's publication, its draft's window and agency).
   */
  async findVisible(viewer: Viewer | null, id: string): Promise<ProvisionEntity | null> {
    if (!isUuid(id)) return null;
    const [row]: (ProvisionEntity & ConsultationWindow & { agencyId: string; publishedAt: Date | null })[] =
      await this.dataSource.query(
        `SELECT ${PROVISION_COLUMNS}, v.published_at AS "publishedAt", d.agency_id AS "agencyId",
                d.opens_at AS "opensAt", d.closes_at AS "closesAt", d.closed_at AS "closedAt"
           FROM provision p JOIN draft_version v ON v.id = p.version_id JOIN draft d ON d.id = v.draft_id
          WHERE p.id = $1`,
        [id],
      );
    if (!row) return null;
    const status = consultationStatus(row, this.clock.now());
    if (!canSeeDraft(viewer, row, status) || !canSeeVersion(viewer, row.agencyId, row.publishedAt))
      return null;
    const { publishedAt: _p, agencyId: _a, opensAt: _o, closesAt: _c, closedAt: _d, ...provision } = row;
    return provision;
  }
}
