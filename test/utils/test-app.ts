import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@thamvan/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-app';
import { createTestDatabase, TestDatabase } from './test-database';
import { removeDataDir } from './processes';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  db: TestDatabase;
  /** POSTs a GraphQL operation as a client would, optionally with a bearer token. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * Boots the real API (same module, middleware and limits as `npm start`) on a random port
 * against a fresh database. Start it once per test file: `beforeAll(async () => (t = await startTestApp()))`.
 */
export async function startTestApp(
  options: { env?: Record<string, string>; runRelay?: boolean; shareDatabaseOf?: TestApp } = {},
): Promise<TestApp> {
  // A second API process on the same database (multi-process tests) must not drop it.
  const shared = options.shareDatabaseOf?.db;
  const db = shared ?? (await createTestDatabase());
  const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-app-'));
  const config = AppConfig.load({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_DEMO: '0',
    // Every request checks its session in PostgreSQL, so the SQL-count tests count it each time;
    // test/identity/sessions.test.ts turns the cache on (the default elsewhere).
    SESSION_CACHE_SECONDS: '0',
    // scrypt at N = 2^10 instead of 2^15: the suite creates and signs in hundreds of accounts,
    // 145 ms of CPU per hash at full cost. Registration's own test checks the full cost, and
    // production refuses the cheap one.
    ...(options.env?.NODE_ENV === 'production' ? {} : { PASSWORD_HASH_COST: '10' }),
    ...options.env,
  });
  const app = await createApiApp({ config, databaseUrl: db.url, runRelay: options.runRelay ?? false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  config.listeningOn(address.port);
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    config,
    db,
    dataSource: app.get(DataSource),
    async graphql<T>(query: string, variables?: Record<string, unknown>, opts: { token?: string } = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
      return { status: response.status, ...body };
    },
    async close() {
      await app.close();
      if (!shared) await db.drop();
      removeDataDir(dataDir);
    },
  };
}
