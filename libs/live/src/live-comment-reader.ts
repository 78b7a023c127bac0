import { Injectable } from '@nestjs/common';
import { renderCommentHtml } from '@thamvan/feedback';
import { DELETED_USER_NAME } from '@thamvan/identity';
import { LiveCommentDbRow, LiveCommentsRepository } from './live-comments.repository';
import { LiveComment } from './live.events';

export { PUBLIC_BODY } from './live-comments.repository';

/** A comment's current row as live fan-out needs it: its public view plus routing facts. */
export interface LiveCommentRow {
  id: string;
  draftId: string;
  provisionId: string | null;
  authorId: string;
  status: 'PUBLISHED' | 'PENDING' | 'HIDDEN' | 'WITHDRAWN';
  comment: LiveComment;
}

/** What an erased or missing account shows (identity keeps the row; this is the fallback). */
const NOBODY = { displayName: DELETED_USER_NAME, kind: 'INDIVIDUAL' };

/**
 * Reads the comments a relay batch announces, with their public authors, in one query
 * (LiveCommentsRepository.byIds: the PUBLIC text, no e-mail, phone or IP), and shapes them
 * for fan-out: a comment that is not PUBLISHED goes out without its text.
 */
@Injectable()
export class LiveCommentReader {
  constructor(private readonly comments: LiveCommentsRepository) {}

  async byIds(ids: readonly string[]): Promise<Map<string, LiveCommentRow>> {
    if (!ids.length) return new Map();
    const rows = await this.comments.byIds(ids);
    return new Map(rows.map((row) => [row.id, toLiveRow(row)]));
  }
}

function toLiveRow(row: LiveCommentDbRow): LiveCommentRow {
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
