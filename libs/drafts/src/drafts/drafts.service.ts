import { Injectable } from '@nestjs/common';
import {
  AuditService,
  BadInputError,
  Clock,
  Connection,
  foldVietnamese,
  ForbiddenError,
  isUuid,
  keysetPage,
  NotFoundError,
  optionalText,
  requireText,
  Viewer,
} from '@thamvan/core';
import { DataSource } from 'typeorm';
import { parseDraftSource } from '../import';
import type { Outline } from '../parser';
import { consultationStatus, statusSql } from './consultation-status';
import { canSeeDraft, requireAnyEditor, requireManager } from './draft-access';
import { CreateDraftInput, DraftFilter, DraftSourceInput } from './dto/draft.inputs';
import { ConsultationStatus, DraftOrder } from './dto/enums';
import { DraftEntity } from './entities/draft.entity';
import { applyHeaderOverrides } from './header-overrides';
import { VersionWriter } from './version-writer';

const DRAFT_COLUMNS = `d.id, d.agency_id AS "agencyId", d.title, d.doc_type AS "docType", d.summary,
  d.opens_at AS "opensAt", d.closes_at AS "closesAt", d.closed_at AS "closedAt",
  d.close_reason AS "closeReason", d.created_by AS "createdBy", d.created_at AS "createdAt",
  d.updated_at AS "updatedAt", d.moderation_mode AS "moderationMode"`;

