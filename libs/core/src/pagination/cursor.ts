import { BadInputError } from '../errors/domain-error';
import { isUuid } from '../ids';
import { parseDateTime } from '../time/date-time';

/**
 * Opaque Relay cursors. A cursor is the keyset position of a row (e.g. [createdAt, id]),
 * base64url-encoded JSON behind a version tag, so the encoding can change without clients
 * noticing. Clients must treat cursors as opaque strings.
 */
const VERSION = 'v1';

export type CursorValue = string | number | boolean | null;

/**
 * What each position of a cursor must hold, checked when it is decoded: a cursor is the
 * client's to send back, so a forged one (`["not-a-date", 1]`) must be refused as bad input,
 * not reach PostgreSQL as `$1::timestamptz` and come back as a server error.
 */
export type CursorKey = 'timestamp' | 'uuid' | 'int' | 'bigint' | 'number' | 'text';

const INT_MAX = 2 ** 31 - 1;

function fits(value: CursorValue, key: CursorKey): boolean {
  switch (key) {
    case 'timestamp':
      return typeof value === 'string' && parseDateTime(value) !== null;
    case 'uuid':
      return isUuid(value);
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= INT_MAX;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'bigint':
      return typeof value === 'string' && /^\d{1,18}$/.test(value);
    case 'text':
      return typeof value === 'string' && value.length <= 1000 && !value.includes('\u0000');
  }
}

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(`${VERSION}:${JSON.stringify(values)}`, 'utf8').toString('base64url');
}

/** `shape`: the kinds of its positions (checked), or just how many there are. */
export function decodeCursor(cursor: string, shape: number | readonly CursorKey[]): CursorValue[] {
  const expectedLength = typeof shape === 'number' ? shape : shape.length;
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
  const values = decoded as CursorValue[];
  if (typeof shape !== 'number' && !values.every((value, i) => fits(value, shape[i]))) {
    throw new BadInputError('Invalid cursor', 'after');
  }
  return values;
}
