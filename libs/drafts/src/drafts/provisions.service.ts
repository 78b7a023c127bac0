import { Injectable } from '@nestjs/common';
import { NotFoundError, Viewer } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { ProvisionEntity } from './entities/provision.entity';
import { isUuid } from './text-input';
import { VersionsService } from './versions.service';

const PROVISION_COLUMNS = `p.id, p.version_id AS "versionId", p.key, p.kind, p.number, p.label, p.heading,
  p.text, p.parent_id AS "parentId", p.ordinal, p.depth, p.lineage_id AS "lineageId"`;

@Injectable()
export class ProvisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: VersionsService,
  ) {}

  /** Every provision of several versions in document order: one query for whole trees. */
  async byVersionIds(versionIds: readonly string[]): Promise<ProvisionEntity[]> {
    return this.dataSource.query(
      `SELECT ${PROVISION_COLUMNS} FROM provision p WHERE p.version_id = ANY($1::uuid[]) ORDER BY p.version_id, p.ordinal`,
      [versionIds],
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

  /** `provision(id)`: null unless the viewer may read its version. */
  async findVisible(viewer: Viewer | null, id: string): Promise<ProvisionEntity | null> {
    const [provision] = await this.byIds([id]);
    if (!provision) return null;
    try {
      await this.versions.requireVisible(viewer, provision.versionId);
      return provision;
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}
