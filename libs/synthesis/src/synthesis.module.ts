import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DraftsModule } from '@thamvan/drafts';
import { FeedbackModule } from '@thamvan/feedback';
import { IdentityModule } from '@thamvan/identity';
import { CampaignsModule } from './campaigns/campaigns.module';
import { AnswerMailModule } from './responses/answer-mail.module';
import { FollowMailModule } from './follows/follow-mail.module';
import { FollowsResolver, UserFollowsResolver } from './follows/follows.resolver';
import { FollowsService } from './follows/follows.service';
import { CampaignsService } from './campaigns/campaigns.service';
import { CommentCampaignResolver } from './campaigns/comment-campaign.resolver';
import { PublishedRenderCache } from './exports/published-render-cache';
import { ReportExportController } from './exports/report-export.controller';
import { LiveReportRepository } from './report/live-report.repository';
import { ReportBuilder } from './report/report-builder';
import { DraftReportResolver } from './report/draft-report.resolver';
import { ProvisionReportResolver, ReportResolver } from './report/report.resolver';
import { ReportRepository } from './report/report.repository';
import { ReportService } from './report/report.service';
import { CommentResponseResolver, ResponsesResolver } from './responses/responses.resolver';
import { ResponsesRepository } from './responses/responses.repository';
import { ResponsesService } from './responses/responses.service';
import { SynthesisDemoSeed } from './seed/synthesis-demo-seed';
import { StatisticsRepository } from './statistics/statistics.repository';
import { ProvisionStatisticsResolver, StatisticsResolver } from './statistics/statistics.resolver';
import { StatisticsService } from './statistics/statistics.service';
import { SYNTHESIS_ENTITIES } from './synthesis.entities';
import { TopicLoaders } from './topics/topic.loaders';
import { TopicsRefreshModule } from './topics/topics-refresh.module';
import {
  DraftTopicsResolver,
  OpinionGroupResolver,
  OpinionGroupsResolver,
  ProvisionTopicsResolver,
  TopicResolver,
} from './topics/topics.resolver';
import { TopicsService } from './topics/topics.service';

/**
 * The drafting agency's side of a consultation: answers to comments, campaign (near-duplicate)
 * detection, the public statistics of a consultation (draftStatistics), the report with its Word and CSV exports.
 * CampaignsModule (the outbox consumer) is also imported by the worker on its own.
 */
@Module({
  imports: [
    IdentityModule,
    DraftsModule,
    FeedbackModule,
    CampaignsModule,
    TopicsRefreshModule,
    AnswerMailModule,
    FollowMailModule,
    TypeOrmModule.forFeature(SYNTHESIS_ENTITIES),
  ],
  controllers: [ReportExportController],
  providers: [
    PublishedRenderCache,
    ResponsesRepository,
    ResponsesService,
    CampaignsService,
    CommentCampaignResolver,
    SynthesisDemoSeed,
    LiveReportRepository,
    ReportBuilder,
    ReportRepository,
    ReportService,
    ResponsesResolver,
    CommentResponseResolver,
    ReportResolver,
    ProvisionReportResolver,
    DraftReportResolver,
    StatisticsRepository,
    StatisticsService,
    StatisticsResolver,
    ProvisionStatisticsResolver,
    FollowsService,
    FollowsResolver,
    UserFollowsResolver,
    TopicLoaders,
    TopicsService,
    ProvisionTopicsResolver,
    DraftTopicsResolver,
    TopicResolver,
    OpinionGroupResolver,
    OpinionGroupsResolver,
  ],
  exports: [ResponsesService, ReportService, TopicsRefreshModule],
})
export class SynthesisModule {}
