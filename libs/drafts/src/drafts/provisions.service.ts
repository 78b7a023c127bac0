import { Injectable } from '@nestjs/common';
import { BadInputError, Clock, foldVietnamese, isUuid, Viewer } from '@thamvan/core';
import { slugify } from '../parser/fold';
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

  /**
   * A provision filter as people write it, resolved within a draft to the full key search
   * filters on: the key itself ("chuong-ii/dieu-21"), its own last segments ("dieu-21",
   * "dieu-21/khoan-2"), its label ("Điều 21") or its full label ("Khoản 2 Điều 21", with or
   * without marks), across the draft's versions. Unchanged when nothing matches (the filter
   * then finds nothing, as before); BAD_USER_INPUT when it names several provisions.
   */
  async resolveKey(draftId: string, input: string, field = 'provisionKey'): Promise<string> {
    const key = input.trim().toLowerCase().replace(/\/+$/, '');
    if (!isUuid(draftId) || !key || key.length > 500) return key;
    const slug = slugify(input);
    const suffix = (k: string) => `%/${k.replace(/[\\%_]/g, (c) => `\\${c}`)}`;
    const rows: { key: string }[] = await this.dataSource.query(
      `SELECT DISTINCT p.key FROM provision p JOIN draft_version v ON v.id = p.version_id
        WHERE v.draft_id = $1
          AND (p.key = $2 OR p.key LIKE $3 OR p.key = $4 OR p.key LIKE $5
               OR regexp_replace(thamvan_fold(p.full_label), '\\s+', ' ', 'g') = $6)
        ORDER BY p.key LIMIT 10`,
      [draftId, key, suffix(key), slug, suffix(slug), foldVietnamese(input).replace(/\s+/g, ' ').trim()],
    );
    if (rows.some((r) => r.key === key) || !rows.length) return key;
    if (rows.length > 1) {
      throw new BadInputError(
        `${field} "${input}" names several provisions of this draft: ${rows.map((r) => r.key).join(', ')}`,
        field,
      );
    }
    return rows[0].key;
  }
}
