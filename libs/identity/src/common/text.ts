import { cleanInputText } from '@thamvan/core';
import { createHash, randomBytes } from 'node:crypto';

/** Cleaned (cleanInputText), trimmed, one space between words: the form every incoming name is stored in. */
export function cleanText(value: string): string {
  return cleanInputText(value).trim().replace(/\s+/g, ' ');
}

/** The key e-mail addresses are compared on: cleaned, trimmed, lower case. */
export function normalizeEmail(email: string): string {
  return cleanInputText(email).trim().toLowerCase();
}

/**
 * Folds Vietnamese for comparing names, never for storing them: lower case, no diacritics,
 * đ → d ("Đắk Lắk", "dak lak" and "ĐẮK LẮK" fold alike).
 */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();
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
