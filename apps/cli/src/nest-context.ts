import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, CoreModule, migrateDatabase } from '@thamvan/core';
import { DraftsModule } from '@thamvan/drafts';
import { IdentityModule } from '@thamvan/identity';
import { SearchIndexingModule } from '@thamvan/search';
import { Logger } from 'nestjs-pino';
import { CliContext } from './cli-context';

/**
 * The feature modules a CLI command may need, without HTTP or GraphQL: the core (no outbox
 * relay, logs to stderr so stdout carries only the JSON result) and the features whose
 * services or demo-seed steps commands use. Later features add their modules here.
 */
@Module({})
class CliAppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CliAppModule,
      imports: [
        CoreModule.forRoot({ config, databaseUrl, relay: { enabled: false }, logDestination: 2 }),
        IdentityModule,
        DraftsModule,
        SearchIndexingModule,
      ],
    };
  }
}

/**
 * Runs `fn` with a Nest application context on the command's database (migrated first,
 * as `npm start` would), and closes it afterwards whatever happens.
 */
export async function withNestContext<T>(
  ctx: CliContext,
  fn: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const db = await ctx.database();
  const applied = await migrateDatabase(db.url);
  if (applied.length) ctx.log(`applied migrations: ${applied.join(', ')}`);
  const app = await NestFactory.createApplicationContext(CliAppModule.forRoot(ctx.config, db.url), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}
