import { Injectable } from '@nestjs/common';
import { CursorValue, outboxPayloadJson, preparedQuery, Viewer } from '@thamvan/core';
import { FloodOptions, ScreeningFinding, ScreeningResult } from '@thamvan/moderation-rules';
import { DataSource, EntityManager } from 'typeorm';
import { FeedbackTopic, CommentEventPayload } from '../feedback.events';
import { CommentScope, OrderSql, scopeSql } from './comment-pages';
import { COMMENT_COLUMNS, COMMENT_JOINS, CommentRow } from './comment-row';
import { visibleSql } from './comment-visibility';
import { CommentRevisionEntity } from './entities/comment-revision.entity';
import type { CommentStatusName, StanceName } from './entities/comment.entity';
import { POST_COMMENT_SQL } from './post-comment.sql';

/** A row of a page of comments, with its anchor and the anchor's count of visible comments. */
export type PageRow = CommentRow & { scopeId: string; total: number };

/** A comment locked for its author's change, with its draft's schedule and moderation mode. */
export type LockedCommentRow = CommentRow & {
  opensAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
  moderationMode: 'POST' | 'PRE';
};

/** What postComment inserts, once its target has been checked and its input cleaned. */
export type NewComment = Pick<
  CommentRow,
  | 'id'
  | 'draftId'
  | 'versionId'
  | 'provisionId'
  | 'lineageId'
  | 'parentId'
  | 'depth'
  | 'authorId'
  | 'body'
  | 'stance'
  | 'proposedText'
  | 'createdAt'
> & { idempotencyKey: string; inputHash: string };

/** What the posting statement decides besides the row: the rules' verdicts and limits. */
export interface PostRules {
  event: { topic: typeof FeedbackTopic.commentCreated; payload: CommentEventPayload };
  /** The author's rate-limit buckets, counted in the statement. */
  limits: readonly { key: string; limit: number; windowSeconds: number }[];
  screening: ScreeningResult;
  /** The flood rule's options, and the start of its window. */
  flood: FloodOptions & { since: Date };
}

/** The posting statement's answer: the new comment's id and status, or why nothing was inserted. */
export interface PostResult {
  id: string | null;
  status: CommentStatusName | null;
  moderationReason: string | null;
  moderationReasonCode: string | null;
  refusedUntil: Date | null;
}

/** An author's edit as stored: the new texts, their screening and where it leaves moderation. */
export interface CommentEdit {
  id: string;
  body: string;
  stance: StanceName | null;
  proposedText: string | null;
  editedAt: Date;
  maskedBody: string | null;
  maskedProposedText: string | null;
  findings: ScreeningFinding[];
  status: CommentStatusName;
  moderationReason: string | null;
  moderationReasonCode: string | null;
  floodHash: string;
}

/** A person's comments as `myData` lists them, each with its earlier texts. */
export interface AuthoredCommentData {
  id: string;
  draftId: string;
  provisionId: string | null;
  parentId: string | null;
  body: string;
  stance: StanceName | null;
  proposedText: string | null;
  status: CommentStatusName;
  createdAt: Date;
  editedAt: Date | null;
  withdrawnAt: Date | null;
  revisions: {
    body: string;
    stance: StanceName | null;
    proposedText: string | null;
    writtenAt: string;
    replacedAt: string;
  }[];
}

/**
 * The queries of comments and their revisions: reads (by id, pages of any scope, counts),
 * posting, an author's edits and withdrawal, and a person's comments for `myData`. Methods
 * that take an EntityManager run in the caller's transaction.
 */
