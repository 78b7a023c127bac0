import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OutboxStats {
  pending: number;
  /** Seconds since the oldest undelivered event was written; 0 when none wait. */
  lagSeconds: number;
  dead: number;
}

/** Outbox backlog for /health/ready. Counts stop at 10,000 so the check stays cheap. */
@Injectable()
export class OutboxStatsService {
  constructor(private readonly dataSource: DataSource) {}

  async stats(): Promise<OutboxStats> {
    const [row]: { pending: number; dead: number; lag: number }[] = await this.dataSource.query(`
      SELECT
        (SELECT count(*) FROM (SELECT 1 FROM outbox_event WHERE status = 'PENDING' LIMIT 10000) p)::int AS pending,
        (SELECT count(*) FROM (SELECT 1 FROM outbox_event WHERE status = 'DEAD' LIMIT 10000) d)::int AS dead,
        coalesce(extract(epoch FROM now() - (SELECT min(created_at) FROM outbox_event WHERE status = 'PENDING')), 0)::float AS lag
    `);
    return { pending: row.pending, dead: row.dead, lagSeconds: Math.round(row.lag * 10) / 10 };
  }
}
