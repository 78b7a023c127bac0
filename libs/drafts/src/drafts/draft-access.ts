import { ForbiddenError, isAgencyMember, requireViewer, Viewer } from '@thamvan/core';
import { ConsultationStatus } from './dto/enums';

/**
 * Who may see and manage drafts. Only EDITORs of the owning agency manage a draft (an
 * EDITOR of agency A can never touch agency B's, whatever ids they guess); the public sees
 * a draft once it is scheduled or later; the agency's officers see it from the start.
 */
export function canManage(viewer: Viewer | null, agencyId: string): boolean {
  return isAgencyMember(viewer, agencyId, ['EDITOR']);
}

export function requireManager(viewer: Viewer | null, agencyId: string): Viewer {
  const v = requireViewer(viewer);
  if (!canManage(v, agencyId)) throw new ForbiddenError('Only editors of the drafting agency may do this');
  return v;
}

/** Operations only editors can use at all are refused before anything is looked up. */
export function requireAnyEditor(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!v.memberships.some((m) => m.role === 'EDITOR')) {
    throw new ForbiddenError('Only editors of the drafting agency may do this');
  }
  return v;
}

export function canSeeDraft(
  viewer: Viewer | null,
  draft: { agencyId: string },
  status: ConsultationStatus,
): boolean {
  return status !== ConsultationStatus.DRAFT || isAgencyMember(viewer, draft.agencyId);
}

/** Unpublished versions are visible to the agency's officers only. */
export function canSeeVersion(viewer: Viewer | null, agencyId: string, publishedAt: Date | null): boolean {
  return publishedAt !== null || isAgencyMember(viewer, agencyId);
}
