import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { TopicsRefreshConsumer } from './topics-refresh.consumer';
import { TopicsRefresher } from './topics-refresher';
import { TopicsSweep } from './topics-sweep';
import { TopicsRepository } from './topics.repository';

/**
 * Topics and opinion groups kept current by the outbox's bulk lane (raw SQL, no entities), so
 * a worker running the relay without the API imports it as it does CampaignsModule: every
 * process running the relay must, or their events would be delivered there to nobody.
 */
@Module({
  imports: [CampaignsModule],
  providers: [TopicsRepository, TopicsRefresher, TopicsRefreshConsumer, TopicsSweep],
  exports: [TopicsRepository],
})
export class TopicsRefreshModule {}
