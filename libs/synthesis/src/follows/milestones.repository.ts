import { Injectable } from '@nestjs/common';
import type { MilestoneKind } from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';

/** A milestone just recorded: its time as the driver returns it. */
export interface ReachedMilestone {
  draftId: string;
  kind: MilestoneKind;
  at: Date;
  number: number;
}

/** The draft as a milestone's mail tells it. */
export interface MilestoneDraft {
  title: string;
  agencyName: string;
  closesAt: Date | null;
  /** REOPENED: the editor's reason. */
  reason: string | null;
}

/**
 * The queries of draft milestones: recording the ones reached (draft_milestone, whose primary
 * key, draft, kind and time, makes each recorded once) and the draft as their mail tells it.
 */
@Injectable()
export class MilestonesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the milestones reached by `now` and within `lookBack` of it that were not recorded
   * yet (opening, closing, reopening, a new version, a report publication); returns them.
   */
  async recordReached(manager: EntityManager, now: Date, lookBack: string): Promise<ReachedMilestone[]> {
    return manager.query<ReachedMilestone[]>(
      `WITH due (draft_id, kind, at, number) AS (
         SELECT id, 'OPENED', opens_at, 0 FROM draft
          WHERE opens_at <= $1 AND opens_at > $1::timestamptz - $2::interval AND closes_at IS NOT NULL
            AND (closed_at IS NULL OR closed_at > opens_at)
         UNION ALL
         SELECT id, 'CLOSED', coalesce(closed_at, closes_at), 0 FROM draft
          WHERE coalesce(closed_at, closes_at) <= $1 AND coalesce(closed_at, closes_at) > $1::timestamptz - $2::interval
            AND opens_at IS NOT NULL AND opens_at < coalesce(closed_at, closes_at)
         UNION ALL
         SELECT draft_id, 'REOPENED', changed_at, 0 FROM consultation_change
          WHERE kind = 'REOPENED' AND changed_at <= $1 AND changed_at > $1::timestamptz - $2::interval
         UNION ALL
         SELECT draft_id, 'NEW_VERSION', published_at, number FROM draft_version
          WHERE number > 1 AND published_at <= $1 AND published_at > $1::timestamptz - $2::interval
         UNION ALL
         SELECT draft_id, 'REPORT_PUBLISHED', published_at, version FROM feedback_report
          WHERE published_at <= $1 AND published_at > $1::timestamptz - $2::interval
       )
       INSERT INTO draft_milestone (draft_id, kind, at, number)
       SELECT draft_id, kind, at, number FROM due
       ON CONFLICT DO NOTHING
       RETURNING draft_id AS "draftId", kind, at, number`,
      [now, lookBack],
    );
  }

  /** The draft of a milestone at `at`, with the reason of a reopening at that time; undefined if gone. */
  async draftAt(draftId: string, at: string): Promise<MilestoneDraft | undefined> {
    const [draft] = await this.dataSource.query<MilestoneDraft[]>(
      `SELECT d.title, a.name AS "agencyName", d.closes_at AS "closesAt",
              (SELECT reason FROM consultation_change c
                WHERE c.draft_id = d.id AND c.kind = 'REOPENED' AND c.changed_at = $2) AS reason
         FROM draft d JOIN agency a ON a.id = d.agency_id WHERE d.id = $1`,
      [draftId, at],
    );
    return draft;
  }
}
