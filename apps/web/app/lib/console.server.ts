import { data } from 'react-router';
import type { WebContext } from '../context';
import { ConsoleViewer } from '../graphql/console.server';
import { requireSignedIn } from './auth.server';

export interface Officer {
  userId: string;
  /** The agencies the viewer is an officer of (EDITOR or RESPONDER), by id. */
  agencies: Map<string, { name: string; roles: Set<string> }>;
  admin: boolean;
}

/**
 * The console's door: signed in (else to sign-in and back), and an officer of some agency
 * (else 403; an administrator manages agencies, not their drafts, as in the API). The API checks every role again on every field and mutation:
 * this only spares people pages they could not use.
 */
export async function requireOfficer(web: WebContext, request: Request): Promise<Officer> {
  requireSignedIn(web, request);
  const { me } = await web.api.run(ConsoleViewer);
  if (!me) throw data(null, { status: 403 });
  const agencies = new Map<string, { name: string; roles: Set<string> }>();
  for (const m of me.memberships) {
    const entry = agencies.get(m.agency.id) ?? { name: m.agency.name, roles: new Set<string>() };
    entry.roles.add(m.role);
    agencies.set(m.agency.id, entry);
  }
  if (!agencies.size) throw data(null, { status: 403 });
  return { userId: me.id, agencies, admin: me.roles.includes('ADMIN') };
}

/** An officer of this agency with one of `roles`; else 403. */
export function requireAgencyRole(officer: Officer, agencyId: string, roles: string[]): void {
  const entry = officer.agencies.get(agencyId);
  if (!entry || !roles.some((r) => entry.roles.has(r))) throw data(null, { status: 403 });
}

export function canEdit(officer: Officer, agencyId: string): boolean {
  return Boolean(officer.agencies.get(agencyId)?.roles.has('EDITOR'));
}

/** The moderators' console: signed in (else to sign-in and back) and a MODERATOR (else 403). */
export async function requireModerator(web: WebContext, request: Request): Promise<void> {
  requireSignedIn(web, request);
  const { me } = await web.api.run(ConsoleViewer);
  if (!me?.roles.includes('MODERATOR')) throw data(null, { status: 403 });
}

/** Administration: signed in (else to sign-in and back) and an ADMIN (else 403). */
export async function requireAdmin(web: WebContext, request: Request): Promise<void> {
  requireSignedIn(web, request);
  const { me } = await web.api.run(ConsoleViewer);
  if (!me?.roles.includes('ADMIN')) throw data(null, { status: 403 });
}
