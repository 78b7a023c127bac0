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
import { ResponseRevision, ResponsesRepository } from './responses.repository';

const MAX_EXPLANATION = 10_000;
const MAX_ALSO_FOR = 1_000;

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
    private readonly repository: ResponsesRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Per-request loader: the current response of each comment (null when unanswered). */
  readonly byCommentId = () =>
    new DataLoader<string, AgencyResponseObject | null>(async (ids) => {
      const rows = await this.repository.currentOfComments(ids.filter(isUuid));
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
      const responseId = await this.repository.insert(manager, {
        draftId: target.draftId,
        agencyId: target.agencyId,
        disposition,
        explanation,
        userId: officer.userId,
        now,
      });
      const moved = await this.repository.link(manager, target.draftId, responseId, commentIds, now);
      await this.repository.addRevision(manager, {
        responseId,
        number: 1,
        disposition,
        explanation,
        userId: officer.userId,
        now,
      });
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
      const current = await this.repository.lock(manager, id);
      const now = this.clock.now();
      const added = also.length ? await this.sameDraftComments(manager, existing.draftId, also) : [];
      const moved = await this.repository.link(manager, existing.draftId, id, added, now);
      const next = {
        disposition: disposition ?? current.disposition,
        explanation: explanation ?? current.explanation,
      };
      await this.repository.update(manager, id, next.disposition, next.explanation, now);
      const commentIds = await this.repository.addRevision(manager, {
        responseId: id,
        number: Number(current.last) + 1,
        disposition: next.disposition,
        explanation: next.explanation,
        userId: officer.userId,
        now,
      });
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

  async revisions(responseId: string): Promise<ResponseRevision[]> {
    return this.repository.revisions(responseId);
  }

  private async commentTarget(commentId: string): Promise<{ draftId: string; agencyId: string }> {
    const row = isUuid(commentId) ? await this.repository.commentTarget(commentId) : undefined;
    if (!row) throw new NotFoundError('Comment', commentId);
    return row;
  }

  /** The ids, deduplicated, if every one is a comment of the draft that can still be answered. */
  private async sameDraftComments(manager: EntityManager, draftId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const rows = await this.repository.comments(manager, unique);
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
    const row = await this.repository.find(id);
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
