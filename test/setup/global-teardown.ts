import { Client } from 'pg';
import type { EmbeddedPostgresHandle } from '../../libs/core/src/database/embedded-postgres';
import { TEST_ENV } from './test-env';
import { removeDataDir } from '../utils/processes';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__THAMVAN_PG__ as
    { handle: EmbeddedPostgresHandle; dataDir: string } | undefined;
  if (embedded) {
    await embedded.handle.stop();
    removeDataDir(embedded.dataDir);
    return;
  }
  // A shared server (TEST_DATABASE_URL): remove what this run created.
  const serverUrl = process.env[TEST_ENV.serverUrl];
  const template = process.env[TEST_ENV.template];
  if (!serverUrl || !template) return;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
    [template, `t_${template.replace('thamvan_tpl_', '')}_%`],
  );
  for (const { datname } of rows) {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(datname)} WITH (FORCE)`);
  }
  await admin.end();
}
