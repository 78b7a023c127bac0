import { CountingLogger, preparedQuery } from '@thamvan/core';
import { DataSource, QueryFailedError } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../utils/test-database';
import { openDataSource } from '../utils/test-data-source';

describe('preparedQuery (named prepared statements on the TypeORM pool)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const SQL = `SELECT $1::int + $2::int AS sum`;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await openDataSource(db.url, 1);
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('returns the rows, counts the query, and prepares the statement once on the connection', async () => {
    const logger = ds.logger as CountingLogger;
    const before = logger.queryCount;
    expect(await preparedQuery(ds, SQL, [1, 2])).toEqual([{ sum: 3 }]);
    expect(await preparedQuery(ds, SQL, [40, 2])).toEqual([{ sum: 42 }]);
    expect(logger.queryCount - before).toBe(2);
    // One pooled connection: the statement seen from it is the prepared one, used twice.
    const prepared = await preparedQuery<{ statement: string }>(
      ds,
      `SELECT statement FROM pg_prepared_statements WHERE statement = $1`,
      [SQL],
    );
    expect(prepared).toEqual([{ statement: SQL }]);
  });

  it('fails with QueryFailedError, as dataSource.query() does', async () => {
    await expect(preparedQuery(ds, `SELECT $1::uuid AS id`, ['not a uuid'])).rejects.toBeInstanceOf(
      QueryFailedError,
    );
    // The connection is still usable afterwards.
    expect(await preparedQuery(ds, SQL, [2, 2])).toEqual([{ sum: 4 }]);
  });
});
