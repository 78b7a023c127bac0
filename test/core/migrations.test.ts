import { migrateDatabase } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { createTestDatabase, TestDatabase } from '../utils/test-database';
import { openDataSource } from '../utils/test-data-source';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(() => db.drop());

  it('apply once when several processes start together (advisory lock)', async () => {
    const results = await Promise.all([
      migrateDatabase(db.url),
      migrateDatabase(db.url),
      migrateDatabase(db.url),
    ]);
    const names = MIGRATIONS.map((m) => m.name);
    expect(results.flat().sort()).toEqual([...names].sort());
    expect(results.filter((r) => r.length > 0)).toHaveLength(1);
  });

  it('revert completely with their down() and apply again', async () => {
    const ds: DataSource = await openDataSource(db.url, 1);
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migration'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await ds.destroy();
    }
    expect(await migrateDatabase(db.url)).toHaveLength(MIGRATIONS.length);
  });
});
