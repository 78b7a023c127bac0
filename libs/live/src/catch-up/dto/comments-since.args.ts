import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class CommentsSinceArgs {
  @Field(() => ID, { description: 'The draft followed live.' })
  draftId: string;

  @Field(() => String, {
    description: 'The `seq` of the last live event received (a decimal outbox sequence number).',
  })
  seq: string;

  @Field(() => Int, { defaultValue: 100, description: 'Page size; capped at 100.' })
  first: number = 100;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item already read.' })
  after?: string | null;
}
