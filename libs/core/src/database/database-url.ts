import { Client } from 'pg';
import { AppConfig } from '../config/app-config';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from './embedded-postgres';

/** Name of the application database inside the embedded cluster. */
export const EMBEDDED_DATABASE = 'thamvan';

export interface ResolvedDatabase {
  url: string;
  /** Present when the database runs embedded; stop it after the app has closed. */
  embedded?: EmbeddedPostgresHandle;
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR (started, or
 * reused when `npm start` already runs it), with the application database created on demand.
 */
export async function resolveDatabase(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
  try {
    await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: withDatabase(embedded.url, EMBEDDED_DATABASE), embedded };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client
        .query(`CREATE DATABASE ${client.escapeIdentifier(database)} ENCODING 'UTF8' TEMPLATE template0`)
        .catch((error: { code?: string }) => {
          // 42P04: created meanwhile by a concurrent starter; that is what we wanted.
          if (error.code !== '42P04') throw error;
        });
    }
  } finally {
    await client.end();
  }
}
