import { BadInputError, isUuid, optionalText, requireText } from '@thamvan/core';
import { createHash } from 'node:crypto';
import { Stance } from './dto/comment.enums';

export const MAX_BODY = 10_000;
export const MAX_PROPOSED_TEXT = 10_000;
export const MAX_FLAG_NOTE = 1_000;

/** The body as stored (requireText: cleaned, trimmed, so a body of zero-width spaces is empty). */
export function cleanBody(value: string): string {
  return requireText(value, 'body', MAX_BODY);
}

/** proposedText: optional, ≤ 10,000 characters, and required when the stance is AMEND. */
export function cleanProposedText(value: string | null | undefined, stance: Stance | null): string | null {
  const text = optionalText(value, 'proposedText', MAX_PROPOSED_TEXT);
  if (stance === Stance.AMEND && text === null) {
    throw new BadInputError('proposedText is required when the stance is AMEND', 'proposedText');
  }
  return text;
}

export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw new BadInputError(`${field} must be a UUID`, field);
  return value.toLowerCase();
}

/** Optional id arguments: absent or a UUID; a malformed id is bad input, not "not found". */
export function optionalUuid(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  return requireUuid(value, field);
}

export interface NormalizedPost {
  draftId: string;
  provisionId: string | null;
  parentId: string | null;
  body: string;
  stance: Stance | null;
  proposedText: string | null;
}

/**
 * What makes two posts with one idempotency key "the same": the normalised input, so that a
 * retry whose body differs only by NFD/NFC or surrounding spaces is still a retry.
 */
export function inputHash(post: NormalizedPost): string {
  const canonical = JSON.stringify([
    post.draftId,
    post.provisionId,
    post.parentId,
    post.body,
    post.stance,
    post.proposedText,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
