import type { CommentStatusName, StanceName } from './entities/comment.entity';

/** A comment as every read query returns it: the row, its version number, agency and counters. */
export interface CommentRow {
  id: string;
  draftId: string;
  agencyId: string;
  versionId: string;
  versionNumber: number;
  provisionId: string | null;
  lineageId: string | null;
  parentId: string | null;
  depth: number;
  authorId: string;
  body: string;
  stance: StanceName | null;
  proposedText: string | null;
  status: CommentStatusName;
  createdAt: Date;
  editedAt: Date | null;
  agreeCount: number;
  disagreeCount: number;
  replyCount: number;
  /** The texts with personal data masked (null when nothing was masked): what the public reads. */
  maskedBody: string | null;
  maskedProposedText: string | null;
  /** Why it is PENDING or HIDDEN; for its author and moderators only. */
  moderationReason: string | null;
  /** Its stable code (ModerationReasonCode in libs/moderation). */
  moderationReasonCode: string | null;
}

/** Columns of CommentRow over `comment c`, `draft_version cv`, `draft cd`, `comment_counter k`. */
export const COMMENT_COLUMNS = `c.id, c.draft_id AS "draftId", cd.agency_id AS "agencyId", c.version_id AS "versionId",
  cv.number AS "versionNumber", c.provision_id AS "provisionId", c.lineage_id AS "lineageId",
  c.parent_id AS "parentId", c.depth, c.author_id AS "authorId", c.body, c.stance,
  c.proposed_text AS "proposedText", c.status, c.created_at AS "createdAt", c.edited_at AS "editedAt",
  coalesce(k.agree, 0) AS "agreeCount", coalesce(k.disagree, 0) AS "disagreeCount",
  coalesce(k.replies, 0) AS "replyCount", c.masked_body AS "maskedBody",
  c.masked_proposed_text AS "maskedProposedText", c.moderation_reason AS "moderationReason",
  c.moderation_reason_code AS "moderationReasonCode"`;

export const COMMENT_JOINS = `JOIN draft_version cv ON cv.id = c.version_id
  JOIN draft cd ON cd.id = c.draft_id
  LEFT JOIN comment_counter k ON k.comment_id = c.id`;
