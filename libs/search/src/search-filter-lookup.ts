import { Inject, Injectable } from '@nestjs/common';
import { ProvisionsService } from '@thamvan/drafts';
import { TopicsRepository } from '@thamvan/synthesis';
import { SEARCH_INDEX, SearchIndex } from './search-index.port';
import { SearchFilters } from './search-query';

/**
 * The filters that need the database to be read as people write them, shared by
 * searchComments and the exports: a provision named by its last key segments or its label
 * ("dieu-21", "Điều 21") is resolved, within the draft, to the key the index holds; a topic,
 * for Meilisearch (whose documents do not carry topics), to its comment ids. PostgreSQL (the
 * default adapter, and the exports) reads the topic's members in its own query.
 */
@Injectable()
export class SearchFilterLookup {
  constructor(
    private readonly provisions: ProvisionsService,
    private readonly topics: TopicsRepository,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
  ) {}

  async resolve(filters: SearchFilters): Promise<SearchFilters> {
    let resolved = filters;
    if (filters.draftId && filters.provisionKey) {
      resolved = {
        ...resolved,
        provisionKey: await this.provisions.resolveKey(filters.draftId, filters.provisionKey),
      };
    }
    if (filters.topicId && this.index.adapter === 'meilisearch') {
      resolved = { ...resolved, topicCommentIds: await this.topics.memberIds(filters.topicId) };
    }
    return resolved;
  }
}
