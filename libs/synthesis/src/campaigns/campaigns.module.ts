import { Module } from '@nestjs/common';
import { AppConfig } from '@thamvan/core';
import { SYNTHESIS_OPTIONS, synthesisOptionsFrom } from '../synthesis.options';
import { CampaignConsumer } from './campaign.consumer';
import { CampaignGrouper } from './campaign-grouper';
import { CampaignsRepository } from './campaigns.repository';

/**
 * Campaign detection on its own (raw SQL, no entities), so a worker that runs the relay
 * without the API can import it: every process running the relay must, or comment events
 * would be marked delivered there without being grouped.
 */
@Module({
  providers: [
    { provide: SYNTHESIS_OPTIONS, useFactory: synthesisOptionsFrom, inject: [AppConfig] },
    CampaignsRepository,
    CampaignGrouper,
    CampaignConsumer,
  ],
  exports: [CampaignGrouper, CampaignsRepository, SYNTHESIS_OPTIONS],
})
export class CampaignsModule {}
