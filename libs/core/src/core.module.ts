import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { Clock } from './clock/clock';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { MailerModule } from './mailer/mailer.module';
import { OutboxModule } from './outbox/outbox.module';
import { OutboxRelayOptions } from './outbox/outbox-relay';
import { RateLimitBucketEntity } from './rate-limit/entities/rate-limit-bucket.entity';
import { RateLimiter } from './rate-limit/rate-limiter';
import { DemoSeedRegistry } from './seed/demo-seed.registry';

export interface CoreModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Whether this process runs the outbox relay loop. */
  relay: OutboxRelayOptions;
  /** stdout for servers, stderr for the CLI (whose stdout is its JSON result). */
  logDestination?: 1 | 2;
}

/**
 * Everything every process needs: config, logs, database, outbox, audit, mail, clock, the
 * shared rate limiter and the demo-seed registry features plug their steps into.
 */
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggingModule.forRoot(options.config, options.logDestination ?? 1),
        DatabaseModule.forRoot(options.databaseUrl),
        OutboxModule.forRoot(options.relay),
        AuditModule,
        MailerModule,
        TypeOrmModule.forFeature([RateLimitBucketEntity]),
      ],
      providers: [Clock, RateLimiter, DemoSeedRegistry],
      exports: [Clock, RateLimiter, DemoSeedRegistry, ConfigModule, LoggingModule],
    };
  }
}
