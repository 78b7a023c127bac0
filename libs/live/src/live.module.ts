import { Module } from '@nestjs/common';
import { DraftsModule } from '@thamvan/drafts';
import { IdentityModule } from '@thamvan/identity';
import { LiveGateway } from './live.gateway';
import { LiveOutboxConsumer } from './live-outbox.consumer';
import { LiveRedis } from './live-redis';
import { LiveServer } from './live-server';
import { LiveWorkerNode } from './live-worker-node';

/** API processes: the /live gateway (set LiveIoAdapter on the app) plus the relay consumer. */
@Module({
  imports: [IdentityModule, DraftsModule],
  providers: [LiveServer, LiveRedis, LiveOutboxConsumer, LiveGateway],
  exports: [LiveServer, LiveRedis],
})
export class LiveModule {}

/** The worker: the relay consumer emitting through a listener-less socket.io node on Redis. */
@Module({
  providers: [LiveServer, LiveRedis, LiveOutboxConsumer, LiveWorkerNode],
  exports: [LiveServer, LiveRedis],
})
export class LiveWorkerModule {}