/** Drafts: import, read and list. Consultation scheduling lives in ConsultationService. */
@Injectable()
export class DraftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly versions: VersionWriter,
  ) {}

  /** parseDraft: for agency officers, to preview an import before creating the draft. */
  async parse(viewer: Viewer | null, source: DraftSourceInput): Promise<Outline> {
    if (!viewer) throw new ForbiddenError('Only agency officers may parse drafts');
    if (viewer.memberships.length === 0) throw new ForbiddenError('Only agency officers may parse drafts');
    return parseDraftSource(source);
  }

  async create(viewer: Viewer | null, input: CreateDraftInput): Promise<DraftEntity> {
    const editor = requireManager(viewer, input.agencyId);
    const title = requireText(input.title, 'title', 500);
    const summary = optionalText(input.summary, 'summary', 5000);
    const { outline, corrected } = applyHeaderOverrides(await parseDraftSource(input.source), input);
    const id = await this.dataSource.transaction(async (manager) => {
      const [{ id: draftId }]: { id: string }[] = await manager.query(
        `INSERT INTO draft (agency_id, title, doc_type, summary, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [input.agencyId, title, input.docType, summary, editor.userId],
      );
      await this.versions.write(manager, {
        draftId,
        number: 1,
        changeNote: null,
        publishedAt: null,
        sourceFilename: input.source.filename ?? null,
        createdBy: editor.userId,
        outline,
      });
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${input.agencyId}`,
        action: 'draft.create',
        targetType: 'draft',
        targetId: draftId,
        data: { title, docType: input.docType, corrected },
      });
      return draftId;
    });
    return this.require(id);
  }

  /** The draft if it exists and the viewer may see it; otherwise null (never "forbidden"). */
  async findVisible(viewer: Viewer | null, id: string): Promise<DraftEntity | null> {
    const draft = await this.find(id);
    if (!draft) return null;
    return canSeeDraft(viewer, draft, this.status(draft)) ? draft : null;
  }

  /**
   * For mutations. Callers who are no agency's editor are refused outright (they may not use
   * the operation at all); an editor then gets NOT_FOUND for a draft they cannot see (so ids
   * of other agencies' unpublished drafts reveal nothing) and FORBIDDEN for another agency's
   * public draft.
   */
  async requireManageable(
    viewer: Viewer | null,
    id: string,
  ): Promise<{ draft: DraftEntity; editor: Viewer }> {
    requireAnyEditor(viewer);
    const draft = await this.find(id);
    if (!draft || !canSeeDraft(viewer, draft, this.status(draft))) throw new NotFoundError('Draft', id);
    return { draft, editor: requireManager(viewer, draft.agencyId) };
  }

  status(draft: DraftEntity): ConsultationStatus {
    return consultationStatus(draft, this.clock.now());
  }

  async findByIds(ids: readonly string[]): Promise<DraftEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.dataSource.query(`SELECT ${DRAFT_COLUMNS} FROM draft d WHERE d.id = ANY($1::uuid[])`, [
      valid,
    ]);
  }

  async list(
    viewer: Viewer | null,
    filter: DraftFilter | null | undefined,
    page: { first?: number | null; after?: string | null },
    orderBy: DraftOrder = DraftOrder.NEWEST,
  ): Promise<Connection<DraftEntity>> {
    const order = DRAFT_ORDERS[orderBy];
    const keyset = keysetPage<DraftEntity>(page, (d) => [order.key(d).toISOString(), d.id], [
      'timestamp',
      'uuid',
    ]);
    const params: unknown[] = [this.clock.now()];
    const where: string[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const agencies = viewer?.memberships.map((m) => m.agencyId) ?? [];
    where.push(`(${statusSql('d', '$1')} <> 'DRAFT' OR d.agency_id = ANY(${param(agencies)}::uuid[]))`);
    if (filter?.status?.length) where.push(`${statusSql('d', '$1')} = ANY(${param(filter.status)}::text[])`);
    if (filter?.agencyId) {
      if (!isUuid(filter.agencyId)) throw new BadInputError('agencyId is not a valid id', 'agencyId');
      where.push(`d.agency_id = ${param(filter.agencyId)}`);
    }
    if (filter?.docType?.length) where.push(`d.doc_type = ANY(${param(filter.docType)}::text[])`);
    const words = foldVietnamese(filter?.q ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 10);
    if (words.length) {
      const patterns = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`thamvan_fold(d.title) LIKE ALL (${param(patterns)}::text[])`);
    }
    const filters = where.join(' AND ');
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM draft d WHERE ${filters}`,
      params,
    );
    const seek = keyset.after
      ? ` AND (${order.sql}, d.id) ${order.desc ? '<' : '>'} (${param(keyset.after[0])}::timestamptz, ${param(keyset.after[1])}::uuid)`
      : '';
    const direction = order.desc ? 'DESC' : 'ASC';
    const rows: DraftEntity[] = await this.dataSource.query(
      `SELECT ${DRAFT_COLUMNS} FROM draft d WHERE ${filters}${seek}
        ORDER BY ${order.sql} ${direction}, d.id ${direction} LIMIT ${param(keyset.limit)}`,
      params,
    );
    return keyset.finish(rows, total);
  }

  async require(id: string): Promise<DraftEntity> {
    const draft = await this.find(id);
    if (!draft) throw new NotFoundError('Draft', id);
    return draft;
  }

  private async find(id: string): Promise<DraftEntity | null> {
    if (!isUuid(id)) return null;
    const [draft] = await this.findByIds([id]);
    return draft ?? null;
  }
}

/**
 * The sort key of each order, in SQL and for the cursor. Drafts without the date sort last:
 * a far date stands in for it (far future ascending, far past descending), so the keyset
 * comparison never meets a NULL.
 */
const NEVER_LATE = new Date('9999-12-31T00:00:00Z');
const NEVER_EARLY = new Date('0001-01-01T00:00:00Z');
const DRAFT_ORDERS: Record<DraftOrder, { sql: string; desc: boolean; key: (d: DraftEntity) => Date }> = {
  [DraftOrder.NEWEST]: { sql: 'd.created_at', desc: true, key: (d) => d.createdAt },
  [DraftOrder.CLOSING_SOON]: {
    sql: `coalesce(d.closes_at, '${NEVER_LATE.toISOString()}'::timestamptz)`,
    desc: false,
    key: (d) => d.closesAt ?? NEVER_LATE,
  },
  [DraftOrder.RECENTLY_CLOSED]: {
    sql: `coalesce(d.closed_at, d.closes_at, '${NEVER_EARLY.toISOString()}'::timestamptz)`,
    desc: true,
    key: (d) => d.closedAt ?? d.closesAt ?? NEVER_EARLY,
  },
};
