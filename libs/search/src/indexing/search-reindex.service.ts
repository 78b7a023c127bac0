import { Inject, Injectable } from '@nestjs/common';
import { MeiliSearchIndex } from '../meili/meili-search-index';
import { SearchProjection } from '../postgres/search-projection';
import { RebuildReport, SearchIndex } from '../search-index.port';
import { MEILI_SEARCH_INDEX } from './search-meili.consumer';

export interface ReindexReport {
  /** The adapter answering searches. */
  adapter: SearchIndex['adapter'];
  postgres: RebuildReport;
  meilisearch?: RebuildReport;
}

/**
 * `reindex` (the CLI's command): what to rebuild is decided here, from what is configured,
 * not by the caller reading the adapter's name. The projection always (exports, the
 * PostgreSQL adapter and the typo vocabulary read it; Meilisearch copies its rows), then the
 * Meilisearch index when one is configured, from the projection just rebuilt. Each is built
 * beside the live one and swapped in: no downtime.
 */
@Injectable()
export class SearchReindexService {
  constructor(
    private readonly projection: SearchProjection,
    @Inject(MEILI_SEARCH_INDEX) private readonly meili: MeiliSearchIndex | null,
  ) {}

  async reindex(): Promise<ReindexReport> {
    const postgres = await this.projection.rebuild();
    if (!this.meili) return { adapter: 'postgres', postgres };
    return { adapter: 'meilisearch', postgres, meilisearch: await this.meili.rebuild() };
  }
}
