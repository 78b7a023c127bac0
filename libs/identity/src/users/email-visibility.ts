import { hasRole, Viewer } from '@thamvan/core';

/** An account's e-mail address is for its holder and administrators, wherever it appears. */
export function canSeeEmail(viewer: Viewer | null, userId: string): boolean {
  return viewer?.userId === userId || hasRole(viewer, 'ADMIN');
}
