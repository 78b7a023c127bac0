import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Stance, StanceCountsObject } from '@thamvan/feedback';
import { Disposition } from '../responses/dto/response.object';
import type { ReportData, ReportEntry } from './report.model';

@ObjectType('Campaign', {
  description: 'Near-identical comments (a form letter), counted once in the report.',
})
export class CampaignObject {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Published comments in the campaign.' })
  size: number;

  @Field({ description: 'The text of its representative (personal data masked).' })
  representativeText: string;

  @Field(() => [String], { description: 'Keys of the provisions its comments were made on.' })
  provisionKeys: string[];

  @Field(() => Date)
  firstAt: Date;

  @Field(() => Date)
  lastAt: Date;
}

@ObjectType('ReportEntry', {
  description: 'One distinct comment of the report; a campaign is one entry with its size.',
})
export class ReportEntryObject {
  @Field(() => ID)
  commentId: string;

  @Field({ description: 'The public text (personal data masked).' })
  text: string;

  @Field(() => String, { nullable: true })
  proposedText: string | null;

  @Field(() => Stance, { nullable: true })
  stance: string | null;

  @Field(() => Int, {
    description:
      '1, or the number of published comments of the campaign posted on this provision (a campaign posted on several articles has an entry under each).',
  })
  size: number;

  @Field(() => Int, { description: 'Distinct senders of those comments (one person counted once).' })
  senderCount: number;

  @Field(() => [String], { description: 'Who sent it: display or organisation names, the first 10.' })
  senders: string[];

  @Field(() => Disposition, { nullable: true })
  disposition: string | null;

  @Field(() => String, { nullable: true })
  explanation: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The provision it was made on, named with its article: "Khoản 2 Điều 22".',
  })
  provisionLabel: string | null;

  @Field({
    description:
      'Withdrawn by its author after the agency answered it: kept in the report, with its text and answer, and marked.',
  })
  withdrawn: boolean;
}

@ObjectType('ProvinceCount')
export class ProvinceCountObject {
  @Field({ description: 'Empty when the senders did not say.' })
  province: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('DayCount')
export class DayCountObject {
  @Field({ description: 'Calendar day in Vietnam (YYYY-MM-DD).' })
  day: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ isAbstract: true })
export abstract class FiguresObject {
  @Field(() => Int)
  commentCount: number;

  @Field(() => Int, { description: 'Comments with each campaign counted once.' })
  distinctCount: number;

  @Field(() => Int)
  participantCount: number;

  @Field(() => Int)
  answeredCount: number;

  @Field(() => StanceCountsObject)
  stanceCounts: StanceCountsObject;

  @Field(() => Int)
  organizationComments: number;

  @Field(() => Int)
  individualComments: number;

  @Field(() => Int)
  organizationParticipants: number;

  @Field(() => Int)
  individualParticipants: number;

  @Field(() => Int, { description: 'Comments by verified accounts.' })
  verifiedComments: number;

  @Field(() => Int, { description: 'Comments that belong to a campaign.' })
  campaignComments: number;

  @Field(() => [ProvinceCountObject], { description: 'Comments per province of their senders, most first.' })
  provinces: ProvinceCountObject[];

  @Field(() => [DayCountObject], { description: 'Comments per calendar day in Vietnam, oldest first.' })
  timeline: DayCountObject[];
}

@ObjectType('ReportTopic', {
  description:
    'A topic of a provision’s comments as the report summarises it: comments making one point in different words (Provision.topics when the report was built).',
})
export class ReportTopicObject {
  @Field({ description: 'Its characteristic phrases joined; "Ý kiến khác" for comments that fit no topic.' })
  label: string;

  @Field(() => [String])
  phrases: string[];

  @Field(() => Int, { description: 'Comments with each campaign counted once.' })
  size: number;

  @Field(() => Int)
  commentCount: number;

  @Field({ description: 'The "Ý kiến khác" bucket: comments that fit no topic (listed last).' })
  other: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The most central comment’s public text; null for "Ý kiến khác" or once it is no longer public.',
  })
  representativeText: string | null;

  @Field(() => StanceCountsObject)
  stanceCounts: StanceCountsObject;
}

@ObjectType('ProvisionReport', {
  description: 'The feedback on one provision (its lineage across versions).',
})
export class ProvisionReportObject extends FiguresObject {
  provisionId: string;

  @Field(() => [ReportTopicObject], {
    description:
      'Its topics, largest first and "Ý kiến khác" last, as last built; empty in versions published before topics existed.',
  })
  topics: ReportTopicObject[];

  @Field(() => [ReportEntryObject], { description: 'Distinct top-level comments, oldest first.' })
  entries: ReportEntryObject[];
}

@ObjectType('FeedbackReport', {
  description:
    'The synthesis of a draft’s feedback (published comments only). Officers of the agency see it live; the public sees the published snapshot.',
})
export class FeedbackReportObject extends FiguresObject {
  @Field(() => ID)
  draftId: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the snapshot was published; null while unpublished.',
  })
  publishedAt: Date | null;

  @Field(() => Date, { description: 'When these figures were computed.' })
  generatedAt: Date;

  @Field(() => Int, {
    nullable: true,
    description:
      'Which published version this is (1, 2, …: see Draft.reportVersions); null for the live report.',
  })
  version: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The publisher’s word on what changed since the previous version; null for the first.',
  })
  note: string | null;

  @Field(() => [CampaignObject])
  campaigns: CampaignObject[];

  @Field(() => [ProvisionReportObject], {
    description: 'Every provision of the current version, in document order.',
  })
  provisions: ProvisionReportObject[];

  @Field(() => [ReportEntryObject], {
    description: 'Comments on the draft as a whole, or on provisions the current version no longer has.',
  })
  general: ReportEntryObject[];
}

/** The JSON report (dates as ISO strings, as frozen in the snapshot) as its GraphQL object. */
export function toReportObject(data: ReportData): FeedbackReportObject {
  // Snapshots published before senderCount and withdrawn existed lack them.
  const entry = (e: ReportEntry): ReportEntryObject => ({
    ...e,
    senderCount: e.senderCount ?? e.size,
    withdrawn: e.withdrawn ?? false,
  });
  return {
    ...data,
    provisions: data.provisions.map((p) => ({ ...p, topics: p.topics ?? [], entries: p.entries.map(entry) })),
    general: data.general.map(entry),
    publishedAt: data.publishedAt ? new Date(data.publishedAt) : null,
    generatedAt: new Date(data.generatedAt),
    version: data.version ?? null,
    note: data.note ?? null,
    campaigns: data.campaigns.map((c) => ({
      ...c,
      firstAt: new Date(c.firstAt),
      lastAt: new Date(c.lastAt),
    })),
  };
}

@ObjectType('ReportVersion', {
  description: 'One published version of a draft’s feedback report (Draft.reportVersions).',
})
export class ReportVersionObject {
  @Field(() => Int)
  version: number;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => String, { nullable: true, description: 'What changed since the previous version.' })
  note: string | null;

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int)
  answeredCount: number;
}
