import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError, installShutdown, migrateDatabase, resolveDatabase } from '@thamvan/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** `npm run start:worker`: the outbox relay alone (production: beside API processes). */
export async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = AppConfig.load();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const say = (line: string) => process.stderr.write(`[thamvan-worker] ${line}\n`);
  const starting = resolveDatabase(config, say);
  const running: { app?: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> } = {};
  const shutdown = installShutdown({
    close: async () => {
      await running.app?.close();
    },
    finally: async () => {
      const db = await starting.catch(() => undefined);
      await db?.embedded?.stop();
    },
    log: say,
  });
  const database = await starting;
  database.embedded?.watch({ log: say, gaveUp: (reason) => void shutdown(reason, 1) });
  // Safe beside API processes doing the same: migrations take an advisory lock.
  await migrateDatabase(database.url);
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({ config, databaseUrl: database.url }),
    { bufferLogs: true, abortOnError: false },
  );
  running.app = app;
  app.useLogger(app.get(Logger));
  await app.init();
  say('outbox relay running');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `thamvan worker failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
