import { Inject, Injectable, Optional } from '@nestjs/common';
import { AsOutboxConsumer, OutboxConsumer, OutboxMessage } from '@thamvan/core';
import { MeiliSearchIndex } from '../meili/meili-search-index';
import { SearchProjection } from '../postgres/search-projection';
import { SEARCH_TOPICS, SearchTopic, touchedIds } from './search-events';

/** The consumer's name in the outbox (pending_consumers), as /health/ready asks for it. */
export const SEARCH_MEILI_CONSUMER = 'search-meili';

export const MEILI_SEARCH_INDEX = Symbol('MEILI_SEARCH_INDEX');

/**
 * Copies changed comments to Meilisearch when MEILI_URL is set. A separate consumer from the
 * projection, so that Meilisearch being down holds back only its own deliveries: the relay
 * retries them with backoff until it returns (or marks them dead, shown by /health/ready).
 */
@Injectable()
@AsOutboxConsumer()
export class SearchMeiliConsumer implements OutboxConsumer<SearchTopic> {
  /** Only where Meilisearch is configured (MEILI_URL). */
  get enabled(): boolean {
    return !!this.meili;
  }

  readonly name = SEARCH_MEILI_CONSUMER;
  readonly lane = 'bulk' as const;
  readonly topics = SEARCH_TOPICS;

  constructor(
    private readonly projection: SearchProjection,
    @Optional() @Inject(MEILI_SEARCH_INDEX) private readonly meili: MeiliSearchIndex | null,
  ) {}

  async handle(events: OutboxMessage<SearchTopic>[]): Promise<void> {
    if (!this.meili) return;
    const { commentIds, userIds, countsOnly } = touchedIds(events);
    const byAuthors = await this.projection.commentIdsOf(userIds);
    await this.meili.sync([...commentIds, ...countsOnly, ...byAuthors]);
  }
}
