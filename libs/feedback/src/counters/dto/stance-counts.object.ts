import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StanceCounts', { description: 'Published comments by stance.' })
export class StanceCountsObject {
  @Field(() => Int, { description: 'Comments that support the provision.' })
  support: number;

  @Field(() => Int, { description: 'Comments that oppose it.' })
  oppose: number;

  @Field(() => Int, { description: 'Comments that propose an amendment.' })
  amend: number;

  @Field(() => Int, { description: 'Questions.' })
  question: number;

  @Field(() => Int, { description: 'Neutral comments.' })
  neutral: number;
}
