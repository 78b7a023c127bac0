import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Outline } from '../parser';
import { DraftVersionEntity } from './entities/draft-version.entity';

const VERSION_COLUMNS = `v.id, v.draft_id AS "draftId", v.number, v.change_note AS "changeNote",
  v.published_at AS "publishedAt", v.document_number AS "documentNumber", v.issuer, v.preamble,
  v.source_filename AS "sourceFilename", v.warnings, v.created_by AS "createdBy", v.created_at AS "createdAt"`;

/** A version to store; its provisions are ProvisionsRepository's. */
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
 * The queries of a draft's versions (draft_version). Methods taking an EntityManager run in
 * the caller's transaction.
 */
@Injectable()
export class VersionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The draft's latest version, if any, with the draft locked until the caller's transaction
   * ends: this serialises concurrent imports of one draft, so version numbers never collide.
   */
  async lockLatest(
    manager: EntityManager,
    draftId: string,
  ): Promise<{ id: string; number: number } | undefined> {
    const [latest] = await manager.query<{ id: string; number: number }[]>(
      `SELECT v.id, v.number FROM draft d JOIN draft_version v ON v.draft_id = d.id
        WHERE d.id = $1 ORDER BY v.number DESC LIMIT 1 FOR UPDATE OF d`,
      [draftId],
    );
    return latest;
  }

  /** The new version's id. */
  async insert(manager: EntityManager, version: NewVersion): Promise<string> {
    const [{ id }] = await manager.query<{ id: string }[]>(
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
    return id;
  }

  /** Publishes the draft's latest version, unless it already is. */
  async publishLatest(manager: EntityManager, draftId: string, publishedAt: Date): Promise<void> {
    await manager.query(
      `UPDATE draft_version SET published_at = $2
        WHERE id = (SELECT id FROM draft_version WHERE draft_id = $1 ORDER BY number DESC LIMIT 1)
          AND published_at IS NULL`,
      [draftId, publishedAt],
    );
  }

  /** `ids` must all be uuids. */
  async byIds(ids: readonly string[]): Promise<DraftVersionEntity[]> {
    return this.dataSource.query<DraftVersionEntity[]>(
      `SELECT ${VERSION_COLUMNS} FROM draft_version v WHERE v.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** All versions of several drafts, oldest first. */
  async byDraftIds(draftIds: readonly string[]): Promise<DraftVersionEntity[]> {
    return this.dataSource.query<DraftVersionEntity[]>(
      `SELECT ${VERSION_COLUMNS} FROM draft_version v WHERE v.draft_id = ANY($1::uuid[]) ORDER BY v.draft_id, v.number`,
      [draftIds],
    );
  }
}
