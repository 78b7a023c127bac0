import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { MIGRATIONS } from '../../../../migrations';
import { CountingLogger } from './counting-logger';

/**
 * The one place TypeORM is configured. Entities are registered by each feature module
 * (TypeOrmModule.forFeature + autoLoadEntities); migrations are an explicit list so that
 * every runner (app start, CLI, test setup) applies the same ones without globbing.
 */
export function dataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Generated UUIDs use gen_random_uuid(), built into PostgreSQL 13+; TypeORM must not try
    // to CREATE EXTENSION at connect time (migrations create what they need, and a managed
    // database may not allow it).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: new CountingLogger(),
    // Pool sized for two cores: more connections than that only queue inside PostgreSQL.
    extra: { max: 20, application_name: 'thamvan' },
    ...overrides,
  } as DataSourceOptions;
}
