import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'True when another page follows this one.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size; capped at 100.' })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item already read.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the `XxxConnection` / `XxxEdge` object types for a node type, named after it
 * (`Comment` → `CommentConnection`, `CommentEdge`), as the contract names them.
 */
export function ConnectionType<T>(nodeType: Type<T>, name = nodeType.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, not just this page.' })
    totalCount: number;
  }
  return ConnectionClass;
}
