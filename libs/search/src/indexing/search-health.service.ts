import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEARCH_INDEX, SearchIndex, SearchIndexHealth } from '../search-index.port';
import { SEARCH_TOPICS } from './search-events';

export interface SearchHealth extends SearchIndexHealth {
  /** Search events not yet indexed (counted up to 10,000). */
  pending: number;
  /** Seconds since the oldest of them was written; 0 when none wait. */
  lagSeconds: number;
  /** Search events given up on after the relay's last attempt. */
  dead: number;
}

/** For /health/ready: the index's state and the indexing backlog in the outbox. */
@Injectable()
export class SearchHealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
  ) {}

  async check(): Promise<SearchHealth> {
    const [[backlog], state] = await Promise.all([
      this.dataSource.query<{ pending: number; dead: number; lag: number }[]>(
        `SELECT
           (SELECT count(*) FROM (SELECT 1 FROM outbox_event WHERE status = 'PENDING' AND topic = ANY($1::text[])
              AND (pending_consumers IS NULL OR pending_consumers && $2::text[]) LIMIT 10000) p)::int AS pending,
           (SELECT count(*) FROM (SELECT 1 FROM outbox_event WHERE status = 'DEAD' AND topic = ANY($1::text[])
              AND (pending_consumers IS NULL OR pending_consumers && $2::text[]) LIMIT 10000) d)::int AS dead,
           coalesce(extract(epoch FROM now() - (SELECT min(created_at) FROM outbox_event WHERE status = 'PENDING'
              AND topic = ANY($1::text[]) AND (pending_consumers IS NULL OR pending_consumers && $2::text[]))), 0)::float AS lag`,
        [SEARCH_TOPICS, ['search-projection', 'search-meili']],
      ),
      this.index.health(),
    ]);
    return {
      ...state,
      pending: backlog.pending,
      dead: backlog.dead,
      lagSeconds: Math.round(backlog.lag * 10) / 10,
    };
  }
}
