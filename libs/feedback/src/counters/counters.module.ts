import { Module } from '@nestjs/common';
import { CountersConsumer } from './counters.consumer';

/**
 * The counters' outbox consumer on its own (raw SQL only, no entities, so it needs no other
 * feature's tables registered). FeedbackModule imports it; a process that runs the relay
 * without the API (apps/worker) must import it too, or the relay there would mark comment
 * events delivered without counting them.
 */
@Module({ providers: [CountersConsumer] })
export class CountersModule {}
