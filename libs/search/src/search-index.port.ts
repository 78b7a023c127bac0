import { SearchPage, SearchQuery } from './search-query';

export interface SearchIndexHealth {
  adapter: 'postgres' | 'meilisearch';
  state: 'up' | 'down';
  /** Documents in the index, when cheap to know. */
  documents?: number;
  /** False when `documents` is a lower bound or an estimate (a very large index). */
  documentsExact?: boolean;
  error?: string;
}

export interface RebuildReport {
  adapter: 'postgres' | 'meilisearch';
  documents: number;
  tookMs: number;
}

/**
 * Where comment search happens. Both adapters answer the same queries with the same
 * semantics and pass one contract suite (test/search/search-contract.ts). Documents are the
 * rows of the PostgreSQL projection `comment_search` (see SearchProjection), so an adapter
 * only has to copy them (`sync`) and to query them.
 */
export interface SearchIndex {
  readonly adapter: 'postgres' | 'meilisearch';
  search(query: SearchQuery): Promise<SearchPage>;
  /** Brings these comments' documents up to date with the projection (upsert or delete). */
  sync(commentIds: readonly string[]): Promise<void>;
  /** Rebuilds the whole index beside the live one, then swaps: no downtime. */
  rebuild(): Promise<RebuildReport>;
  health(): Promise<SearchIndexHealth>;
}

export const SEARCH_INDEX = Symbol('SEARCH_INDEX');
