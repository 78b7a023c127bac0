import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, Viewer } from '@thamvan/core';
import { CommentSearchInput } from './dto/comment-search.input';
import { CommentSearchResultObject } from './dto/comment-search.result';
import { SearchService } from './search.service';

@Resolver(() => CommentSearchResultObject)
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => CommentSearchResultObject, {
    description:
      'Full-text search over comments, diacritics-insensitive, with filters, facets and keyset pages. The public finds PUBLISHED comments; moderators and the agency’s officers also PENDING and HIDDEN ones (hit.restricted).',
  })
  searchComments(
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
    @Args('input') input: CommentSearchInput,
  ): Promise<CommentSearchResultObject> {
    return this.search.search(ctx, viewer, input);
  }
}
