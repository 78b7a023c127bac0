// Every migration, in order. `npm run migration:generate -- Name` writes the file and adds
// it here; a migration is never edited once landed.
import { Foundation1795343056439 } from './1795343056439-Foundation';
import { Identity1795345351381 } from './1795345351381-Identity';
import { Drafts1795345784099 } from './1795345784099-Drafts';
import { Feedback1795347215097 } from './1795347215097-Feedback';
import { Synthesis1795352288978 } from './1795352288978-Synthesis';
import { Moderation1795352302942 } from './1795352302942-Moderation';
import { Search1795352590693 } from './1795352590693-Search';
import { RelayLanes1795362577676 } from './1795362577676-RelayLanes';
import { IncrementalCounters1795363161393 } from './1795363161393-IncrementalCounters';
import { FasterFold1795364000000 } from './1795364000000-FasterFold';
import { CampaignRepresentativesFirst1795365934158 } from './1795365934158-CampaignRepresentativesFirst';
import { PackedSignatures1795370000000 } from './1795370000000-PackedSignatures';
import { PromptRetries1795370100000 } from './1795370100000-PromptRetries';
import { DraftStanceCounts1795380000000 } from './1795380000000-DraftStanceCounts';
import { CommentCreatedIndex1795380100000 } from './1795380100000-CommentCreatedIndex';
import { ResponsesSuperseded1796411880368 } from './1796411880368-ResponsesSuperseded';
import { DraftPendingIndex1796424789958 } from './1796424789958-DraftPendingIndex';
import { ProvisionFullLabel1796500000000 } from './1796500000000-ProvisionFullLabel';
import { ModerationReasonCode1796500100000 } from './1796500100000-ModerationReasonCode';
import { AnswerMail1796500200000 } from './1796500200000-AnswerMail';
import { SearchFieldWeights1796600300000 } from './1796600300000-SearchFieldWeights';
import { ReportVersions1796700000000 } from './1796700000000-ReportVersions';
import { ConsultationChanges1796700100000 } from './1796700100000-ConsultationChanges';
import { DraftFollows1796700200000 } from './1796700200000-DraftFollows';
import { SearchFillfactor1796800000000 } from './1796800000000-SearchFillfactor';
import { Topics1796800100000 } from './1796800100000-Topics';
import { TopicsBuildOrder1796800200000 } from './1796800200000-TopicsBuildOrder';

export const MIGRATIONS = [
  Foundation1795343056439,
  Identity1795345351381,
  Drafts1795345784099,
  Feedback1795347215097,
  Synthesis1795352288978,
  Moderation1795352302942,
  Search1795352590693,
  RelayLanes1795362577676,
  IncrementalCounters1795363161393,
  FasterFold1795364000000,
  CampaignRepresentativesFirst1795365934158,
  PackedSignatures1795370000000,
  PromptRetries1795370100000,
  DraftStanceCounts1795380000000,
  CommentCreatedIndex1795380100000,
  ResponsesSuperseded1796411880368,
  DraftPendingIndex1796424789958,
  ProvisionFullLabel1796500000000,
  ModerationReasonCode1796500100000,
  AnswerMail1796500200000,
  SearchFieldWeights1796600300000,
  ReportVersions1796700000000,
  ConsultationChanges1796700100000,
  DraftFollows1796700200000,
  SearchFillfactor1796800000000,
  Topics1796800100000,
  TopicsBuildOrder1796800200000,
];
