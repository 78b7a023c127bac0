const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in addresses come from people: anything else is "not found" before asking the API. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
