import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN, childEnv, removeDataDir, run, Running } from './processes';
import { createTestDatabase, TestDatabase } from './test-database';

export interface ApiProcess {
  app: Running;
  /** http://127.0.0.1:<port>, the port the OS chose. */
  base: string;
  db: TestDatabase;
  /** DATA_DIR: mails (the file transport), uploads. */
  dataDir: string;
  /** Ends the process (if a test has not), drops its database, removes its data directory. */
  stop(): Promise<void>;
}

/**
 * The real API entry point (`dist/`) on a database and a data directory of its own, for tests
 * that read what the process itself writes (its logs, its exit) rather than only its answers.
 * `env` adds to or overrides the child's environment (childEnv's clean one).
 */
export async function startApi(env: Record<string, string | undefined> = {}): Promise<ApiProcess> {
  const db = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-api-'));
  const app = run(API_MAIN, [], childEnv({ DATA_DIR: dataDir, DATABASE_URL: db.url, PORT: '0', ...env }));
  const stop = async () => {
    if (app.child.exitCode === null && app.child.signalCode === null) {
      app.child.kill('SIGTERM');
      await app.exited;
    }
    await db.drop();
    removeDataDir(dataDir);
  };
  try {
    const [, port] = await app.waitForOutput(/GraphQL\s+http:\/\/localhost:(\d+)\/graphql/);
    return { app, base: `http://127.0.0.1:${port}`, db, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
