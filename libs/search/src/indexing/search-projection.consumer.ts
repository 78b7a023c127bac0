import { Injectable } from '@nestjs/common';
import { AsOutboxConsumer, OutboxConsumer, OutboxMessage } from '@thamvan/core';
import { SearchProjection } from '../postgres/search-projection';
import { SEARCH_TOPICS, SearchTopic, touchedIds } from './search-events';

/** The consumer's name in the outbox (pending_consumers), as /health/ready asks for it. */
export const SEARCH_PROJECTION_CONSUMER = 'search-projection';

/**
 * Keeps `comment_search` (the PostgreSQL index, and the source of exports) in step with the
 * comments: each batch re-projects the touched comments from their current rows, so
 * redelivery and reordering are harmless. It runs after commit, never on the request path:
 * posting does not wait for it, and a failure only leaves events pending in the outbox.
 */
@Injectable()
@AsOutboxConsumer()
export class SearchProjectionConsumer implements OutboxConsumer<SearchTopic> {
  readonly name = SEARCH_PROJECTION_CONSUMER;
  // Indexing is the heaviest work per comment: it must not hold back live events and counters.
  readonly lane = 'bulk' as const;
  readonly topics = SEARCH_TOPICS;

  constructor(private readonly projection: SearchProjection) {}

  async handle(events: OutboxMessage<SearchTopic>[]): Promise<void> {
    const { commentIds, userIds, countsOnly } = touchedIds(events);
    await this.projection.upsert(commentIds);
    await this.projection.updateCounts(countsOnly);
    await this.projection.upsertAuthors(userIds);
  }
}
