import { ArgsType, Field } from '@nestjs/graphql';
import { PaginationArgs } from '@thamvan/core';

@ArgsType()
export class UsersArgs extends PaginationArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only the account with this e-mail address (any case).',
  })
  email?: string | null;
}
