import { Injectable } from '@nestjs/common';
import { CursorValue } from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import { statusSql } from './consultation-status';
import { ConsultationChangeKind, ConsultationStatus, DocType, DraftOrder } from './dto/enums';
import { DraftEntity } from './entities/draft.entity';

const DRAFT_COLUMNS = `d.id, d.agency_id AS "agencyId", d.title, d.doc_type AS "docType", d.summary,
  d.opens_at AS "opensAt", d.closes_at AS "closesAt", d.closed_at AS "closedAt",
  d.close_reason AS "closeReason", d.created_by AS "createdBy", d.created_at AS "createdAt",
  d.updated_at AS "updatedAt", d.moderation_mode AS "moderationMode"`;

/** A change of a consultation's window after it opened, as the public reads it. */
export interface ConsultationChange {
  draftId: string;
  kind: ConsultationChangeKind;
  previousClosesAt: Date | null;
  closesAt: Date | null;
  reason: string;
  changedAt: Date;
}

/** The drafts a list shows, already checked by the service. */
export interface DraftSearch {
  /** The server clock, which status is derived on. */
  now: Date;
  /** The viewer's agencies: their drafts are listed before they are scheduled too. */
  memberOf: string[];
  status?: ConsultationStatus[] | null;
  agencyId?: string | null;
  docType?: DocType[] | null;
  /** Folded words, each to be found in the folded title. */
  words: string[];
}

/**
 * The sort key of each order, in SQL and for the cursor. Drafts without the date sort last:
 * a far date stands in for it (far future ascending, far past descending), so the keyset
 * comparison never meets a NULL.
 */
const NEVER_LATE = new Date('9999-12-31T00:00:00Z');
const NEVER_EARLY = new Date('0001-01-01T00:00:00Z');
export const DRAFT_ORDERS: Record<DraftOrder, { sql: string; desc: boolean; key: (d: DraftEntity) => Date }> =
  {
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

/**
 * The queries of a draft and of its consultation window: the draft row, its locks and window
 * changes, and the public history of those changes (consultation_change). Methods taking an
 * EntityManager run in the caller's transaction.
 */
@Injectable()
export class DraftsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The new draft's id. */
  async insert(
    manager: EntityManager,
    draft: { agencyId: string; title: string; docType: DocType; summary: string | null; createdBy: string },
  ): Promise<string> {
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO draft (agency_id, title, doc_type, summary, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [draft.agencyId, draft.title, draft.docType, draft.summary, draft.createdBy],
    );
    return id;
  }

  /** `ids` must all be uuids. */
  async byIds(ids: readonly string[]): Promise<DraftEntity[]> {
    return this.dataSource.query<DraftEntity[]>(
      `SELECT ${DRAFT_COLUMNS} FROM draft d WHERE d.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * The number of drafts matching, and one page of them in `order` after the cursor's
   * position (`after`: the order's key as an ISO date, then the id), `limit` at most.
   */
  async search(
    search: DraftSearch,
    order: DraftOrder,
    after: readonly CursorValue[] | undefined,
    limit: number,
  ): Promise<{ total: number; rows: DraftEntity[] }> {
    const sort = DRAFT_ORDERS[order];
    const params: unknown[] = [search.now];
    const where: string[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    where.push(
      `(${statusSql('d', '$1')} <> 'DRAFT' OR d.agency_id = ANY(${param(search.memberOf)}::uuid[]))`,
    );
    if (search.status?.length) where.push(`${statusSql('d', '$1')} = ANY(${param(search.status)}::text[])`);
    if (search.agencyId) where.push(`d.agency_id = ${param(search.agencyId)}`);
    if (search.docType?.length) where.push(`d.doc_type = ANY(${param(search.docType)}::text[])`);
    if (search.words.length) {
      const patterns = search.words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`thamvan_fold(d.title) LIKE ALL (${param(patterns)}::text[])`);
    }
    const filters = where.join(' AND ');
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM draft d WHERE ${filters}`,
      params,
    );
    const seek = after
      ? ` AND (${sort.sql}, d.id) ${sort.desc ? '<' : '>'} (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`
      : '';
    const direction = sort.desc ? 'DESC' : 'ASC';
    const rows = await this.dataSource.query<DraftEntity[]>(
      `SELECT ${DRAFT_COLUMNS} FROM draft d WHERE ${filters}${seek}
        ORDER BY ${sort.sql} ${direction}, d.id ${direction} LIMIT ${param(limit)}`,
      params,
    );
    return { total, rows };
  }

  /** The draft, locked until the caller's transaction ends: window changes take turns. */
  async lock(manager: EntityManager, draftId: string): Promise<DraftEntity> {
    const [row] = await manager.query<DraftEntity[]>(
      `SELECT id, agency_id AS "agencyId", title, doc_type AS "docType", summary, opens_at AS "opensAt",
              closes_at AS "closesAt", closed_at AS "closedAt", close_reason AS "closeReason",
              created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt",
              moderation_mode AS "moderationMode"
         FROM draft WHERE id = $1 FOR UPDATE`,
      [draftId],
    );
    return row;
  }

  async setWindow(manager: EntityManager, draftId: string, opensAt: Date, closesAt: Date): Promise<void> {
    await manager.query(`UPDATE draft SET opens_at = $2, closes_at = $3, updated_at = now() WHERE id = $1`, [
      draftId,
      opensAt,
      closesAt,
    ]);
  }

  async close(manager: EntityManager, draftId: string, closedAt: Date, reason: string): Promise<void> {
    await manager.query(
      `UPDATE draft SET closed_at = $2, close_reason = $3, updated_at = now() WHERE id = $1`,
      [draftId, closedAt, reason],
    );
  }

  /** A later closing date; an early close, if any, is undone. */
  async extend(manager: EntityManager, draftId: string, closesAt: Date): Promise<void> {
    await manager.query(
      `UPDATE draft SET closes_at = $2, closed_at = NULL, close_reason = NULL, updated_at = now() WHERE id = $1`,
      [draftId, closesAt],
    );
  }

  async recordChange(manager: EntityManager, change: ConsultationChange, userId: string): Promise<void> {
    await manager.query(
      `INSERT INTO consultation_change (draft_id, kind, previous_closes_at, closes_at, reason, changed_by, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        change.draftId,
        change.kind,
        change.previousClosesAt,
        change.closesAt,
        change.reason,
        userId,
        change.changedAt,
      ],
    );
  }

  /** The public history of each draft's window after it opened, oldest first. */
  async changesByDraftIds(draftIds: readonly string[]): Promise<ConsultationChange[]> {
    return this.dataSource.query<ConsultationChange[]>(
      `SELECT draft_id AS "draftId", kind, previous_closes_at AS "previousClosesAt", closes_at AS "closesAt",
              reason, changed_at AS "changedAt"
         FROM consultation_change WHERE draft_id = ANY($1::uuid[]) ORDER BY draft_id, changed_at, id`,
      [draftIds],
    );
  }
}
