import { Injectable } from '@nestjs/common';
import { ProvisionsService } from '@thamvan/drafts';
import { SearchFilters } from './search-query';

/**
 * The filters that need the database to be read as people write them, shared by
 * searchComments and the exports: a provision named by its last key segments or its label
 * ("dieu-21", "Điều 21") is resolved, within the draft, to the key the index holds.
 */
@Injectable()
export class SearchFilterLookup {
  constructor(private readonly provisions: ProvisionsService) {}

  async resolve(filters: SearchFilters): Promise<SearchFilters> {
    if (!filters.draftId || !filters.provisionKey) return filters;
    return {
      ...filters,
      provisionKey: await this.provisions.resolveKey(filters.draftId, filters.provisionKey),
    };
  }
}
