import { Injectable } from '@nestjs/common';
import { Connection, isUuid, keysetPage, Viewer } from '@thamvan/core';
import { CommentRow } from './comment-row';
import { CommentScope, orderSql } from './comment-pages';
import { CommentsRepository } from './comments.repository';
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
  constructor(private readonly comments: CommentsRepository) {}

  async byIds(ids: readonly string[]): Promise<CommentRow[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.comments.byIds(valid);
  }

  /** Which of these comments have any reply (of any status): the edit rule's last condition. */
  async withReplies(ids: readonly string[]): Promise<Set<string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Set();
    return this.comments.withReplies(valid);
  }

  /** Which of these comments the agency has answered (comment_response, libs/synthesis). */
  async withAnswers(ids: readonly string[]): Promise<Set<string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Set();
    return this.comments.withAnswers(valid);
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
      const rows = await this.comments.pageRows(scope, anchors, viewer, {
        order,
        after: keyset.after,
        limit: keyset.limit,
      });
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
    return this.comments.revisions(commentId);
  }

  private async count(scope: CommentScope, anchorId: string, viewer: Viewer | null): Promise<number> {
    if (!isUuid(anchorId)) return 0;
    return this.comments.count(scope, anchorId, viewer);
  }
}
