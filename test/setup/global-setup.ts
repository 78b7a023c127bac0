import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../libs/core/src/database/embedded-postgres';
import { migrateDatabase } from '../../libs/core/src/database/migrate';
import { TEST_ENV } from './test-env';

/**
 * Once per `npm test`: one PostgreSQL server (embedded under the OS temp dir, or
 * TEST_DATABASE_URL's), one template database with every migration applied. Each test file
 * then clones the template (CREATE DATABASE … TEMPLATE: tens of milliseconds).
 * Also builds dist/ and the web client so tests can start the real entry points as child processes.
 */
function readPostmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

export default async function globalSetup(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../../scripts/build.js') as { build: () => boolean }).build();
  // The web client too: the browser tests start the app as `npm start` does, pages included.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../../apps/web/scripts/build.cjs') as { buildWeb: () => boolean }).buildWeb();

  let serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    process.stderr.write('\n[test] using TEST_DATABASE_URL\n');
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-test-'));
    const pg = await startEmbeddedPostgres({
      dataDir,
      // A throwaway cluster: durability buys nothing here and costs seconds per run.
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
    });
    serverUrl = pg.url;
    // If jest dies before teardown, still take the cluster down with it (exit hooks are sync).
    process.once('exit', () => {
      const pid = readPostmasterPid(dataDir);
      if (pid) {
        try {
          process.kill(pid, 'SIGQUIT');
        } catch {
          // already gone
        }
      }
    });
    (globalThis as Record<string, unknown>).__THAMVAN_PG__ = { handle: pg, dataDir };
  }
  const template = `thamvan_tpl_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template} ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();

  const url = new URL(serverUrl);
  url.pathname = `/${template}`;
  await migrateDatabase(url.toString());

  process.env[TEST_ENV.serverUrl] = serverUrl;
  process.env[TEST_ENV.template] = template;
}
