import { Injectable } from '@nestjs/common';
import {
  AuditService,
  BadInputError,
  Clock,
  ForbiddenError,
  isUuid,
  NotFoundError,
  OutboxService,
  requireAgencyRole,
  requireText,
  requireViewer,
  Viewer,
} from '@thamvan/core';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { ResponsePublishedPayload, SynthesisTopic } from '../synthesis.options';
import { AgencyResponseObject, Disposition, EditResponseInput, ResponseInput } from './dto/response.object';

const MAX_EXPLANATION = 10_000;
const MAX_ALSO_FOR = 1_000;

const RESPONSE_COLUMNS = `r.id, r.draft_id AS "draftId", r.agency_id AS "agencyId", r.disposition, r.explanation,
  r.responded_at AS "respondedAt", r.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM comment_response x WHERE x.response_id = r.id) AS "commentCount"`;

/**
 * Agency responses ("tiếp thu, giải trình"). Only RESPONDERs and EDITORs of the agency that
 * owns the draft may answer; the check comes before any input is looked at. Recording and
 * editing each write, in one transaction: the response, a revision (every version is kept),
 * the comment_response links, an audit event and the `response.published` outbox event.
 *
 * A comment has at most one current answer. Answering an already answered comment moves it
 * to the new response; the previous response keeps its text and revisions (whose commentIds
 * still list the comment), and the audit event records where it came from. A previous
 * response left answering no comment records which response superseded it.
 */
