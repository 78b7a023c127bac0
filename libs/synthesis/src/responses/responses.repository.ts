import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyResponseObject, Disposition } from './dto/response.object';

const RESPONSE_COLUMNS = `r.id, r.draft_id AS "draftId", r.agency_id AS "agencyId", r.disposition, r.explanation,
  r.responded_at AS "respondedAt", r.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM comment_response x WHERE x.response_id = r.id) AS "commentCount"`;

export interface ResponseRevision {
  number: number;
  disposition: Disposition;
  explanation: string;
  commentCount: number;
  writtenAt: Date;
}

/** A response's text and its last revision number, read under the response's row lock. */
export interface LockedResponse {
  disposition: Disposition;
  explanation: string;
  last: number;
}

/**
 * The queries of agency responses: agency_response, its revisions and the comment_response
 * links that make a response the current answer of its comments. Methods taking an
 * EntityManager run in the caller's transaction; the rest read on their own.
 */
@Injectable()
export class ResponsesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The response as stored (dates as the driver returns them), or undefined. */
  async find(id: string): Promise<AgencyResponseObject | undefined> {
    const [row] = await this.dataSource.query<AgencyResponseObject[]>(
      `SELECT ${RESPONSE_COLUMNS} FROM agency_response r WHERE r.id = $1`,
      [id],
    );
    return row;
  }

  /** The current response of each of these comments that has one. */
  async currentOfComments(commentIds: string[]): Promise<(AgencyResponseObject & { commentId: string })[]> {
    return this.dataSource.query<(AgencyResponseObject & { commentId: string })[]>(
      `SELECT cr.comment_id AS "commentId", ${RESPONSE_COLUMNS}
         FROM comment_response cr JOIN agency_response r ON r.id = cr.response_id
        WHERE cr.comment_id = ANY($1::uuid[])`,
      [commentIds],
    );
  }

  async revisions(responseId: string): Promise<ResponseRevision[]> {
    return this.dataSource.query<ResponseRevision[]>(
      `SELECT number, disposition, explanation, cardinality(comment_ids) AS "commentCount", written_at AS "writtenAt"
         FROM agency_response_revision WHERE response_id = $1 ORDER BY number`,
      [responseId],
    );
  }

  /** The draft of a comment and the agency that owns it, or undefined. */
  async commentTarget(commentId: string): Promise<{ draftId: string; agencyId: string } | undefined> {
    const [row] = await this.dataSource.query<{ draftId: string; agencyId: string }[]>(
      `SELECT c.draft_id AS "draftId", d.agency_id AS "agencyId"
         FROM comment c JOIN draft d ON d.id = c.draft_id WHERE c.id = $1`,
      [commentId],
    );
    return row;
  }

  /** The draft and status of each of these comments that exists. */
  async comments(
    manager: EntityManager,
    ids: string[],
  ): Promise<{ id: string; draftId: string; status: string }[]> {
    return manager.query<{ id: string; draftId: string; status: string }[]>(
      `SELECT id, draft_id AS "draftId", status FROM comment WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** A new response; returns its id. */
  async insert(
    manager: EntityManager,
    response: {
      draftId: string;
      agencyId: string;
      disposition: Disposition;
      explanation: string;
      userId: string;
      now: Date;
    },
  ): Promise<string> {
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO agency_response (draft_id, agency_id, disposition, explanation, responded_by, responded_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [
        response.draftId,
        response.agencyId,
        response.disposition,
        response.explanation,
        response.userId,
        response.now,
      ],
    );
    return id;
  }

  /** The row lock serialises edits of one response, so revision numbers never collide. */
  async lock(manager: EntityManager, id: string): Promise<LockedResponse> {
    const [current] = await manager.query<LockedResponse[]>(
      `SELECT r.disposition, r.explanation,
              (SELECT max(number) FROM agency_response_revision v WHERE v.response_id = r.id) AS last
         FROM agency_response r WHERE r.id = $1 FOR UPDATE`,
      [id],
    );
    return current;
  }

  async update(
    manager: EntityManager,
    id: string,
    disposition: string,
    explanation: string,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE agency_response SET disposition = $2, explanation = $3, updated_at = $4 WHERE id = $1`,
      [id, disposition, explanation, now],
    );
  }

  /** Points the comments at the response; returns where already answered ones came from. */
  async link(
    manager: EntityManager,
    draftId: string,
    responseId: string,
    commentIds: string[],
    now: Date,
  ): Promise<{ commentId: string; responseId: string }[]> {
    if (!commentIds.length) return [];
    const moved = await manager.query<{ commentId: string; responseId: string }[]>(
      `SELECT comment_id AS "commentId", response_id AS "responseId" FROM comment_response
        WHERE comment_id = ANY($1::uuid[]) AND response_id <> $2 FOR UPDATE`,
      [commentIds, responseId],
    );
    await manager.query(
      `INSERT INTO comment_response (comment_id, response_id, draft_id, assigned_at)
       SELECT unnest($1::uuid[]), $2, $3, $4
       ON CONFLICT (comment_id) DO UPDATE SET response_id = EXCLUDED.response_id, assigned_at = EXCLUDED.assigned_at
         WHERE comment_response.response_id <> EXCLUDED.response_id`,
      [commentIds, responseId, draftId, now],
    );
    // A response that has just lost its last comment points to the one that took it over
    // (it answered nothing and pointed nowhere); one that answers comments again is current.
    await manager.query(
      `UPDATE agency_response r
          SET superseded_by = CASE WHEN r.id = $1 THEN NULL ELSE $1::uuid END,
              superseded_at = CASE WHEN r.id = $1 THEN NULL ELSE $2::timestamptz END
        WHERE (r.id = $1 AND r.superseded_by IS NOT NULL)
           OR (r.id = ANY($3::uuid[]) AND NOT EXISTS (SELECT 1 FROM comment_response x WHERE x.response_id = r.id))`,
      [responseId, now, [...new Set(moved.map((m) => m.responseId))]],
    );
    return moved;
  }

  /** Appends a revision with the comments the response now covers, and returns them. */
  async addRevision(
    manager: EntityManager,
    revision: {
      responseId: string;
      number: number;
      disposition: string;
      explanation: string;
      userId: string;
      now: Date;
    },
  ): Promise<string[]> {
    const [row] = await manager.query<{ commentIds: string[] }[]>(
      `INSERT INTO agency_response_revision (response_id, number, disposition, explanation, comment_ids, written_by, written_at)
       SELECT $1, $2, $3, $4, coalesce(array_agg(cr.comment_id ORDER BY cr.comment_id), '{}'), $5, $6
         FROM comment_response cr WHERE cr.response_id = $1
       RETURNING comment_ids AS "commentIds"`,
      [
        revision.responseId,
        revision.number,
        revision.disposition,
        revision.explanation,
        revision.userId,
        revision.now,
      ],
    );
    return row.commentIds;
  }
}
