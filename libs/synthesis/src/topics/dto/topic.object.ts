import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StanceCountsObject } from '@thamvan/feedback';

@ObjectType('Topic', {
  description:
    'A point people make in different words: published top-level comments of one provision (every version) or of the draft as a whole, grouped by what they say. The last topic of a list may be "Ý kiến khác" (isOther): comments that fit no topic, never forced into one. Rebuilt shortly after comments change; the same for every viewer.',
})
export class TopicObject {
  @Field(() => ID, {
    description:
      'Stable while the topic keeps most of its comments across rebuilds; searchComments(topicId) and /api/exports?topicId= list its comments.',
  })
  id: string;

  @Field({
    description: 'Its first characteristic phrases joined by ", "; "Ý kiến khác" for the other comments.',
  })
  label: string;

  @Field(() => [String], {
    description: 'Up to 8 characteristic phrases, most characteristic first (empty for "Ý kiến khác").',
  })
  phrases: string[];

  @Field(() => Int, { description: 'Comments in it, each campaign of near-identical comments counted once.' })
  size: number;

  @Field(() => Int, { description: 'Comments in it, every copy of a campaign counted.' })
  commentCount: number;

  @Field({ description: 'True for "Ý kiến khác": the comments that fit no topic (always last).' })
  isOther: boolean;

  @Field(() => StanceCountsObject, { description: 'Its comments by stance, each campaign counted once.' })
  stanceCounts: StanceCountsObject;

  /** Read by resolved fields; not part of the schema. */
  representativeId: string;
}

export enum OpinionGroupsStatus {
  READY = 'READY',
  TOO_FEW_PEOPLE = 'TOO_FEW_PEOPLE',
  TOO_FEW_COMMENTS = 'TOO_FEW_COMMENTS',
  NO_CLEAR_GROUPS = 'NO_CLEAR_GROUPS',
}

registerEnumType(OpinionGroupsStatus, {
  name: 'OpinionGroupsStatus',
  description: 'Whether the reactions show opinion groups, and if not, why not.',
  valuesMap: {
    READY: { description: 'Groups found: groups and consensus are filled.' },
    TOO_FEW_PEOPLE: { description: 'Too few people reacted to enough comments (10 are needed); no groups.' },
    TOO_FEW_COMMENTS: { description: 'Too few comments have 3 reactions or more (3 are needed); no groups.' },
    NO_CLEAR_GROUPS: {
      description: 'Enough reactions, but they look like noise: no groups are invented from them.',
    },
  },
});

@ObjectType('OpinionGroup', {
  description: 'People who react alike (agree and disagree with the same comments).',
})
export class OpinionGroupObject {
  @Field(() => ID, { description: '"group-1" for the largest, then "group-2"…, within one computation.' })
  id: string;

  @Field(() => Int, { description: 'People in the group.' })
  size: number;

  /** Read by topComments; not part of the schema. */
  topCommentIds: string[];
}

@ObjectType('OpinionGroups', {
  description:
    'Polis-style opinion groups of a draft from its agree/disagree reactions, recomputed shortly after reactions change. With too few reactions status says so and groups and consensus are empty.',
})
export class OpinionGroupsObject {
  @Field(() => OpinionGroupsStatus)
  status: OpinionGroupsStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why there are no groups (English, for people); null when READY.',
  })
  reason: string | null;

  @Field(() => Int, { description: 'People counted (each reacted to at least 2 of the counted comments).' })
  people: number;

  @Field(() => Int, { description: 'Comments counted (each with at least 3 reactions).' })
  comments: number;

  @Field(() => [OpinionGroupObject], { description: '2–5 groups, largest first; empty unless READY.' })
  groups: OpinionGroupObject[];

  @Field(() => Date, { nullable: true, description: 'When they were computed; null before any reaction.' })
  builtAt: Date | null;

  /** Read by consensus; not part of the schema. */
  consensusIds: string[];
}
