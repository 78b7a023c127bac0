import { Viewer } from '@thamvan/core';
import type { CommentRow } from './comment-row';
import { canSeeText, isAuthorOrModerator, textFor } from './comment-visibility';
import { CommentObject, CommentRevisionObject } from './dto/comment.object';
import { CommentStatus, Stance } from './dto/comment.enums';
import { CommentRevisionEntity } from './entities/comment-revision.entity';

/**
 * The GraphQL view of a comment for one viewer: hidden and withdrawn text is withheld,
 * personal data masked except for its author and moderators.
 */
export function toCommentObject(row: CommentRow, viewer: Viewer | null): CommentObject {
  const visible = canSeeText(viewer, row);
  const text = textFor(viewer, row);
  return {
    id: row.id,
    body: visible ? text.body : '',
    stance: row.stance as Stance | null,
    proposedText: visible ? text.proposedText : null,
    moderationReason: isAuthorOrModerator(viewer, row) ? row.moderationReason : null,
    moderationReasonCode: isAuthorOrModerator(viewer, row) ? row.moderationReasonCode : null,
    status: row.status as CommentStatus,
    createdAt: new Date(row.createdAt),
    editedAt: row.editedAt ? new Date(row.editedAt) : null,
    versionNumber: row.versionNumber,
    depth: row.depth,
    agreeCount: row.agreeCount,
    disagreeCount: row.disagreeCount,
    replyCount: row.replyCount,
    draftId: row.draftId,
    agencyId: row.agencyId,
    versionId: row.versionId,
    provisionId: row.provisionId,
    parentId: row.parentId,
    authorId: row.authorId,
    visible,
  };
}

export function toRevisionObject(revision: CommentRevisionEntity): CommentRevisionObject {
  return {
    body: revision.body,
    stance: revision.stance as Stance | null,
    proposedText: revision.proposedText,
    writtenAt: revision.writtenAt,
    replacedAt: revision.replacedAt,
  };
}
