import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum Disposition {
  ACCEPTED = 'ACCEPTED',
  PARTIALLY_ACCEPTED = 'PARTIALLY_ACCEPTED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  EXPLAINED = 'EXPLAINED',
}

registerEnumType(Disposition, {
  name: 'Disposition',
  description:
    'How the drafting agency received a comment: accepted (tiếp thu), partially accepted, not accepted, or explained (giải trình).',
});

@ObjectType('AgencyResponseRevision', { description: 'One version of a response, the first included.' })
export class AgencyResponseRevisionObject {
  @Field(() => Int, { description: '1 for the original answer, then one more per edit.' })
  number: number;

  @Field(() => Disposition)
  disposition: Disposition;

  @Field()
  explanation: string;

  @Field(() => Int, { description: 'How many comments the response covered once this version was written.' })
  commentCount: number;

  @Field(() => Date)
  writtenAt: Date;
}

@ObjectType('AgencyResponse', {
  description: 'The drafting agency’s answer to one or more comments; public as soon as it is recorded.',
})
export class AgencyResponseObject {
  @Field(() => ID)
  id: string;

  @Field(() => Disposition)
  disposition: Disposition;

  @Field()
  explanation: string;

  @Field(() => Date, { description: 'When it was first recorded.' })
  respondedAt: Date;

  @Field(() => Date, { description: 'When it was last changed (respondedAt if never edited).' })
  updatedAt: Date;

  @Field(() => Int, { description: 'How many comments it answers now.' })
  commentCount: number;

  draftId: string;
  agencyId: string;
}

@InputType({
  description: 'An answer to a comment; alsoFor answers more comments of the same draft at once.',
})
export class ResponseInput {
  @Field(() => Disposition)
  disposition: Disposition;

  @Field({ description: '1–10,000 characters after trimming.' })
  explanation: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Other comments of the same draft this answer covers (up to 1,000). A comment already answered is moved to this response.',
  })
  alsoFor?: string[] | null;
}

@InputType({
  description: 'A change to a response: every field is optional; each edit is kept as a revision.',
})
export class EditResponseInput {
  @Field(() => Disposition, { nullable: true })
  disposition?: Disposition | null;

  @Field(() => String, { nullable: true, description: '1–10,000 characters after trimming.' })
  explanation?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'More comments of the same draft this response now covers.',
  })
  alsoFor?: string[] | null;
}
