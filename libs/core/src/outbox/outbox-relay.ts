import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxConsumerRegistry } from './outbox-consumer.registry';
import { OutboxMessage } from './outbox.types';

export const OUTBOX_RELAY_OPTIONS = Symbol('OUTBOX_RELAY_OPTIONS');

export interface OutboxRelayOptions {
  /** Run the loop in this process (API in `npm start`, the worker in production). */
  enabled: boolean;
  batchSize?: number;
  /** Sleep between polls when the outbox is empty. */
  idleDelayMs?: number;
  /** After this many failed deliveries an event is DEAD (reported by /health/ready). */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  consumerTimeoutMs?: number;
}

interface Row {
  id: string;
  topic: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  pending_consumers: string[] | null;
  attempts: number;
  created_at: Date;
}

/**
 * Delivers committed outbox events to the registered consumers, at least once.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so any number of relays (API processes,
 * workers) can run at once without delivering an event twice in the normal case; a crash
 * between a consumer's success and the commit redelivers, which idempotent consumers absorb.
 * Each consumer's success is tracked per event: a failing search index does not delay or
 * repeat live fan-out.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly opts: Required<OutboxRelayOptions>;
  private running?: Promise<void>;
  private stopped = true;
  private wake?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: OutboxConsumerRegistry,
    @Inject(OUTBOX_RELAY_OPTIONS) options: OutboxRelayOptions,
  ) {
    this.opts = {
      batchSize: 200,
      // An idle relay polls 40 times a second: one index probe of outbox_event_pending_idx
      // each, negligible, and it is most of a live event's commit → client latency when
      // comments trickle in (docs/live.md).
      idleDelayMs: 25,
      maxAttempts: 12,
      backoffMs: 1000,
      maxBackoffMs: 5 * 60_000,
      consumerTimeoutMs: 30_000,
      ...options,
    };
  }

  onApplicationBootstrap(): void {
    if (this.opts.enabled) this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.running = this.loop();
  }

  /** Finishes the batch in hand, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
    this.running = undefined;
  }

  /** Asks a sleeping loop to poll now (e.g. right after a local write). */
  poke(): void {
    this.wake?.();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      let delivered = 0;
      try {
        delivered = await this.tick();
      } catch (error) {
        this.logger.error({ err: error }, 'outbox relay tick failed');
        await this.sleep(1000);
        continue;
      }
      if (delivered < this.opts.batchSize) await this.sleep(this.opts.idleDelayMs);
    }
  }

  /** Claims and processes one batch; returns how many events it handled. Public for tests. */
  async tick(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Row[] = await manager.query(
        `SELECT id, topic, aggregate_id, payload, pending_consumers, attempts, created_at
           FROM outbox_event
          WHERE status = 'PENDING' AND available_at <= now()
          ORDER BY id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [this.opts.batchSize],
      );
      if (rows.length === 0) return 0;
      const remaining = new Map<string, Set<string>>();
      for (const row of rows) {
        remaining.set(
          row.id,
          new Set(this.registry.pendingFor(row.topic, row.pending_consumers).map((c) => c.name)),
        );
      }
      const errors = new Map<string, string>();
      for (const consumer of this.registry.all()) {
        const mine = rows.filter((r) => remaining.get(r.id)?.has(consumer.name));
        if (mine.length === 0) continue;
        const deliver = (batch: Row[]) =>
          withTimeout(consumer.handle(batch.map(toMessage)), this.opts.consumerTimeoutMs);
        try {
          await deliver(mine);
          mine.forEach((r) => remaining.get(r.id)?.delete(consumer.name));
        } catch (batchError) {
          // Retry one by one so a single poison event does not hold back the rest.
          for (const row of mine) {
            try {
              if (mine.length > 1) await deliver([row]);
              else throw batchError;
              remaining.get(row.id)?.delete(consumer.name);
            } catch (error) {
              errors.set(row.id, `${consumer.name}: ${describe(error)}`.slice(0, 1000));
            }
          }
        }
      }
      await this.record(manager, rows, remaining, errors);
      return rows.length;
    });
  }

  private async record(
    manager: EntityManager,
    rows: Row[],
    remaining: Map<string, Set<string>>,
    errors: Map<string, string>,
  ): Promise<void> {
    const done = rows.filter((r) => remaining.get(r.id)?.size === 0).map((r) => r.id);
    if (done.length) {
      await manager.query(
        `UPDATE outbox_event
            SET status = 'DELIVERED', delivered_at = now(), pending_consumers = NULL,
                attempts = attempts + 1
          WHERE id = ANY($1::bigint[])`,
        [done],
      );
    }
    const failed = rows.filter((r) => (remaining.get(r.id)?.size ?? 0) > 0);
    for (const row of failed) {
      const attempts = row.attempts + 1;
      const dead = attempts >= this.opts.maxAttempts;
      const delayMs = Math.min(this.opts.backoffMs * 2 ** (attempts - 1), this.opts.maxBackoffMs);
      if (dead) this.logger.error({ seq: row.id, topic: row.topic }, 'outbox event is dead');
      await manager.query(
        `UPDATE outbox_event
            SET attempts = $2, status = $3, pending_consumers = $4::text[],
                last_error = $5, available_at = now() + make_interval(secs => $6)
          WHERE id = $1`,
        [
          row.id,
          attempts,
          dead ? 'DEAD' : 'PENDING',
          [...(remaining.get(row.id) ?? [])],
          errors.get(row.id) ?? null,
          delayMs / 1000,
        ],
      );
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

function toMessage(row: Row): OutboxMessage {
  return {
    seq: String(row.id),
    topic: row.topic,
    aggregateId: row.aggregate_id,
    payload: row.payload,
    createdAt: row.created_at,
    attempt: row.attempts + 1,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`consumer timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
