import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxConsumerDiscovery } from './outbox-consumer.decorator';
import { OutboxEventEntity } from './entities/outbox-event.entity';
import { OutboxConsumerRegistry } from './outbox-consumer.registry';
import { OUTBOX_RELAY_OPTIONS, OutboxRelay, OutboxRelayOptions } from './outbox-relay';
import { OutboxStatsService } from './outbox-stats.service';
import { OutboxService } from './outbox.service';

@Global()
@Module({})
export class OutboxModule {
  static forRoot(options: OutboxRelayOptions): DynamicModule {
    return {
      module: OutboxModule,
      imports: [DiscoveryModule, TypeOrmModule.forFeature([OutboxEventEntity])],
      providers: [
        { provide: OUTBOX_RELAY_OPTIONS, useValue: options },
        OutboxService,
        OutboxConsumerRegistry,
        OutboxConsumerDiscovery,
        OutboxRelay,
        OutboxStatsService,
      ],
      exports: [OUTBOX_RELAY_OPTIONS, OutboxService, OutboxConsumerRegistry, OutboxRelay, OutboxStatsService],
    };
  }
}