@Injectable()
export class ResponsesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Per-request loader: the current response of each comment (null when unanswered). */
  readonly byCommentId = () =>
    new DataLoader<string, AgencyResponseObject | null>(async (ids) => {
      const rows: (AgencyResponseObject & { commentId: string })[] = await this.dataSource.query(
        `SELECT cr.comment_id AS "commentId", ${RESPONSE_COLUMNS}
           FROM comment_response cr JOIN agency_response r ON r.id = cr.response_id
          WHERE cr.comment_id = ANY($1::uuid[])`,
        [ids.filter(isUuid)],
      );
      const byId = new Map(rows.map((r) => [r.commentId, toObject(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    });

  async respond(
    viewer: Viewer | null,
    commentId: string,
    input: ResponseInput,
  ): Promise<AgencyResponseObject> {
    const officer = requireOfficer(viewer);
    const target = await this.commentTarget(commentId);
    requireAgencyRole(officer, target.agencyId, ['EDITOR', 'RESPONDER']);
    const explanation = cleanExplanation(input.explanation);
    const disposition = cleanDisposition(input.disposition);
    const also = cleanIds(input.alsoFor);
    const id = await this.dataSource.transaction(async (manager) => {
      const commentIds = await this.sameDraftComments(manager, target.draftId, [commentId, ...also]);
      const now = this.clock.now();
      const [{ id: responseId }]: { id: string }[] = await manager.query(
        `INSERT INTO agency_response (draft_id, agency_id, disposition, explanation, responded_by, responded_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [target.draftId, target.agencyId, disposition, explanation, officer.userId, now],
      );
      const moved = await this.link(manager, target.draftId, responseId, commentIds, now);
      await this.revise(manager, responseId, 1, disposition, explanation, officer.userId, now);
      await this.audit.record(manager, {
        actorId: officer.userId,
        actorRole: roleIn(officer, target.agencyId),
        action: 'response.record',
        targetType: 'agency_response',
        targetId: responseId,
        data: { draftId: target.draftId, disposition, commentIds, movedFrom: moved },
      });
      await this.publish(manager, target.draftId, responseId, disposition, explanation, commentIds);
      return responseId;
    });
    return this.require(id);
  }

  async edit(viewer: Viewer | null, id: string, input: EditResponseInput): Promise<AgencyResponseObject> {
    const officer = requireOfficer(viewer);
    const existing = isUuid(id) ? await this.find(id) : null;
    if (!existing) throw new NotFoundError('Response', id);
    requireAgencyRole(officer, existing.agencyId, ['EDITOR', 'RESPONDER']);
    const explanation =
      input.explanation === undefined || input.explanation === null
        ? null
        : cleanExplanation(input.explanation);
    const disposition = input.disposition ? cleanDisposition(input.disposition) : null;
    const also = cleanIds(input.alsoFor);
    if (!explanation && !disposition && !also.length) {
      throw new BadInputError('Nothing to change: give a disposition, an explanation or alsoFor');
    }
    await this.dataSource.transaction(async (manager) => {
      // The row lock serialises edits of one response, so revision numbers never collide.
      const [current]: { disposition: Disposition; explanation: string; last: number }[] =
        await manager.query(
          `SELECT r.disposition, r.explanation,
                (SELECT max(number) FROM agency_response_revision v WHERE v.response_id = r.id) AS last
           FROM agency_response r WHERE r.id = $1 FOR UPDATE`,
          [id],
        );
      const now = this.clock.now();
      const added = also.length ? await this.sameDraftComments(manager, existing.draftId, also) : [];
      const moved = await this.link(manager, existing.draftId, id, added, now);
      const next = {
        disposition: disposition ?? current.disposition,
        explanation: explanation ?? current.explanation,
      };
      await manager.query(
        `UPDATE agency_response SET disposition = $2, explanation = $3, updated_at = $4 WHERE id = $1`,
        [id, next.disposition, next.explanation, now],
      );
      const commentIds = await this.revise(
        manager,
        id,
        Number(current.last) + 1,
        next.disposition,
        next.explanation,
        officer.userId,
        now,
      );
      await this.audit.record(manager, {
        actorId: officer.userId,
        actorRole: roleIn(officer, existing.agencyId),
        action: 'response.edit',
        targetType: 'agency_response',
        targetId: id,
        data: {
          draftId: existing.draftId,
          before: { disposition: current.disposition, explanation: current.explanation },
          after: next,
          added,
          movedFrom: moved,
        },
      });
      await this.publish(manager, existing.draftId, id, next.disposition, next.explanation, commentIds);
    });
    return this.require(id);
  }

  async revisions(
    responseId: string,
  ): Promise<
    { number: number; disposition: Disposition; explanation: string; commentCount: number; writtenAt: Date }[]
  > {
    return this.dataSource.query(
      `SELECT number, disposition, explanation, cardinality(comment_ids) AS "commentCount", written_at AS "writtenAt"
         FROM agency_response_revision WHERE response_id = $1 ORDER BY number`,
      [responseId],
    );
  }

  private async commentTarget(commentId: string): Promise<{ draftId: string; agencyId: string }> {
    const [row]: { draftId: string; agencyId: string }[] = isUuid(commentId)
      ? await this.dataSource.query(
          `SELECT c.draft_id AS "draftId", d.agency_id AS "agencyId"
             FROM comment c JOIN draft d ON d.id = c.draft_id WHERE c.id = $1`,
          [commentId],
        )
      : [];
    if (!row) throw new NotFoundError('Comment', commentId);
    return row;
  }

  /** The ids, deduplicated, if every one is a comment of the draft that can still be answered. */
  private async sameDraftComments(manager: EntityManager, draftId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const rows: { id: string; draftId: string; status: string }[] = await manager.query(
      `SELECT id, draft_id AS "draftId", status FROM comment WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    const found = new Map(rows.map((r) => [r.id, r]));
    for (const id of unique) {
      const row = found.get(id);
      if (!row || row.draftId !== draftId) {
        throw new BadInputError(`Comment ${id} is not a comment of this draft`, 'alsoFor');
      }
      if (row.status === 'WITHDRAWN')
        throw new BadInputError(`Comment ${id} was withdrawn by its author`, 'alsoFor');
    }
    return unique;
  }

  /** Points the comments at the response; returns where already answered ones came from. */
  private async link(
    manager: EntityManager,
    draftId: string,
    responseId: string,
    commentIds: string[],
    now: Date,
  ): Promise<{ commentId: string; responseId: string }[]> {
    if (!commentIds.length) return [];
    const moved: { commentId: string; responseId: string }[] = await manager.query(
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
  private async revise(
    manager: EntityManager,
    responseId: string,
    number: number,
    disposition: string,
    explanation: string,
    userId: string,
    now: Date,
  ): Promise<string[]> {
    const [row]: { commentIds: string[] }[] = await manager.query(
      `INSERT INTO agency_response_revision (response_id, number, disposition, explanation, comment_ids, written_by, written_at)
       SELECT $1, $2, $3, $4, coalesce(array_agg(cr.comment_id ORDER BY cr.comment_id), '{}'), $5, $6
         FROM comment_response cr WHERE cr.response_id = $1
       RETURNING comment_ids AS "commentIds"`,
      [responseId, number, disposition, explanation, userId, now],
    );
    return row.commentIds;
  }

  private async publish(
    manager: EntityManager,
    draftId: string,
    responseId: string,
    disposition: string,
    explanation: string,
    commentIds: string[],
  ): Promise<void> {
    await this.outbox.enqueue(manager, [
      {
        topic: SynthesisTopic.responsePublished,
        aggregateId: responseId,
        payload: {
          draftId,
          responseId,
          disposition,
          explanation,
          commentIds,
        } satisfies ResponsePublishedPayload,
      },
    ]);
  }

  private async find(id: string): Promise<AgencyResponseObject | null> {
    const [row] = await this.dataSource.query<AgencyResponseObject[]>(
      `SELECT ${RESPONSE_COLUMNS} FROM agency_response r WHERE r.id = $1`,
      [id],
    );
    return row ? toObject(row) : null;
  }

  private async require(id: string): Promise<AgencyResponseObject> {
    const found = await this.find(id);
    if (!found) throw new NotFoundError('Response', id);
    return found;
  }
}

function toObject(row: AgencyResponseObject): AgencyResponseObject {
  return {
    id: row.id,
    draftId: row.draftId,
    agencyId: row.agencyId,
    disposition: row.disposition,
    explanation: row.explanation,
    respondedAt: new Date(row.respondedAt),
    updatedAt: new Date(row.updatedAt),
    commentCount: row.commentCount,
  };
}

/** Only agency officers may answer at all: everyone else is refused before anything is looked up. */
function requireOfficer(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!v.memberships.length)
    throw new ForbiddenError('Only officers of the drafting agency may answer comments');
  return v;
}

function roleIn(viewer: Viewer, agencyId: string): string {
  const role = viewer.memberships.find((m) => m.agencyId === agencyId && m.role === 'EDITOR')
    ? 'EDITOR'
    : 'RESPONDER';
  return `${role}:${agencyId}`;
}

function cleanExplanation(value: string): string {
  return requireText(value ?? '', 'explanation', MAX_EXPLANATION);
}

function cleanDisposition(value: Disposition): Disposition {
  if (!Object.values(Disposition).includes(value))
    throw new BadInputError('Unknown disposition', 'disposition');
  return value;
}

function cleanIds(ids: string[] | null | undefined): string[] {
  const list = ids ?? [];
  if (list.length > MAX_ALSO_FOR)
    throw new BadInputError(`alsoFor takes at most ${MAX_ALSO_FOR} comments`, 'alsoFor');
  const bad = list.findIndex((id) => !isUuid(id));
  if (bad >= 0) throw new BadInputError(`${list[bad]} is not a comment id`, 'alsoFor');
  return list;
}
