import { BadInputError } from '../errors/domain-error';

/**
 * Opaque Relay cursors. A cursor is the keyset position of a row (e.g. [createdAt, id]),
 * base64url-encoded JSON behind a version tag, so the encoding can change without clients
 * noticing. Clients must treat cursors as opaque strings.
 */
const VERSION = 'v1';

export type CursorValue = string | number | boolean | null;

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(`${VERSION}:${JSON.stringify(values)}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number): CursorValue[] {
  let decoded: unknown;
  try {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    if (!text.startsWith(`${VERSION}:`)) throw new Error('version');
    decoded = JSON.parse(text.slice(VERSION.length + 1));
  } catch {
    throw new BadInputError('Invalid cursor', 'after');
  }
  const valid =
    Array.isArray(decoded) &&
    decoded.length === expectedLength &&
    decoded.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  if (!valid) throw new BadInputError('Invalid cursor', 'after');
  return decoded as CursorValue[];
}
