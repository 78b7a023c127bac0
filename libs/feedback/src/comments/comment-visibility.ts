import { hasRole, isAgencyMember, Viewer } from '@thamvan/core';
import type { CommentRow } from './comment-row';

/**
 * Who sees what (CONTRACT.md). A HIDDEN or WITHDRAWN comment stays in its thread for
 * everyone, with an empty text for the public; its author and moderators still read it.
 * PENDING comments exist only for their author, moderators and the owning agency's officers.
 * Personal data found by screening is masked for everyone but the author and moderators.
 */
export function canSeeComment(
  viewer: Viewer | null,
  row: Pick<CommentRow, 'status' | 'authorId' | 'agencyId'>,
): boolean {
  if (row.status !== 'PENDING') return true;
  return !!viewer && (viewer.userId === row.authorId || canSeeHeld(viewer, row.agencyId));
}

/** Moderators and the owning agency's officers see every PENDING comment (and how many). */
export function canSeeHeld(viewer: Viewer | null, agencyId: string): boolean {
  return hasRole(viewer, 'MODERATOR') || isAgencyMember(viewer, agencyId);
}

/** Its author and moderators: they read the original text and the moderation reason. */
export function isAuthorOrModerator(viewer: Viewer | null, row: Pick<CommentRow, 'authorId'>): boolean {
  return !!viewer && (viewer.userId === row.authorId || hasRole(viewer, 'MODERATOR'));
}

export function canSeeText(viewer: Viewer | null, row: Pick<CommentRow, 'status' | 'authorId'>): boolean {
  if (row.status === 'PUBLISHED' || row.status === 'PENDING') return true;
  return isAuthorOrModerator(viewer, row);
}

/**
 * The text a viewer reads of a comment they may read: the original for its author and
 * moderators, else the published text, in which screening masked personal data.
 */
export function textFor(
  viewer: Viewer | null,
  row: Pick<CommentRow, 'authorId' | 'body' | 'proposedText' | 'maskedBody' | 'maskedProposedText'>,
): { body: string; proposedText: string | null } {
  if (isAuthorOrModerator(viewer, row)) return { body: row.body, proposedText: row.proposedText };
  return { body: row.maskedBody ?? row.body, proposedText: row.maskedProposedText ?? row.proposedText };
}

/**
 * The same PENDING rule in SQL, for lists and counts over `comment c`. CASE fixes the
 * evaluation order, so the agency lookup only runs for the rare PENDING rows and counts
 * need no join. `param` adds a bind parameter and returns its placeholder.
 */
export function visibleSql(viewer: Viewer | null, param: (value: unknown) => string): string {
  if (hasRole(viewer, 'MODERATOR')) return 'true';
  if (!viewer) return `c.status <> 'PENDING'`;
  const agencies = viewer.memberships.map((m) => m.agencyId);
  return `CASE WHEN c.status <> 'PENDING' THEN true
    WHEN c.author_id = ${param(viewer.userId)}::uuid THEN true
    ELSE EXISTS (SELECT 1 FROM draft vd WHERE vd.id = c.draft_id AND vd.agency_id = ANY(${param(agencies)}::uuid[]))
    END`;
}
