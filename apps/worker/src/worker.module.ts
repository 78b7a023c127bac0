import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@thamvan/core';
import { CountersModule } from '@thamvan/feedback';
import { LiveWorkerModule } from '@thamvan/live';
import { SearchIndexingModule } from '@thamvan/search';
import { AnswerMailModule, CampaignsModule, FollowMailModule, TopicsRefreshModule } from '@thamvan/synthesis';

/**
 * The worker process: no HTTP listener, only the outbox relay and the consumers feature
 * modules plug into it (search indexing, live fan-out through the Redis Streams adapter,
 * report jobs). Production runs it beside one or more API processes started with OUTBOX_RELAY=off.
 */
@Module({})
export class WorkerModule {
  static forRoot(options: { config: AppConfig; databaseUrl: string }): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({
          config: options.config,
          databaseUrl: options.databaseUrl,
          relay: { enabled: true },
        }),
        // Every consumer the relay feeds must be registered here too: the worker runs the relay.
        CountersModule,
        LiveWorkerModule,
        SearchIndexingModule,
        CampaignsModule,
        TopicsRefreshModule,
        AnswerMailModule,
        FollowMailModule,
      ],
    };
  }
}
