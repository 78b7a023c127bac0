import { Injectable } from '@nestjs/common';
import { Connection, isUuid, keysetPage, Viewer } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { COMMENT_COLUMNS, COMMENT_JOINS, CommentRow } from './comment-row';
import { visibleSql } from './comment-visibility';
import { CommentScope, orderSql, scopeSql } from './comment-pages';
import { CommentOrder } from './dto/comment.enums';
import { CommentRevisionEntity } from './entities/comment-revision.entity';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  orderBy: CommentOrder;
}

/** Reads comments: by id, and keyset pages of many anchors at once (the DataLoader batches). */
@Injectable()
export class CommentsQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async byIds(ids: readonly string[]): Promise<CommentRow[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.dataSource.query(
      `SELECT ${COMMENT_COLUMNS} FROM comment c ${COMMENT_JOINS} WHERE c.id = ANY($1::uuid[])`,
      [valid],
    );
  }

  /** Which of these comments have any reply (of any status): the edit rule's last condition. */
  async withReplies(ids: readonly string[]): Promise<Set<string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT parent_id AS id FROM comment WHERE parent_id = ANY($1::uuid[])`,
      [valid],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Which of these comments the agency has answered (comment_response, libs/synthesis). */
  async withAnswers(ids: readonly string[]): Promise<Set<string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT comment_id AS id FROM comment_response WHERE comment_id = ANY($1::uuid[])`,
      [valid],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * One page per anchor, for any number of anchors of one scope, in one query: a LATERAL
   * count and a LATERAL keyset page per anchor. Rows the viewer may not see (PENDING) are
   * left out of both.
   */
  async pages(
    scope: CommentScope,
    anchorIds: readonly string[],
    args: PageArgs,
    viewer: Viewer | null,
  ): Promise<Map<string, Connection<CommentRow>>> {
    const order = orderSql(args.orderBy);
    const keyset = keysetPage<CommentRow>(args, order.cursorOf, order.key);
    const anchors = [...new Set(anchorIds.filter(isUuid))];
    const result = new Map<string, Connection<CommentRow>>();
    if (anchors.length && keyset.limit > 1) {
      const params: unknown[] = [anchors];
      const param = (value: unknown) => `$${params.push(value)}`;
      const { from, where } = scopeSql(scope);
      const visible = visibleSql(viewer, param);
      const seek = keyset.after ? `AND ${order.seek(keyset.after, param)}` : '';
      const rows: (CommentRow & { scopeId: string; total: number })[] = await this.dataSource.query(
        `SELECT s.id AS "scopeId", t.total, r.*
           FROM ${from}
           CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM comment c WHERE ${where} AND ${visible}) t
           LEFT JOIN LATERAL (
             SELECT ${COMMENT_COLUMNS} FROM comment c ${COMMENT_JOINS}
              WHERE ${where} AND ${visible} ${seek}
              ORDER BY ${order.orderBy} LIMIT ${param(keyset.limit)}
           ) r ON true`,
        params,
      );
      const grouped = new Map<string, { total: number; rows: CommentRow[] }>();
      for (const { scopeId, total, ...row } of rows) {
        const group = grouped.get(scopeId) ?? { total, rows: [] };
        if (row.id) group.rows.push(row);
        grouped.set(scopeId, group);
      }
      for (const [id, group] of grouped) result.set(id, keyset.finish(group.rows, group.total));
    }
    for (const id of anchorIds) if (!result.has(id)) result.set(id, keyset.finish([], 0));
    if (keyset.limit === 1) {
      // first: 0 asks for the count alone.
      for (const id of anchorIds) result.set(id, keyset.finish([], await this.count(scope, id, viewer)));
    }
    return result;
  }

  async revisions(commentId: string): Promise<CommentRevisionEntity[]> {
    return this.dataSource.manager.find(CommentRevisionEntity, {
      where: { commentId },
      order: { id: 'ASC' },
    });
  }

  private async count(scope: CommentScope, anchorId: string, viewer: Viewer | null): Promise<number> {
    if (!isUuid(anchorId)) return 0;
    const params: unknown[] = [[anchorId]];
    const param = (value: unknown) => `$${params.push(value)}`;
    const { from, where } = scopeSql(scope);
    const [row]: { total: number }[] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM comment c WHERE ${where} AND ${visibleSql(viewer, param)}) AS total FROM ${from}`,
      params,
    );
    return row?.total ?? 0;
  }
}
