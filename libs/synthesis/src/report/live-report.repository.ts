import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StanceName } from '../topics/topics';
import { stanceCountsOf } from '../topics/topics.repository';
import { CampaignData, ReportEntry, ReportTopic, StanceTally } from './report.model';

/** The public text of a comment: personal data masked (moderation fills masked_*). */
const PUBLIC_BODY = 'coalesce(c.masked_body, c.body)';
const PUBLIC_PROPOSED = 'coalesce(c.masked_proposed_text, c.proposed_text)';
/** Organisations are shown by their organisation's name, people by their display name. */
const SENDER = `CASE WHEN u.kind = 'ORGANIZATION' AND u.organization_name IS NOT NULL THEN u.organization_name ELSE u.display_name END`;
/** Days of the timeline are Vietnamese calendar days. */
export const DAY = `to_char(c.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;
const MAX_SENDERS = 10;

/** The figures of one scope, as SELECT items over PUBLISHED_OF_DRAFT. */
const FIGURES = `count(*)::int AS "commentCount",
  count(DISTINCT coalesce(m.campaign_id, c.id))::int AS "distinctCount",
  count(DISTINCT c.author_id)::int AS "participantCount",
  count(cr.comment_id)::int AS "answeredCount",
  count(*) FILTER (WHERE ar.disposition IN ('ACCEPTED', 'PARTIALLY_ACCEPTED'))::int AS "acceptedCount",
  count(*) FILTER (WHERE ar.disposition = 'NOT_ACCEPTED')::int AS "notAcceptedCount",
  count(*) FILTER (WHERE ar.disposition = 'EXPLAINED')::int AS "explainedCount",
  count(*) FILTER (WHERE c.stance = 'SUPPORT')::int AS support,
  count(*) FILTER (WHERE c.stance = 'OPPOSE')::int AS oppose,
  count(*) FILTER (WHERE c.stance = 'AMEND')::int AS amend,
  count(*) FILTER (WHERE c.stance = 'QUESTION')::int AS question,
  count(*) FILTER (WHERE c.stance = 'NEUTRAL')::int AS neutral,
  count(*) FILTER (WHERE u.kind = 'ORGANIZATION')::int AS "organizationComments",
  count(DISTINCT c.author_id) FILTER (WHERE u.kind = 'ORGANIZATION')::int AS "organizationParticipants",
  count(*) FILTER (WHERE u.verification_level <> 'NONE')::int AS "verifiedComments",
  count(m.comment_id)::int AS "campaignComments"`;

/** What the report counts: the draft's published comments and replies (`c`, the draft is $1). */
export const PUBLISHED_COMMENT = `c.draft_id = $1 AND c.status = 'PUBLISHED'`;

export const PUBLISHED_OF_DRAFT = `FROM comment c
  JOIN app_user u ON u.id = c.author_id
  LEFT JOIN comment_response cr ON cr.comment_id = c.id
  LEFT JOIN agency_response ar ON ar.id = cr.response_id
  LEFT JOIN campaign_member m ON m.comment_id = c.id
  WHERE ${PUBLISHED_COMMENT}`;

export type Counted = StanceTally & {
  commentCount: number;
  distinctCount: number;
  participantCount: number;
  answeredCount: number;
  acceptedCount: number;
  notAcceptedCount: number;
  explainedCount: number;
  organizationComments: number;
  organizationParticipants: number;
  verifiedComments: number;
  campaignComments: number;
};
/** `whole` is 1 on the draft-wide row, 0 on a per-lineage row (GROUPING()). */
export type Scoped<T> = T & { lineageId: string | null; whole: number };
export type Spread = Scoped<{ province: string | null; day: string | null; count: number; byDay: number }>;

/** The draft as the report heads it, with the version the public reads (the latest published). */
export interface ReportDraft {
  id: string;
  title: string;
  agencyName: string;
  versionId: string | null;
  opensAt: Date | null;
  closesAt: Date | null;
}

export interface ReportProvision {
  id: string;
  key: string;
  label: string;
  fullLabel: string;
  heading: string | null;
  lineageId: string;
}

/**
 * The SQL of the live report (ReportBuilder assembles it): the draft, its provisions, the
 * figures and spreads of the draft and of every lineage, campaigns, entries and topics. Every
 * aggregate runs in PostgreSQL over published comments only; each method is one statement.
 */
@Injectable()
export class LiveReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async draft(draftId: string): Promise<ReportDraft | undefined> {
    const [draft] = await this.dataSource.query<ReportDraft[]>(
      `SELECT d.id, d.title, a.name AS "agencyName", d.opens_at AS "opensAt",
                coalesce(d.closed_at, d.closes_at) AS "closesAt",
                (SELECT v.id FROM draft_version v WHERE v.draft_id = d.id
                  ORDER BY (v.published_at IS NULL), v.number DESC LIMIT 1) AS "versionId"
           FROM draft d JOIN agency a ON a.id = d.agency_id WHERE d.id = $1`,
      [draftId],
    );
    return draft;
  }

  /** The provisions of a version, in document order. */
  async provisions(versionId: string | null): Promise<ReportProvision[]> {
    return this.dataSource.query<ReportProvision[]>(
      `SELECT id, key, label, full_label AS "fullLabel", heading, lineage_id AS "lineageId"
           FROM provision WHERE version_id = $1 ORDER BY ordinal`,
      [versionId],
    );
  }

  /** The draft's figures and every lineage's, in one pass. */
  async figuresByLineage(draftId: string): Promise<Scoped<Counted>[]> {
    return this.dataSource.query<Scoped<Counted>[]>(
      `SELECT c.lineage_id AS "lineageId", GROUPING(c.lineage_id) AS whole, ${FIGURES}
           ${PUBLISHED_OF_DRAFT} GROUP BY GROUPING SETS ((), (c.lineage_id))`,
      [draftId],
    );
  }

  /** Provinces and days of the draft and of every lineage, in one pass. */
  async spreadByLineage(draftId: string): Promise<Spread[]> {
    return this.dataSource.query<Spread[]>(
      `SELECT c.lineage_id AS "lineageId", u.province, ${DAY} AS day, count(*)::int AS count,
                GROUPING(c.lineage_id) AS whole, GROUPING(u.province) AS "byDay"
           ${PUBLISHED_OF_DRAFT}
          GROUP BY GROUPING SETS ((u.province), (${DAY}), (c.lineage_id, u.province), (c.lineage_id, ${DAY}))`,
      [draftId],
    );
  }

  /** The draft-wide figures alone (one row). */
  async draftCounts(draftId: string): Promise<Counted[]> {
    return this.dataSource.query<Counted[]>(`SELECT ${FIGURES} ${PUBLISHED_OF_DRAFT}`, [draftId]);
  }

  /** The draft-wide provinces and days alone. */
  async draftSpread(draftId: string): Promise<Spread[]> {
    return this.dataSource.query<Spread[]>(
      `SELECT u.province, ${DAY} AS day, count(*)::int AS count, GROUPING(u.province) AS "byDay"
           ${PUBLISHED_OF_DRAFT} GROUP BY GROUPING SETS ((u.province), (${DAY}))`,
      [draftId],
    );
  }

  /**
   * Each provision lineage's topics as the bulk lane last built them (topics-refresher.ts):
   * the report reads them, it never builds them. A representative hidden or withdrawn since
   * that build is left out rather than shown.
   */
  async topics(draftId: string): Promise<Map<string, ReportTopic[]>> {
    const rows = await this.dataSource.query<
      (Omit<ReportTopic, 'stanceCounts'> & { lineageId: string; stanceCounts: Record<StanceName, number> })[]
    >(
      `SELECT t.lineage_id AS "lineageId", t.label, t.phrases, t.size, t.comment_count AS "commentCount",
              t.is_other AS other, t.stance_counts AS "stanceCounts",
              CASE WHEN NOT t.is_other AND c.status = 'PUBLISHED' THEN ${PUBLIC_BODY} END AS "representativeText"
         FROM topic t LEFT JOIN comment c ON c.id = t.representative_comment_id
        WHERE t.draft_id = $1 AND t.lineage_id IS NOT NULL
        ORDER BY t.lineage_id, t.position`,
      [draftId],
    );
    const byLineage = new Map<string, ReportTopic[]>();
    for (const { lineageId, stanceCounts: s, ...topic } of rows) {
      const list = byLineage.get(lineageId) ?? [];
      list.push({ ...topic, stanceCounts: stanceCountsOf(s) });
      byLineage.set(lineageId, list);
    }
    return byLineage;
  }

  async campaigns(draftId: string): Promise<CampaignData[]> {
    const rows = await this.dataSource.query<
      (Omit<CampaignData, 'firstAt' | 'lastAt'> & { firstAt: Date; lastAt: Date })[]
    >(
      `SELECT cp.id, count(*)::int AS size, min(c.created_at) AS "firstAt", max(c.created_at) AS "lastAt",
                coalesce(array_agg(DISTINCT p.key) FILTER (WHERE p.key IS NOT NULL), '{}') AS "provisionKeys",
                (SELECT ${PUBLIC_BODY} FROM campaign_member m2 JOIN comment c ON c.id = m2.comment_id
                  WHERE m2.campaign_id = cp.id AND c.status = 'PUBLISHED'
                  ORDER BY (c.id = cp.representative_comment_id) DESC, c.created_at LIMIT 1) AS "representativeText"
           FROM campaign cp
           JOIN campaign_member m ON m.campaign_id = cp.id
           JOIN comment c ON c.id = m.comment_id AND c.status = 'PUBLISHED'
           LEFT JOIN provision p ON p.id = c.provision_id
          WHERE cp.draft_id = $1
          GROUP BY cp.id HAVING count(*) > 1
          ORDER BY size DESC, min(c.created_at)`,
      [draftId],
    );
    return rows.map((r) => ({
      ...r,
      provisionKeys: [...r.provisionKeys].sort(),
      firstAt: new Date(r.firstAt).toISOString(),
      lastAt: new Date(r.lastAt).toISOString(),
    }));
  }

  /**
   * One row per distinct top-level published comment **per provision**: a campaign is one row
   * under each provision (lineage) its members were posted on, with the size and the distinct
   * senders of the members posted there, showing its earliest answered member there (else its
   * earliest): members' texts are near-identical, and the row should carry the agency's answer
   * when there is one. A comment withdrawn by its author after the agency answered it stays, as
   * an entry of its own marked `withdrawn`, with its text and its answer (docs/synthesis.md).
   */
  async entries(draftId: string): Promise<{ lineageId: string | null; entry: ReportEntry }[]> {
    // Grouping runs over narrow rows (ids, times, sender names); the texts are read once per
    // entry afterwards, so sorting never carries 100,000 comment bodies.
    const rows = await this.dataSource.query<(ReportEntry & { lineageId: string | null })[]>(
      `WITH pc AS (
         SELECT c.id, c.created_at, c.lineage_id, c.author_id, cr.comment_id IS NOT NULL AS answered,
                ${SENDER} AS sender,
                CASE WHEN c.status = 'PUBLISHED' THEN coalesce(m.campaign_id, c.id) ELSE c.id END AS grp
           FROM comment c JOIN app_user u ON u.id = c.author_id
           LEFT JOIN campaign_member m ON m.comment_id = c.id
           LEFT JOIN comment_response cr ON cr.comment_id = c.id
          WHERE c.draft_id = $1 AND c.parent_id IS NULL
            AND (c.status = 'PUBLISHED' OR (c.status = 'WITHDRAWN' AND cr.comment_id IS NOT NULL))),
       ps AS (
         SELECT pc.*, row_number() OVER (PARTITION BY grp, lineage_id, author_id ORDER BY created_at, id) AS nth
           FROM pc),
       g AS (
         SELECT count(*)::int AS size, count(*) FILTER (WHERE nth = 1)::int AS "senderCount",
                (array_agg(sender ORDER BY created_at, id) FILTER (WHERE nth = 1))[1:${MAX_SENDERS}] AS senders,
                (array_agg(id ORDER BY answered DESC, created_at, id))[1] AS pick
           FROM ps GROUP BY grp, lineage_id)
       SELECT c.id AS "commentId", c.lineage_id AS "lineageId", ${PUBLIC_BODY} AS text,
              ${PUBLIC_PROPOSED} AS "proposedText", c.stance, g.size, g."senderCount", g.senders,
              r.id AS "responseId", r.disposition, r.explanation, p.full_label AS "provisionLabel",
              c.status = 'WITHDRAWN' AS withdrawn
         FROM g JOIN comment c ON c.id = g.pick
         LEFT JOIN comment_response cr ON cr.comment_id = c.id
         LEFT JOIN agency_response r ON r.id = cr.response_id
         LEFT JOIN provision p ON p.id = c.provision_id
        ORDER BY c.created_at, c.id`,
      [draftId],
    );
    return rows.map(({ lineageId, ...r }) => ({
      lineageId,
      entry: {
        commentId: r.commentId,
        text: r.text,
        proposedText: r.proposedText,
        stance: r.stance,
        size: r.size,
        senderCount: r.senderCount,
        senders: r.senders,
        responseId: r.responseId,
        disposition: r.disposition,
        explanation: r.explanation,
        provisionLabel: r.provisionLabel,
        withdrawn: r.withdrawn,
      },
    }));
  }
}
