import { ArgsType, Field } from '@nestjs/graphql';
import { PaginationArgs } from '@thamvan/core';
import { CommentOrder } from './comment.enums';

@ArgsType()
export class ProvisionCommentsArgs extends PaginationArgs {
  @Field(() => CommentOrder, {
    nullable: true,
    defaultValue: CommentOrder.NEWEST,
    description: 'Sort order.',
  })
  orderBy?: CommentOrder | null = CommentOrder.NEWEST;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      'Also list comments made on the matching provision of earlier versions (each with its versionNumber).',
  })
  includeEarlierVersions?: boolean | null = true;
}

@ArgsType()
export class CommentListArgs extends PaginationArgs {
  @Field(() => CommentOrder, {
    nullable: true,
    defaultValue: CommentOrder.NEWEST,
    description: 'Sort order.',
  })
  orderBy?: CommentOrder | null = CommentOrder.NEWEST;
}

@ArgsType()
export class RepliesArgs extends PaginationArgs {
  @Field(() => CommentOrder, {
    nullable: true,
    defaultValue: CommentOrder.OLDEST,
    description: 'Sort order; conversation order by default.',
  })
  orderBy?: CommentOrder | null = CommentOrder.OLDEST;
}
