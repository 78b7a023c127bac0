import { Inject, Injectable } from '@nestjs/common';
import { GraphqlContext, Viewer } from '@thamvan/core';
import { CommentsService, CommentStatus } from '@thamvan/feedback';
import { SearchFilterLookup } from '../search-filter-lookup';
import { SEARCH_INDEX, SearchIndex } from '../search-index.port';
import { audienceOf, toSearchQuery } from '../search-input';
import { CommentSearchInput } from './dto/comment-search.input';
import { CommentHitObject, CommentSearchResultObject } from './dto/comment-search.result';
import { SearchCorrectionKind, SearchFacet, SearchField } from './dto/search.enums';

/**
 * searchComments: anyone may search; what they find depends on who they are (audienceOf).
 * Hits carry the comment as the feedback loaders resolve it for this viewer (one batched
 * query for the page), so its fields follow the same visibility rules as everywhere else.
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    private readonly comments: CommentsService,
    private readonly lookup: SearchFilterLookup,
  ) {}

  async search(
    ctx: GraphqlContext,
    viewer: Viewer | null,
    input: CommentSearchInput,
  ): Promise<CommentSearchResultObject> {
    const parsed = toSearchQuery(input, audienceOf(viewer));
    const query = { ...parsed, filters: await this.lookup.resolve(parsed.filters) };
    const page = await this.index.search(query);
    const comments = await Promise.all(
      page.hits.map((hit) => this.comments.findVisible(ctx, viewer, hit.commentId)),
    );
    const hits: CommentHitObject[] = [];
    page.hits.forEach((hit, i) => {
      const comment = comments[i];
      // Gone since it was indexed (the index lags by the outbox delay): left out.
      if (!comment) return;
      hits.push({
        comment,
        // Snippets only of text the viewer may read (a HIDDEN text is for moderators).
        highlights: comment.visible ? hit.highlights : [],
        matchedIn: hit.matchedIn as SearchField[],
        // The comment's current status: the index's copy may lag by the outbox delay.
        restricted: comment.status !== CommentStatus.PUBLISHED,
      });
    });
    return {
      totalCount: page.totalCount,
      totalIsExact: page.totalIsExact,
      hits,
      facets: page.facets.map((f) => ({ field: f.field as SearchFacet, values: f.values })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      corrections: page.corrections.map((c) => ({ ...c, kind: c.kind as SearchCorrectionKind })),
    };
  }
}
