import { cleanText } from '@thamvan/core';
import { createHash, randomBytes } from 'node:crypto';

/** The key e-mail addresses are compared on: cleaned, trimmed, lower case. */
export function normalizeEmail(email: string): string {
  return cleanText(email).toLowerCase();
}

/** An unguessable, URL-safe secret (refresh tokens, e-mail links): 256 bits. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** How secrets are kept at rest: a leaked table gives nobody a usable token. */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Rate-limit bucket keys hold no personal data in the clear. */
export function bucketKey(kind: string, value: string): string {
  return `${kind}:${sha256(value).slice(0, 32)}`;
}
