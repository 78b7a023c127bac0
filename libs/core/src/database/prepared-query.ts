import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';

const names = new Map<string, string>();

/**
 * Runs one statement on its own (autocommit) as a NAMED prepared statement on TypeORM's pg
 * pool. `dataSource.query()` sends unnamed statements, so PostgreSQL parses and plans them on
 * every call; a named one is parsed once per pooled connection and, once PostgreSQL finds
 * its generic plan as good as the custom ones (after 5 runs), no longer planned at all.
 * For hot single statements (docs/benchmarks.md): not inside a transaction, since it takes
 * its own connection from the pool. Counted by CountingLogger and failing with
 * QueryFailedError like `dataSource.query()`, so callers and query-count tests see no change;
 * returns the rows (also for UPDATE and DELETE, where `dataSource.query()` returns [rows, count]).
 */
export async function preparedQuery<T extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  let name = names.get(text);
  if (!name) {
    name = `tv_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  dataSource.logger.logQuery(text, values);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  try {
    return (await pool.query<T>({ name, text, values })).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
