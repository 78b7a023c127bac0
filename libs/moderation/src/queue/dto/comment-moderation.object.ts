import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FlagReason } from '@thamvan/feedback';
import { ModerationActionKind } from '../../decisions/dto/moderation-action.enum';

@ObjectType('ScreeningFinding', {
  description: 'What automatic screening found (never the personal data itself).',
})
export class ScreeningFindingObject {
  @Field({ description: 'PERSONAL_DATA, ABUSIVE_LANGUAGE, LINKS or FLOOD.' })
  rule: string;

  @Field({ description: 'PHONE, EMAIL, NATIONAL_ID, BANK_ACCOUNT; WORD; TOO_MANY, DENIED_DOMAIN; REPEATED.' })
  kind: string;

  @Field(() => Int, { description: 'Occurrences (masked spans, links, earlier near-identical posts).' })
  count: number;

  @Field(() => String, {
    nullable: true,
    description: 'The listed word or the denied domain, when there is one.',
  })
  detail: string | null;
}

@ObjectType('FlagReasonCount', { description: 'How many people reported a comment for one reason.' })
export class FlagReasonCountObject {
  @Field(() => FlagReason)
  reason: FlagReason;

  @Field(() => Int)
  count: number;
}

@ObjectType('ModerationDecision', { description: 'One decision in a comment’s moderation history.' })
export class ModerationDecisionObject {
  @Field(() => ModerationActionKind)
  action: ModerationActionKind;

  @Field()
  reason: string;

  @Field({ description: 'Status before the decision.' })
  fromStatus: string;

  @Field({ description: 'Status after the decision.' })
  toStatus: string;

  @Field()
  decidedAt: Date;

  @Field({ description: 'True for the automatic hide when reports reached the threshold.' })
  automatic: boolean;
}

@ObjectType('CommentModeration', { description: 'What a moderator needs to decide on a comment.' })
export class CommentModerationObject {
  @Field(() => Date, { nullable: true, description: 'When it entered the queue; null when not waiting.' })
  queuedAt: Date | null;

  @Field(() => [ScreeningFindingObject], {
    description: 'Findings of automatic screening at the last post or edit.',
  })
  screeningFindings: ScreeningFindingObject[];

  @Field(() => String, {
    nullable: true,
    description: 'The text the public reads, with personal data masked; null when nothing was masked.',
  })
  publishedBody: string | null;

  @Field(() => Int, { description: 'Distinct people who reported it since its last review.' })
  flagCount: number;

  @Field(() => [FlagReasonCountObject], { description: 'Their reasons, most frequent first.' })
  flagReasons: FlagReasonCountObject[];

  @Field(() => [String], { description: 'Their notes, oldest first.' })
  flagNotes: string[];

  @Field(() => Int, { description: 'Comments and replies its author has written, in any status.' })
  authorCommentCount: number;

  @Field(() => Int, { description: 'Of those, how many are HIDDEN now.' })
  authorHiddenCount: number;

  @Field(() => [ModerationDecisionObject], {
    description: 'Earlier decisions on this comment, oldest first.',
  })
  decisions: ModerationDecisionObject[];
}
