import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';

/**
 * Who is asking, as every feature sees it. Identity (libs/identity) builds it from the
 * access token; features only read it. Authorisation rules that depend on data (is this
 * EDITOR a member of the agency that owns *this* draft?) belong in the feature's service,
 * checked with the helpers below.
 */
export type GlobalRole = 'CITIZEN' | 'MODERATOR' | 'ADMIN';
export type AgencyRoleName = 'EDITOR' | 'RESPONDER';

export interface AgencyMembershipClaim {
  agencyId: string;
  role: AgencyRoleName;
}

export interface Viewer {
  userId: string;
  roles: GlobalRole[];
  memberships: AgencyMembershipClaim[];
  /** The sign-in session the credentials belong to (absent for viewers made by hand in tests). */
  sessionId?: string;
}

export function hasRole(viewer: Viewer | null | undefined, role: GlobalRole): boolean {
  return !!viewer && viewer.roles.includes(role);
}

/** True when the viewer holds one of `roles` (any agency role by default) in the agency. */
export function isAgencyMember(
  viewer: Viewer | null | undefined,
  agencyId: string,
  roles: AgencyRoleName[] = ['EDITOR', 'RESPONDER'],
): boolean {
  return !!viewer && viewer.memberships.some((m) => m.agencyId === agencyId && roles.includes(m.role));
}

export function requireViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function requireRole(viewer: Viewer | null | undefined, ...roles: GlobalRole[]): Viewer {
  const v = requireViewer(viewer);
  if (!roles.some((r) => v.roles.includes(r))) throw new ForbiddenError();
  return v;
}

export function requireAgencyRole(
  viewer: Viewer | null | undefined,
  agencyId: string,
  roles: AgencyRoleName[] = ['EDITOR', 'RESPONDER'],
): Viewer {
  const v = requireViewer(viewer);
  if (!isAgencyMember(v, agencyId, roles)) throw new ForbiddenError();
  return v;
}
