import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReportData } from './report.model';
import type { ReportVersionObject } from './report.objects';

/** A published version as read: the snapshot only when asked for. */
export interface PublishedReport {
  snapshot?: ReportData;
  publishedAt: Date;
  version: number;
}

/** What a publication stores. */
export interface ReportPublication {
  draftId: string;
  snapshot: ReportData;
  userId: string;
  now: Date;
  version: number;
  note: string | null;
  commentCount: number;
  answeredCount: number;
}

/**
 * The queries of published reports: the current version in feedback_report, the ones it
 * replaced in feedback_report_version, and what moderation has changed in a snapshot's
 * comments since. Methods taking an EntityManager run in the caller's transaction.
 */
@Injectable()
export class ReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** When each of these drafts' reports was published, for those published. */
  async publishedAt(draftIds: readonly string[]): Promise<{ draftId: string; publishedAt: Date }[]> {
    return this.dataSource.query<{ draftId: string; publishedAt: Date }[]>(
      `SELECT draft_id AS "draftId", published_at AS "publishedAt" FROM feedback_report WHERE draft_id = ANY($1::uuid[])`,
      [draftIds],
    );
  }

  /** Every published version of these drafts' reports, by draft, newest first. */
  async versions(draftIds: readonly string[]): Promise<(ReportVersionObject & { draftId: string })[]> {
    return this.dataSource.query<(ReportVersionObject & { draftId: string })[]>(
      `SELECT draft_id AS "draftId", version, published_at AS "publishedAt", note,
              comment_count AS "commentCount", answered_count AS "answeredCount"
         FROM feedback_report WHERE draft_id = ANY($1::uuid[])
       UNION ALL
       SELECT draft_id, version, published_at, note, comment_count, answered_count
         FROM feedback_report_version WHERE draft_id = ANY($1::uuid[])
       ORDER BY 1, 2 DESC`,
      [draftIds],
    );
  }

  /**
   * The published version asked for (null: the current one), or undefined. `withSnapshot`
   * false reads the current one's date and number alone: the snapshot is megabytes on a large
   * draft.
   */
  async published(
    draftId: string,
    version: number | null,
    withSnapshot: boolean,
  ): Promise<PublishedReport | undefined> {
    const [published] = await this.dataSource.query<PublishedReport[]>(
      version === null
        ? `SELECT ${withSnapshot ? 'snapshot, ' : ''}published_at AS "publishedAt", version FROM feedback_report WHERE draft_id = $1`
        : `SELECT snapshot, published_at AS "publishedAt", version FROM feedback_report WHERE draft_id = $1 AND version = $2
           UNION ALL
           SELECT snapshot, published_at, version FROM feedback_report_version WHERE draft_id = $1 AND version = $2`,
      version === null ? [draftId] : [draftId, version],
    );
    return published;
  }

  /**
   * Of these comments, those no longer published, and whether their text is withheld: hidden
   * since publication, or withdrawn without an answer. Withdrawn after an answer: the text
   * stays with its answer, the entry marked (as in the live report).
   */
  async changedSincePublication(commentIds: string[]): Promise<{ id: string; withheld: boolean }[]> {
    return this.dataSource.query<{ id: string; withheld: boolean }[]>(
      `SELECT c.id, (c.status <> 'WITHDRAWN' OR cr.comment_id IS NULL) AS withheld
         FROM comment c LEFT JOIN comment_response cr ON cr.comment_id = c.id
        WHERE c.id = ANY($1::uuid[]) AND c.status <> 'PUBLISHED' ORDER BY c.id`,
      [commentIds],
    );
  }

  /**
   * The draft's row lock serialises publications of one report, so versions never collide
   * and the replaced one is always the one archived.
   */
  async lockDraft(manager: EntityManager, draftId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM draft WHERE id = $1 FOR UPDATE`, [draftId]);
  }

  /** The current version's number, or undefined before the first publication. */
  async currentVersion(manager: EntityManager, draftId: string): Promise<number | undefined> {
    const [current] = await manager.query<{ version: number }[]>(
      `SELECT version FROM feedback_report WHERE draft_id = $1`,
      [draftId],
    );
    return current?.version;
  }

  /** Copies the current version into feedback_report_version, replaced at `now`. */
  async archiveCurrent(manager: EntityManager, draftId: string, now: Date): Promise<void> {
    await manager.query(
      `INSERT INTO feedback_report_version
         (draft_id, version, snapshot, published_by, published_at, note, comment_count, answered_count, replaced_at)
       SELECT draft_id, version, snapshot, published_by, published_at, note, comment_count, answered_count, $2
         FROM feedback_report WHERE draft_id = $1`,
      [draftId, now],
    );
  }

  /** Makes the publication the current version. */
  async saveCurrent(manager: EntityManager, p: ReportPublication): Promise<void> {
    await manager.query(
      `INSERT INTO feedback_report (draft_id, snapshot, published_by, published_at, version, note, comment_count, answered_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (draft_id) DO UPDATE
         SET snapshot = EXCLUDED.snapshot, published_by = EXCLUDED.published_by, published_at = EXCLUDED.published_at,
             version = EXCLUDED.version, note = EXCLUDED.note,
             comment_count = EXCLUDED.comment_count, answered_count = EXCLUDED.answered_count`,
      [
        p.draftId,
        JSON.stringify(p.snapshot),
        p.userId,
        p.now,
        p.version,
        p.note,
        p.commentCount,
        p.answeredCount,
      ],
    );
  }
}
