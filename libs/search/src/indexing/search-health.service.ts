import { Inject, Injectable } from '@nestjs/common';
import type { OutboxBacklog } from '@thamvan/core';
import { SEARCH_INDEX, SearchIndex, SearchIndexHealth } from '../search-index.port';
import { SEARCH_MEILI_CONSUMER } from './search-meili.consumer';
import { SEARCH_PROJECTION_CONSUMER } from './search-projection.consumer';

export interface SearchHealth extends SearchIndexHealth {
  /** Search events not yet indexed (counted up to 10,000). */
  pending: number;
  /** Seconds since the oldest of them was written; 0 when none wait. */
  lagSeconds: number;
  /** Search events given up on after the relay's last attempt. */
  dead: number;
}

/** For /health/ready: the index's state, and what of the outbox backlog waits for indexing. */
@Injectable()
export class SearchHealthService {
  constructor(@Inject(SEARCH_INDEX) private readonly index: SearchIndex) {}

  /** `backlog`: the outbox as read once for the whole check (OutboxStatsService.backlog). */
  async check(backlog: Promise<OutboxBacklog>): Promise<SearchHealth> {
    const [waiting, state] = await Promise.all([backlog, this.index.health()]);
    return { ...state, ...waiting.of([SEARCH_PROJECTION_CONSUMER, SEARCH_MEILI_CONSUMER]) };
  }
}