@Injectable()
export class CommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Ids must be UUIDs. */
  async byIds(ids: readonly string[]): Promise<CommentRow[]> {
    return this.dataSource.query<CommentRow[]>(
      `SELECT ${COMMENT_COLUMNS} FROM comment c ${COMMENT_JOINS} WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The comment with this id (a UUID), whatever its status. */
  async byId(id: string): Promise<CommentRow | undefined> {
    const [row] = await this.dataSource.query<CommentRow[]>(
      `SELECT ${COMMENT_COLUMNS} FROM comment c ${COMMENT_JOINS} WHERE c.id = $1`,
      [id],
    );
    return row;
  }

  /** The comment an author posted with this idempotency key, with the hash of its input. */
  async byIdempotencyKey(
    authorId: string,
    key: string,
  ): Promise<(CommentRow & { inputHash: string }) | undefined> {
    const [row] = await this.dataSource.query<(CommentRow & { inputHash: string })[]>(
      `SELECT ${COMMENT_COLUMNS}, c.input_hash AS "inputHash" FROM comment c ${COMMENT_JOINS}
        WHERE c.author_id = $1 AND c.idempotency_key = $2`,
      [authorId, key],
    );
    return row;
  }

  /** Which of these comments (UUIDs) have any reply, of any status. */
  async withReplies(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT parent_id AS id FROM comment WHERE parent_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Which of these comments (UUIDs) the agency has answered (comment_response, libs/synthesis). */
  async withAnswers(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT comment_id AS id FROM comment_response WHERE comment_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * One page per anchor (UUIDs, distinct), in one query: a LATERAL count and a LATERAL
   * keyset page per anchor, of the comments the viewer may see. An anchor with no comment
   * comes back as one row without an id, carrying its count.
   */
  async pageRows(
    scope: CommentScope,
    anchors: readonly string[],
    viewer: Viewer | null,
    page: { order: OrderSql; after?: CursorValue[]; limit: number },
  ): Promise<PageRow[]> {
    const params: unknown[] = [anchors];
    const param = (value: unknown) => `$${params.push(value)}`;
    const { from, where } = scopeSql(scope);
    const visible = visibleSql(viewer, param);
    const seek = page.after ? `AND ${page.order.seek(page.after, param)}` : '';
    return this.dataSource.query<PageRow[]>(
      `SELECT s.id AS "scopeId", t.total, r.*
           FROM ${from}
           CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM comment c WHERE ${where} AND ${visible}) t
           LEFT JOIN LATERAL (
             SELECT ${COMMENT_COLUMNS} FROM comment c ${COMMENT_JOINS}
              WHERE ${where} AND ${visible} ${seek}
              ORDER BY ${page.order.orderBy} LIMIT ${param(page.limit)}
           ) r ON true`,
      params,
    );
  }

  /** How many comments of one anchor (a UUID) the viewer may see. */
  async count(scope: CommentScope, anchorId: string, viewer: Viewer | null): Promise<number> {
    const params: unknown[] = [[anchorId]];
    const param = (value: unknown) => `$${params.push(value)}`;
    const { from, where } = scopeSql(scope);
    const [row] = await this.dataSource.query<{ total: number }[]>(
      `SELECT (SELECT count(*)::int FROM comment c WHERE ${where} AND ${visibleSql(viewer, param)}) AS total FROM ${from}`,
      params,
    );
    return row?.total ?? 0;
  }

  /** A comment's earlier texts, oldest first. */
  async revisions(commentId: string): Promise<CommentRevisionEntity[]> {
    return this.dataSource.manager.find(CommentRevisionEntity, {
      where: { commentId },
      order: { id: 'ASC' },
    });
  }

  /**
   * Posts a comment: POST_COMMENT_SQL (its steps and parameters are explained there), one
   * statement that counts the rate limit, re-checks that the consultation is open, resolves
   * idempotency and inserts the comment with its event.
   */
  async post(comment: NewComment, rules: PostRules): Promise<PostResult> {
    const { event, limits, screening, flood } = rules;
    // A named prepared statement: PostgreSQL plans this CTE once per connection instead of
    // on every post (planning was a third of its time; docs/request-pipeline.md).
    const [result] = await preparedQuery<PostResult>(this.dataSource, POST_COMMENT_SQL, [
      comment.id,
      comment.draftId,
      comment.versionId,
      comment.provisionId,
      comment.lineageId,
      comment.parentId,
      comment.depth,
      comment.authorId,
      comment.body,
      comment.stance,
      comment.proposedText,
      comment.idempotencyKey,
      comment.inputHash,
      comment.createdAt,
      event.topic,
      outboxPayloadJson(event.topic, event.payload),
      limits.map((l) => l.key),
      limits.map((l) => l.limit),
      limits.map((l) => l.windowSeconds),
      screening.hold,
      screening.maskedBody,
      screening.maskedProposedText,
      screening.reason,
      screening.findings.length ? JSON.stringify(screening.findings) : null,
      screening.floodHash,
      screening.reasonWithFlood,
      flood.recentLimit,
      flood.maxDistance,
      flood.repeats,
      flood.since,
    ]);
    return result;
  }

  /**
   * Locks a comment (a UUID) for its author's change, so a concurrent reply waits or is seen,
   * and reads its draft's schedule and moderation mode with it.
   */
  async lockForChange(manager: EntityManager, id: string): Promise<LockedCommentRow | undefined> {
    const [row] = await manager.query<LockedCommentRow[]>(
      `SELECT ${COMMENT_COLUMNS}, cd.opens_at AS "opensAt", cd.closes_at AS "closesAt", cd.closed_at AS "closedAt",
              cd.moderation_mode AS "moderationMode"
         FROM comment c ${COMMENT_JOINS}
        WHERE c.id = $1
          FOR UPDATE OF c`,
      [id],
    );
    return row;
  }

  /**
   * Whether the comment has a reply (of any status) and an answer from the agency. Run it
   * after lockForChange, as a statement of its own: a reply committed while the lock was
   * awaited is then seen.
   */
  async repliedOrAnswered(
    manager: EntityManager,
    id: string,
  ): Promise<{ replied: boolean; answered: boolean }> {
    const [row] = await manager.query<{ replied: boolean; answered: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM comment WHERE parent_id = $1) AS replied,
              EXISTS (SELECT 1 FROM comment_response WHERE comment_id = $1) AS answered`,
      [id],
    );
    return row;
  }

  /** Keeps the text an edit replaces, with when it was written and when replaced. */
  async insertRevision(manager: EntityManager, revision: Omit<CommentRevisionEntity, 'id'>): Promise<void> {
    await manager.query(
      `INSERT INTO comment_revision (comment_id, body, stance, proposed_text, written_at, replaced_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        revision.commentId,
        revision.body,
        revision.stance,
        revision.proposedText,
        revision.writtenAt,
        revision.replacedAt,
      ],
    );
  }

  /** Stores an edit; a comment that becomes PENDING enters the moderation queue (if not there yet). */
  async saveEdit(manager: EntityManager, edit: CommentEdit): Promise<void> {
    await manager.query(
      `UPDATE comment SET body = $2, stance = $3, proposed_text = $4, edited_at = $5,
                masked_body = $6, masked_proposed_text = $7, screening_findings = $8::jsonb,
                status = $9, moderation_reason = $10, flood_hash = $11, moderation_reason_code = $12,
                moderation_queued_at = CASE WHEN $9 = 'PENDING' THEN coalesce(moderation_queued_at, $5) ELSE moderation_queued_at END
          WHERE id = $1`,
      [
        edit.id,
        edit.body,
        edit.stance,
        edit.proposedText,
        edit.editedAt,
        edit.maskedBody,
        edit.maskedProposedText,
        edit.findings.length ? JSON.stringify(edit.findings) : null,
        edit.status,
        edit.moderationReason,
        edit.floodHash,
        edit.moderationReasonCode,
      ],
    );
  }

  async withdraw(manager: EntityManager, id: string, now: Date): Promise<void> {
    // A withdrawn comment leaves the moderation queue: there is nothing left to decide.
    await manager.query(
      `UPDATE comment SET status = 'WITHDRAWN', withdrawn_at = $2, moderation_queued_at = NULL WHERE id = $1`,
      [id, now],
    );
  }

  /** Everything a person wrote, whatever its status, with its earlier texts (in the export's snapshot). */
  async writtenBy(manager: EntityManager, userId: string): Promise<AuthoredCommentData[]> {
    return manager.query<AuthoredCommentData[]>(
      `SELECT c.id, c.draft_id AS "draftId", c.provision_id AS "provisionId", c.parent_id AS "parentId",
                  c.body, c.stance, c.proposed_text AS "proposedText", c.status, c.created_at AS "createdAt",
                  c.edited_at AS "editedAt", c.withdrawn_at AS "withdrawnAt",
                  coalesce((SELECT json_agg(json_build_object('body', r.body, 'stance', r.stance,
                              'proposedText', r.proposed_text, 'writtenAt', r.written_at,
                              'replacedAt', r.replaced_at) ORDER BY r.id)
                              FROM comment_revision r WHERE r.comment_id = c.id), '[]') AS revisions
             FROM comment c WHERE c.author_id = $1 ORDER BY c.created_at, c.id`,
      [userId],
    );
  }
}
