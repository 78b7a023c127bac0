import 'reflect-metadata';
import {
  AppConfig,
  ConfigError,
  DemoAccount,
  DemoSeedRegistry,
  demoCredentialsBanner,
  installShutdown,
  migrateDatabase,
  resolveDatabase,
  writeDemoCredentials,
} from '@thamvan/core';
import { createApiApp } from './create-app';

/**
 * `npm start`: API and outbox relay in one process, on an embedded PostgreSQL under DATA_DIR
 * unless DATABASE_URL is set. Set OUTBOX_RELAY=off when a separate worker runs the relay.
 */
export async function main(): Promise<void> {
  const config = loadConfig();
  const say = (line: string) => process.stderr.write(`[thamvan] ${line}\n`);
  let app: Awaited<ReturnType<typeof createApiApp>> | undefined;
  // Signals are handled before PostgreSQL starts, so a Ctrl-C during boot still stops it.
  const starting = resolveDatabase(config, (line) => say(line));
  const shutdown = installShutdown({
    close: async () => {
      await app?.close();
    },
    finally: async () => {
      const db = await starting.catch(() => undefined);
      await db?.embedded?.stop();
    },
    log: say,
  });
  const database = await starting;
  // A dead embedded PostgreSQL is restarted; one that cannot be is a failure a supervisor must see.
  database.embedded?.watch({ log: say, gaveUp: (reason) => void shutdown(reason, 1) });
  let demoAccounts: DemoAccount[] = [];
  try {
    const applied = await migrateDatabase(database.url);
    if (applied.length) say(`applied migrations: ${applied.join(', ')}`);
    app = await createApiApp({
      config,
      databaseUrl: database.url,
      runRelay: process.env.OUTBOX_RELAY !== 'off',
      webClient: true,
    });
    await app.init();
    if (config.seedDemo) demoAccounts = await seedDemo(app.get(DemoSeedRegistry), config, say);
    await app.listen(config.port, process.env.HOST ?? '0.0.0.0');
  } catch (error) {
    say(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
    await app?.close().catch(() => undefined);
    await database.embedded?.stop();
    process.exit(1);
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  config.listeningOn(port);
  const base = `http://localhost:${port}`;
  process.stdout.write(
    [
      '',
      `thamvan is running (${config.env})`,
      `  Web       ${base}/`,
      `  GraphQL   ${base}/graphql`,
      `  Health    ${base}/health/ready`,
      `  Live      ${base.replace('http', 'ws')}/live  (socket.io path /socket.io, namespace /live)`,
      `  Database  ${database.embedded ? `embedded PostgreSQL on port ${database.embedded.port}, data in ${config.dataDir}` : 'DATABASE_URL'}`,
      '',
    ].join('\n') + '\n',
  );
  // Credentials go to the terminal as plain text, never through the structured logger.
  if (demoAccounts.length) process.stdout.write(demoCredentialsBanner(demoAccounts) + '\n');
}

/** Seeds the demo into an empty database (none of the features has data yet). */
async function seedDemo(
  registry: DemoSeedRegistry,
  config: AppConfig,
  say: (line: string) => void,
): Promise<DemoAccount[]> {
  const { seeded, context } = await registry.run({ onlyIfEmpty: true });
  if (!seeded) return [];
  const file = writeDemoCredentials(config.dataDir, context.accounts);
  say(`seeded the demo (SEED_DEMO=0 to skip); accounts written to ${file}`);
  return context.accounts;
}

function loadConfig(): AppConfig {
  try {
    return AppConfig.load();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `thamvan failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
