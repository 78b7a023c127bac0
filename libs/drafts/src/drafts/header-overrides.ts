import type { Outline } from '../parser';
import { requireText } from '@thamvan/core';

/** The header fields of an import an editor may correct after the parseDraft preview. */
export interface HeaderOverrides {
  documentNumber?: string | null;
  issuer?: string | null;
  preamble?: string | null;
}

const LIMITS = { documentNumber: 100, issuer: 500, preamble: 20_000 } as const;
const OUTLINE_FIELD = { documentNumber: 'number', issuer: 'issuer', preamble: 'preamble' } as const;

/**
 * The outline with the editor's corrections of its header: an omitted (or null) field keeps
 * what the parser read, an empty string clears it (a number the parser invented from a
 * reference, say), any other text replaces it. Also returns the names of the fields
 * corrected, for the audit trail.
 */
export function applyHeaderOverrides(
  outline: Outline,
  input: HeaderOverrides,
): { outline: Outline; corrected: string[] } {
  const next = { ...outline };
  const corrected: string[] = [];
  for (const field of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    next[OUTLINE_FIELD[field]] = value.trim() === '' ? null : requireText(value, field, LIMITS[field]);
    corrected.push(field);
  }
  return { outline: next, corrected };
}
