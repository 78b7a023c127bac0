import { Module } from '@nestjs/common';
import { CountersConsumer } from './counters.consumer';
import { CountersRepository } from './counters.repository';

/**
 * The counters' outbox consumer and repository on their own (raw SQL only, no entities, so it
 * needs no other feature's tables registered); FeedbackModule's counter readers use the
 * repository it exports. FeedbackModule imports it; a process that runs the relay
 * without the API (apps/worker) must import it too, or the relay there would mark comment
 * events delivered without counting them.
 */
@Module({ providers: [CountersRepository, CountersConsumer], exports: [CountersRepository] })
export class CountersModule {}
