import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DraftsModule } from '@thamvan/drafts';
import { IdentityModule } from '@thamvan/identity';
import { DEFAULT_MODERATION_OPTIONS, MODERATION_OPTIONS } from '@thamvan/moderation-rules';
import { CommentAccess } from './comments/comment-access';
import { CommentChangesService } from './comments/comment-changes.service';
import { CommentFieldsResolver } from './comments/comment-fields.resolver';
import { CommentLoaders } from './comments/comment.loaders';
import { CommentTargets } from './comments/comment-targets';
import { CommentTargetsRepository } from './comments/comment-targets.repository';
import { CommentsQueryService } from './comments/comments-query.service';
import { CommentsRepository } from './comments/comments.repository';
import { CommentsResolver } from './comments/comments.resolver';
import { CommentsService } from './comments/comments.service';
import { CommentRevisionEntity } from './comments/entities/comment-revision.entity';
import { CommentEntity } from './comments/entities/comment.entity';
import { PostCommentService } from './comments/post-comment.service';
import { CountersModule } from './counters/counters.module';
import { ActivityResolver } from './counters/activity.resolver';
import { ActivityService } from './counters/activity.service';
import { CountersService } from './counters/counters.service';
import { CommentCounterEntity } from './counters/entities/comment-counter.entity';
import { CountedCommentEntity } from './counters/entities/counted-comment.entity';
import { DraftCounterEntity } from './counters/entities/draft-counter.entity';
import { DraftParticipantEntity } from './counters/entities/draft-participant.entity';
import { ProvisionCounterEntity } from './counters/entities/provision-counter.entity';
import { DraftFeedbackResolver } from './counters/draft-feedback.resolver';
import { ProvisionFeedbackResolver } from './counters/provision-feedback.resolver';
import { DEFAULT_FEEDBACK_OPTIONS, FEEDBACK_OPTIONS } from './feedback.options';
import { CommentFlagEntity } from './flags/entities/comment-flag.entity';
import { FlagsResolver } from './flags/flags.resolver';
import { FlagsRepository } from './flags/flags.repository';
import { FlagsService } from './flags/flags.service';
import { FeedbackPersonalData } from './personal-data/feedback-personal-data';
import { CommentReactionEntity } from './reactions/entities/comment-reaction.entity';
import { ReactionsRepository } from './reactions/reactions.repository';
import { ReactionsResolver } from './reactions/reactions.resolver';
import { ReactionsService } from './reactions/reactions.service';
import { FeedbackDemoSeed } from './seed/feedback-demo-seed';

/**
 * Citizen feedback: comments and replies, reactions, flags, edit history, idempotent
 * posting, and the derived counters (CountersModule, also usable alone by a worker).
 *
 * Authorisation before validation, as in identity: resolvers hand raw arguments to one
 * service method, which checks who may call it before it looks at the input.
 */
@Module({
  imports: [
    IdentityModule,
    DraftsModule,
    CountersModule,
    TypeOrmModule.forFeature([
      CommentEntity,
      CommentRevisionEntity,
      CommentReactionEntity,
      CommentFlagEntity,
      CommentCounterEntity,
      ProvisionCounterEntity,
      DraftCounterEntity,
      CountedCommentEntity,
      DraftParticipantEntity,
    ]),
  ],
  providers: [
    { provide: FEEDBACK_OPTIONS, useValue: DEFAULT_FEEDBACK_OPTIONS },
    // Screening and flag thresholds (libs/moderation-rules) apply on feedback's write paths.
    { provide: MODERATION_OPTIONS, useValue: DEFAULT_MODERATION_OPTIONS },
    CommentsRepository,
    CommentTargetsRepository,
    CommentTargets,
    CommentsQueryService,
    CommentLoaders,
    CommentsService,
    CommentAccess,
    PostCommentService,
    CommentChangesService,
    ReactionsRepository,
    ReactionsService,
    FlagsRepository,
    FlagsService,
    CountersService,
    ActivityService,
    FeedbackPersonalData,
    FeedbackDemoSeed,
    CommentsResolver,
    CommentFieldsResolver,
    ReactionsResolver,
    FlagsResolver,
    ProvisionFeedbackResolver,
    DraftFeedbackResolver,
    ActivityResolver,
  ],
  exports: [
    FEEDBACK_OPTIONS,
    MODERATION_OPTIONS,
    PostCommentService,
    // Moderation's demo seed reports comments through the same path as citizens.
    FlagsService,
    CommentsQueryService,
    CommentLoaders,
    CommentAccess,
    // Search hits resolve their comment through the same loaders and visibility rules.
    CommentsService,
  ],
})
export class FeedbackModule {}
