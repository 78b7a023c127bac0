import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_ENV } from '../setup/test-env';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env[TEST_ENV.serverUrl];
  if (!url) throw new Error('integration tests need the global setup (run them with `npm test`)');
  return url;
}

/**
 * A fresh, fully migrated database for one test file, cloned from the run's template
 * (or an empty one, for tests of the migrations themselves).
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const template = process.env[TEST_ENV.template] as string;
  const name = `t_${template.replace('thamvan_tpl_', '')}_${process.env.JEST_WORKER_ID ?? 0}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${options.empty ? 'template0' : template}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
