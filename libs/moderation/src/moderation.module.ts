import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DraftsModule } from '@thamvan/drafts';
import { FeedbackModule } from '@thamvan/feedback';
import { ModerationDecisionsRepository } from './decisions/moderation-decisions.repository';
import { ModerationDecisionsService } from './decisions/moderation-decisions.service';
import { ModerationDecisionEntity } from './decisions/entities/moderation-decision.entity';
import { ModerationModeRepository } from './mode/moderation-mode.repository';
import { ModerationModeService } from './mode/moderation-mode.service';
import { ModerationResolver } from './moderation.resolver';
import { CommentModerationResolver } from './queue/comment-moderation.resolver';
import { ModerationLoaders } from './queue/moderation.loaders';
import { ModerationQueueRepository } from './queue/moderation-queue.repository';
import { ModerationQueueService } from './queue/moderation-queue.service';
import { ModerationDemoSeed } from './seed/moderation-demo-seed';

/**
 * Moderation: the queue, decisions and the per-draft mode. Screening itself is pure code
 * (`screening/`) that feedback's post and edit paths call; flags crossing the threshold are
 * handled in feedback's flag transaction with the same `applyDecision` as moderators use.
 */
@Module({
  imports: [DraftsModule, FeedbackModule, TypeOrmModule.forFeature([ModerationDecisionEntity])],
  providers: [
    ModerationQueueRepository,
    ModerationDecisionsRepository,
    ModerationModeRepository,
    ModerationQueueService,
    ModerationDecisionsService,
    ModerationModeService,
    ModerationLoaders,
    ModerationResolver,
    CommentModerationResolver,
    ModerationDemoSeed,
  ],
})
export class ModerationModule {}
