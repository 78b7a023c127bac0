const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids come from clients: anything that is not a UUID cannot exist, so callers answer "not
 * found" (or BAD_USER_INPUT) before PostgreSQL would fail on the uuid cast. The one check
 * every library uses.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
