import { Injectable } from '@nestjs/common';
import { renderCommentHtml } from '@thamvan/feedback';
import { DELETED_USER_NAME } from '@thamvan/identity';
import { DataSource } from 'typeorm';
import { LiveComment } from './live.events';

/** A comment's current row as live fan-out needs it: its public view plus routing facts. */
export interface LiveCommentRow {
  id: string;
  draftId: string;
  provisionId: string | null;
  authorId: string;
  status: 'PUBLISHED' | 'PENDING' | 'HIDDEN' | 'WITHDRAWN';
  comment: LiveComment;
}

interface Row {
  id: string;
  draftId: string;
  provisionId: string | null;
  parentId: string | null;
  authorId: string;
  status: LiveCommentRow['status'];
  body: string;
  stance: string | null;
  createdAt: Date;
  editedAt: Date | null;
  displayName: string | null;
  kind: string | null;
  organizationName: string | null;
  province: string | null;
  verified: boolean | null;
}

/** What an erased or missing account shows (identity keeps the row; this is the fallback). */
const NOBODY = { displayName: DELETED_USER_NAME, kind: 'INDIVIDUAL' };

/**
 * Reads the comments a relay batch announces, with their public authors, in one query.
 * The text is the PUBLIC one: `coalesce(masked_body, body)` (personal data masked by
 * moderation) — a live event goes to everyone in a room, never only to the author. No
 * e-mail, phone or IP is selected, so none can leak into a payload.
 */
@Injectable()
export class LiveCommentReader {
  constructor(private readonly dataSource: DataSource) {}

  async byIds(ids: readonly string[]): Promise<Map<string, LiveCommentRow>> {
    if (!ids.length) return new Map();
    const rows: Row[] = await this.dataSource.query(
      `SELECT c.id, c.draft_id AS "draftId", c.provision_id AS "provisionId", c.parent_id AS "parentId",
              c.author_id AS "authorId", c.status, ${PUBLIC_BODY} AS body, c.stance,
              c.created_at AS "createdAt", c.edited_at AS "editedAt",
              u.display_name AS "displayName", u.kind, u.organization_name AS "organizationName",
              u.province, u.verification_level <> 'NONE' AS verified
         FROM comment c LEFT JOIN app_user u ON u.id = c.author_id
        WHERE c.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, toLiveRow(row)]));
  }
}

/** The public text of a comment (see the team's data contract with moderation). */
export const PUBLIC_BODY = 'coalesce(c.masked_body, c.body)';

function toLiveRow(row: Row): LiveCommentRow {
  const body = row.status === 'PUBLISHED' ? row.body : '';
  return {
    id: row.id,
    draftId: row.draftId,
    provisionId: row.provisionId,
    authorId: row.authorId,
    status: row.status,
    comment: {
      id: row.id,
      parentId: row.parentId,
      body,
      bodyHtml: renderCommentHtml(body),
      stance: row.stance,
      author: {
        displayName: row.displayName ?? NOBODY.displayName,
        kind: row.kind ?? NOBODY.kind,
        organizationName: row.organizationName,
        province: row.province,
        verified: row.verified ?? false,
      },
      createdAt: new Date(row.createdAt).toISOString(),
      editedAt: row.editedAt ? new Date(row.editedAt).toISOString() : null,
    },
  };
}
