import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What the write path needs to know about a draft: its schedule and latest published version. */
export interface DraftFacts {
  id: string;
  agencyId: string;
  opensAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
  /** Latest published version (null before the consultation is scheduled). */
  versionId: string | null;
  versionNumber: number | null;
}

/** A provision of a published version: immutable, so it is cached for the process's life. */
export interface ProvisionFacts {
  id: string;
  draftId: string;
  versionId: string;
  versionNumber: number;
  lineageId: string;
}

/**
 * What feedback reads of drafts' tables to place a comment: a draft's schedule with its
 * latest published version, and a provision with its version. CommentTargets caches them.
 */
@Injectable()
export class CommentTargetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async draft(id: string): Promise<DraftFacts | null> {
    const [row] = await this.dataSource.query<DraftFacts[]>(
      `SELECT d.id, d.agency_id AS "agencyId", d.opens_at AS "opensAt", d.closes_at AS "closesAt",
              d.closed_at AS "closedAt", v.id AS "versionId", v.number AS "versionNumber"
         FROM draft d
         LEFT JOIN LATERAL (SELECT id, number FROM draft_version
                             WHERE draft_id = d.id AND published_at IS NOT NULL
                             ORDER BY number DESC LIMIT 1) v ON true
        WHERE d.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** The provision, and whether its version is published. */
  async provision(id: string): Promise<(ProvisionFacts & { published: boolean }) | undefined> {
    const [row] = await this.dataSource.query<(ProvisionFacts & { published: boolean })[]>(
      `SELECT p.id, v.draft_id AS "draftId", p.version_id AS "versionId", v.number AS "versionNumber",
              p.lineage_id AS "lineageId", v.published_at IS NOT NULL AS published
         FROM provision p JOIN draft_version v ON v.id = p.version_id WHERE p.id = $1`,
      [id],
    );
    return row;
  }
}
