import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DAY, PUBLISHED_COMMENT, PUBLISHED_OF_DRAFT } from '../report/live-report.repository';
import type { StanceTally } from '../report/report.model';

export interface DayStatistics {
  day: string;
  comments: number;
  participants: number;
  newParticipants: number;
}

export interface ArticleStatistics {
  provisionId: string;
  commentCount: number;
  participantCount: number;
  answeredCount: number;
  stanceCounts: StanceTally;
}

/**
 * The statistics' own SQL, over the report's set of comments (PUBLISHED_OF_DRAFT: published
 * comments and replies of the draft): per day with participants, per disposition, per article.
 * Each is one GROUP BY, so a draft of 100,000 comments costs a few scans, never a row per comment.
 */
@Injectable()
export class StatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Per Vietnamese calendar day: comments, distinct authors, and authors new to the draft that day. */
  async days(draftId: string): Promise<DayStatistics[]> {
    return this.dataSource.query(
      `WITH pc AS (SELECT c.author_id, ${DAY} AS day ${PUBLISHED_OF_DRAFT}),
            firsts AS (SELECT min(day) AS day FROM pc GROUP BY author_id)
       SELECT d.day, d.comments, d.participants, coalesce(f.n, 0)::int AS "newParticipants"
         FROM (SELECT day, count(*)::int AS comments, count(DISTINCT author_id)::int AS participants
                 FROM pc GROUP BY day) d
         LEFT JOIN (SELECT day, count(*) AS n FROM firsts GROUP BY day) f ON f.day = d.day
        ORDER BY d.day`,
      [draftId],
    );
  }

  /** Answered published comments per disposition (those with none are absent). */
  async dispositions(draftId: string): Promise<{ disposition: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT r.disposition, count(*)::int AS count
         FROM comment c
         JOIN comment_response cr ON cr.comment_id = c.id
         JOIN agency_response r ON r.id = cr.response_id
        WHERE ${PUBLISHED_COMMENT}
        GROUP BY r.disposition`,
      [draftId],
    );
  }

  /** Comments on the draft as a whole (no provision). */
  async general(draftId: string): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n ${PUBLISHED_OF_DRAFT} AND c.lineage_id IS NULL`,
      [draftId],
    );
    return row.n;
  }

  /**
   * Per article of the version the public reads (the latest published, as the report's), with
   * the comments on everything under it and on its lineage in earlier versions; most commented
   * first, then in document order. Articles without comments are left out.
   */
  async articles(draftId: string): Promise<ArticleStatistics[]> {
    const rows: (Omit<ArticleStatistics, 'stanceCounts'> & StanceTally)[] = await this.dataSource.query(
      `WITH cur AS (
         SELECT p.id, p.key, p.kind, p.lineage_id, p.ordinal FROM provision p
          WHERE p.version_id = (SELECT v.id FROM draft_version v WHERE v.draft_id = $1
                                 ORDER BY (v.published_at IS NULL), v.number DESC LIMIT 1)),
       -- Every provision's article: a few hundred rows, joined to the comments by lineage.
       owner AS (
         SELECT p.lineage_id, a.id AS article_id, a.ordinal
           FROM cur p JOIN cur a ON a.kind = 'ARTICLE' AND (p.key = a.key OR p.key LIKE a.key || '/%'))
       SELECT o.article_id AS "provisionId", count(*)::int AS "commentCount",
              count(DISTINCT c.author_id)::int AS "participantCount",
              count(cr.comment_id)::int AS "answeredCount",
              count(*) FILTER (WHERE c.stance = 'SUPPORT')::int AS support,
              count(*) FILTER (WHERE c.stance = 'OPPOSE')::int AS oppose,
              count(*) FILTER (WHERE c.stance = 'AMEND')::int AS amend,
              count(*) FILTER (WHERE c.stance = 'QUESTION')::int AS question,
              count(*) FILTER (WHERE c.stance = 'NEUTRAL')::int AS neutral
         FROM comment c
         JOIN owner o ON o.lineage_id = c.lineage_id
         LEFT JOIN comment_response cr ON cr.comment_id = c.id
        WHERE ${PUBLISHED_COMMENT}
        GROUP BY o.article_id, o.ordinal
        ORDER BY count(*) DESC, o.ordinal`,
      [draftId],
    );
    return rows.map(({ support, oppose, amend, question, neutral, ...r }) => ({
      ...r,
      stanceCounts: { support, oppose, amend, question, neutral },
    }));
  }
}
