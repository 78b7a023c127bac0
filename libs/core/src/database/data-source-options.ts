import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { MIGRATIONS } from '../../../../migrations';
import { CountingLogger } from './counting-logger';

const poolLogger = new Logger('PostgresPool');

/**
 * pg's Pool, with an 'error' listener on every client for its whole life. pg-pool listens to
 * a client's errors only while it is idle, TypeORM only while one of its query runners holds
 * it; a client held any other way (the pool reached directly) whose server goes away emits
 * 'error' with nobody listening, and Node ends the process on the spot, before the embedded
 * server's supervisor can restart it or exit as it should (an API ended that way once in
 * test/security/embedded-postgres, "terminating connection due to unexpected postmaster
 * exit"). Heard, the error is logged; the next statement on that client fails, and the pool
 * discards it. Tested in test/core/connection-loss.test.ts.
 */
class GuardedPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    this.on('connect', (client) => {
      client.on('error', (error) => poolLogger.warn(`PostgreSQL connection lost: ${error.message}`));
    });
  }
}
/** The pg module TypeORM loads, with GuardedPool (everything else delegated to pg). */
const guardedPg: unknown = Object.create(pg, { Pool: { value: GuardedPool } });

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
    driver: guardedPg,
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
