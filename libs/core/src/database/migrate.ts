import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Any constant works; it only has to be the same in every process of the deployment. */
const MIGRATION_LOCK_KEY = 7_362_846_101;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so several API replicas
 * starting at once take turns instead of racing on the same DDL. Each migration runs in
 * its own transaction: an interrupted start leaves the schema at a whole migration.
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  const dataSource = await new DataSource({ ...dataSourceOptions(url), extra: { max: 1 } }).initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await dataSource.destroy();
  }
}
