import { CampaignMemberEntity } from './campaigns/entities/campaign-member.entity';
import { CampaignEntity } from './campaigns/entities/campaign.entity';
import { CommentLshBandEntity } from './campaigns/entities/comment-lsh-band.entity';
import { CommentSignatureEntity } from './campaigns/entities/comment-signature.entity';
import { FeedbackReportEntity, FeedbackReportVersionEntity } from './report/entities/feedback-report.entity';
import { AgencyResponseRevisionEntity } from './responses/entities/agency-response-revision.entity';
import { AgencyResponseEntity } from './responses/entities/agency-response.entity';
import { CommentResponseEntity } from './responses/entities/comment-response.entity';
import { OpinionGroupsEntity } from './topics/entities/opinion-groups.entity';
import { TopicMemberEntity } from './topics/entities/topic-member.entity';
import { TopicRefreshEntity } from './topics/entities/topic-refresh.entity';
import { TopicEntity } from './topics/entities/topic.entity';

export const SYNTHESIS_ENTITIES = [
  AgencyResponseEntity,
  AgencyResponseRevisionEntity,
  CommentResponseEntity,
  CampaignEntity,
  CampaignMemberEntity,
  CommentSignatureEntity,
  CommentLshBandEntity,
  FeedbackReportEntity,
  FeedbackReportVersionEntity,
  TopicEntity,
  TopicMemberEntity,
  TopicRefreshEntity,
  OpinionGroupsEntity,
];
