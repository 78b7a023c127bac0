import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxConsumerRegistry } from './outbox-consumer.registry';

export interface OutboxStats {
  pending: number;
  /** Seconds since the oldest undelivered event was written; 0 when none wait. */
  lagSeconds: number;
  dead: number;
}

/** Events of one topic, state and set of consumers still owed them. */
interface BacklogGroup {
  topic: string;
  status: 'PENDING' | 'DEAD';
  pendingConsumers: string[] | null;
  count: number;
  /** Seconds since the group's oldest event was written (database clock). */
  lag: number;
}

/**
 * The outbox backlog as read once, answering for the whole outbox and for any consumers: an
 * event waits for a consumer when the consumer takes its topic and has not had it (the
 * relay's own rule, `OutboxConsumerRegistry.pendingFor`), so no caller names topics.
 */
export class OutboxBacklog {
  constructor(
    private readonly groups: BacklogGroup[],
    private readonly registry: OutboxConsumerRegistry,
  ) {}

  get total(): OutboxStats {
    return summed(this.groups);
  }

  /** What waits for any of these consumers (an event owed to two of them counts once). */
  of(consumers: readonly string[]): OutboxStats {
    return summed(
      this.groups.filter((g) =>
        this.registry.pendingFor(g.topic, g.pendingConsumers).some((c) => consumers.includes(c.name)),
      ),
    );
  }
}

function summed(groups: BacklogGroup[]): OutboxStats {
  const pending = groups.filter((g) => g.status === 'PENDING');
  return {
    pending: pending.reduce((n, g) => n + g.count, 0),
    dead: groups.filter((g) => g.status === 'DEAD').reduce((n, g) => n + g.count, 0),
    lagSeconds: Math.round(Math.max(0, ...pending.map((g) => g.lag)) * 10) / 10,
  };
}

/**
 * Outbox backlog for /health/ready, in one statement whoever asks (the outbox figure and
 * search's). Counts stop at 10,000 events in each state so the check stays cheap.
 */
@Injectable()
export class OutboxStatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: OutboxConsumerRegistry,
  ) {}

  async backlog(): Promise<OutboxBacklog> {
    const groups: BacklogGroup[] = await this.dataSource.query(`
      WITH backlog AS (
        (SELECT topic, status, pending_consumers, created_at FROM outbox_event WHERE status = 'PENDING' LIMIT 10000)
        UNION ALL
        (SELECT topic, status, pending_consumers, created_at FROM outbox_event WHERE status = 'DEAD' LIMIT 10000)
      )
      SELECT topic, status, pending_consumers AS "pendingConsumers", count(*)::int AS count,
             extract(epoch FROM now() - min(created_at))::float AS lag
        FROM backlog GROUP BY topic, status, pending_consumers`);
    return new OutboxBacklog(groups, this.registry);
  }

  async stats(): Promise<OutboxStats> {
    return (await this.backlog()).total;
  }
}
