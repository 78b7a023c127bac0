import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConsultationStatus } from '@thamvan/drafts';
import { StanceCountsObject } from '@thamvan/feedback';
import { ProvinceCountObject } from '../report/report.objects';
import { Disposition } from '../responses/dto/response.object';

@ObjectType('DayStatistics', { description: 'One calendar day of a consultation in Vietnam.' })
export class DayStatisticsObject {
  @Field({ description: 'Calendar day in Vietnam (YYYY-MM-DD).' })
  day: string;

  @Field(() => Int, { description: 'Published comments and replies posted that day.' })
  comments: number;

  @Field(() => Int, { description: 'Distinct people who posted that day.' })
  participants: number;

  @Field(() => Int, { description: 'People whose first comment on the draft was that day.' })
  newParticipants: number;
}

@ObjectType('DispositionCount', { description: 'How many answered comments got one disposition.' })
export class DispositionCountObject {
  @Field(() => Disposition)
  disposition: Disposition;

  @Field(() => Int)
  count: number;
}

@ObjectType('ProvisionStatistics', {
  description:
    'The comments on an article: on it, on everything under it, and on the same article in earlier versions.',
})
export class ProvisionStatisticsObject {
  provisionId: string;

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int, { description: 'Distinct people who commented.' })
  participantCount: number;

  @Field(() => Int, { description: 'Comments the agency answered.' })
  answeredCount: number;

  @Field(() => StanceCountsObject)
  stanceCounts: StanceCountsObject;
}

@ObjectType('DraftStatistics', {
  description:
    'The public figures of a consultation, open or closed: published comments and replies only, counted as the feedback report counts them; refreshed at most every 15 seconds.',
})
export class DraftStatisticsObject {
  @Field(() => ID)
  draftId: string;

  @Field(() => Date, { description: 'When these figures were computed.' })
  generatedAt: Date;

  @Field(() => ConsultationStatus)
  status: ConsultationStatus;

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int)
  participantCount: number;

  @Field(() => Int)
  individualComments: number;

  @Field(() => Int)
  organizationComments: number;

  @Field(() => Int)
  individualParticipants: number;

  @Field(() => Int)
  organizationParticipants: number;

  @Field(() => Int, { description: 'Comments by verified accounts.' })
  verifiedComments: number;

  @Field(() => Int, { description: 'Comments the agency answered.' })
  answeredCount: number;

  @Field(() => Int, { description: 'Comments on the draft as a whole (no provision).' })
  generalComments: number;

  @Field(() => StanceCountsObject)
  stanceCounts: StanceCountsObject;

  @Field(() => [DispositionCountObject], {
    description: 'Answered comments per disposition, every disposition listed (0 when none).',
  })
  dispositionCounts: DispositionCountObject[];

  @Field(() => [ProvinceCountObject], { description: 'Comments per province of their senders, most first.' })
  provinces: ProvinceCountObject[];

  @Field(() => [DayStatisticsObject], {
    description: 'Per calendar day in Vietnam, oldest first; days without comments left out.',
  })
  timeline: DayStatisticsObject[];

  @Field(() => [ProvisionStatisticsObject], {
    description:
      'Articles of the current version with comments, most commented first (comments on clauses and points count for their article).',
  })
  articles: ProvisionStatisticsObject[];
}
