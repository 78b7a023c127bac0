import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LiveModule } from '@thamvan/live';
import { SearchIndexingModule } from '@thamvan/search';
import { HealthController } from './health.controller';

@Module({
  imports: [
    TerminusModule.forRoot({ logger: false, gracefulShutdownTimeoutMs: 0 }),
    LiveModule,
    SearchIndexingModule,
  ],
  controllers: [HealthController],
})
export class HealthModule {}
