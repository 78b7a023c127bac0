import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { groupBy } from '../dataloader/group-by';
import { laneOf, OutboxConsumerRegistry } from './outbox-consumer.registry';
import { OUTBOX_LANES, OutboxLane, OutboxMessage } from './outbox.types';

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
  /**
   * While the prompt lane is backlogged (its last batch was full), the bulk lane pauses this
   * long after each batch: under more comments than the machine can handle, posting and live
   * events get the CPU, and indexing catches up when the burst ends.
   */
  bulkYieldMs?: number;
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
 *
 * One loop per lane (OutboxLane). `pending_consumers` says where an event is: NULL = new,
 * only the prompt lane takes it; after the prompt lane ran, it lists the consumers still to
 * succeed, and the bulk lane takes events that list one of its consumers. A prompt consumer
 * that failed is retried by the prompt lane (a second query, at most every retryCheckMs),
 * whether or not the bulk lane has run yet. Each lane claims in seq order, and the bulk lane
 * never sees an event before the prompt lane has handled it.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly opts: Required<OutboxRelayOptions>;
  private running?: Promise<void>;
  private stopped = true;
  private readonly wake = new Map<OutboxLane, () => void>();
  /** When the prompt lane last looked for prompt consumers due for a retry. */
  private retryCheckedAt = 0;
  /** The prompt lane's last batch was full: there is more waiting (see bulkYieldMs). */
  private promptBacklogged = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: OutboxConsumerRegistry,
    @Inject(OUTBOX_RELAY_OPTIONS) options: OutboxRelayOptions,
    private readonly clock: Clock,
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
      bulkYieldMs: 200,
      ...options,
    };
  }

  onApplicationBootstrap(): void {
    if (this.opts.enabled) this.start();
  }

  /**
   * Before, not during, the shutdown hooks: TypeORM closes its pool in its own
   * onApplicationShutdown, and a lane still claiming then failed with "Connection terminated"
   * (logged as errors on every clean stop).
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.running = this.loop();
  }

  /** Finishes the batches in hand, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake.forEach((wake) => wake());
    await this.running;
    this.running = undefined;
  }

  /** Asks the sleeping loops to poll now (e.g. right after a local write). */
  poke(): void {
    this.wake.forEach((wake) => wake());
  }

  private async loop(): Promise<void> {
    await Promise.all(OUTBOX_LANES.map((lane) => this.laneLoop(lane)));
  }

  private async laneLoop(lane: OutboxLane): Promise<void> {
    while (!this.stopped) {
      let delivered = 0;
      try {
        delivered = await this.tickLane(lane);
      } catch (error) {
        this.logger.error({ err: error, lane }, 'outbox relay tick failed');
        await this.sleep(lane, 1000);
        continue;
      }
      if (lane === 'prompt') this.promptBacklogged = delivered >= this.opts.batchSize;
      if (lane === 'bulk' && this.promptBacklogged) await this.sleep(lane, this.opts.bulkYieldMs);
      else if (delivered < this.opts.batchSize) await this.sleep(lane, this.opts.idleDelayMs);
    }
  }

  /**
   * One batch of each lane, prompt first; returns how many events they handled. Public for
   * tests: a tick delivers a new event to every consumer, as the two loops do in turn.
   */
  async tick(): Promise<number> {
    let handled = 0;
    for (const lane of OUTBOX_LANES) handled += await this.tickLane(lane);
    return handled;
  }

  /** Claims and processes one batch of a lane; returns how many events it handled. */
  async tickLane(lane: OutboxLane): Promise<number> {
    // The relay's "now" is the database's, plus how far a test moved the Clock forward (see claim).
    const ahead = Math.max(0, this.clock.advancedMs) / 1000;
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.claim(manager, lane, ahead);
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
        if (laneOf(consumer) !== lane) continue;
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
      await this.record(manager, rows, remaining, errors, ahead);
      return rows.length;
    });
  }

  /**
   * The prompt lane takes new events (on `outbox_event_new_idx`) and, at most every
   * retryCheckMs, prompt consumers' retries that are due (on `outbox_event_prompt_retry_idx`,
   * not a scan of every routed event: that is linear in the bulk backlog, which grows
   * during an overload precisely when retries matter); the bulk lane takes handed-over events
   * that still list one of its consumers (on `outbox_event_routed_idx`).
   *
   * An event is due by the database's clock, which stamped new events' available_at: the
   * app's would hold them back by any skew between the two. A test's Clock, moved forward
   * (never back), moves "now" with it, so a retry's backoff passes without waiting.
   */
  private async claim(manager: EntityManager, lane: OutboxLane, ahead: number): Promise<Row[]> {
    const select = (aheadParam: string) =>
      `SELECT id, topic, aggregate_id, payload, pending_consumers, attempts, created_at
         FROM outbox_event
        WHERE status = 'PENDING' AND available_at <= now() + make_interval(secs => ${aheadParam})`;
    const lock = `ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`;
    const size = this.opts.batchSize;
    if (lane === 'bulk') {
      // Also, so that no event stays PENDING for ever:
      //  - events left only to consumers no longer registered (renamed, removed, or an
      //    optional one switched off): delivered to nobody and marked DELIVERED, as before lanes;
      //  - events left to a prompt consumer without the prompt_retry flag (requeued by hand,
      //    or recorded by a relay older than the flag): this lane runs none of its consumers
      //    on them and hands them back flagged, and the prompt lane's retry check takes them.
      return manager.query(
        `${select('$4')} AND pending_consumers IS NOT NULL
            AND (pending_consumers && $2::text[] OR NOT prompt_retry OR NOT pending_consumers && $3::text[])
            ${lock}`,
        [size, this.registry.namesIn('bulk'), this.registry.all().map((c) => c.name), ahead],
      );
    }
    const rows: Row[] = await manager.query(`${select('$2')} AND pending_consumers IS NULL ${lock}`, [
      size,
      ahead,
    ]);
    const names = this.registry.namesIn('prompt');
    const retryCheckMs = Math.min(1000, this.opts.backoffMs);
    // Due retries are looked for on time, even when new events fill the batch (a tenth more),
    // through outbox_event_prompt_retry_idx: only flagged events, whatever the bulk backlog.
    const now = this.clock.now().getTime();
    if (names.length && now - this.retryCheckedAt >= retryCheckMs) {
      this.retryCheckedAt = now;
      rows.push(
        ...(await manager.query<Row[]>(
          `${select('$3')} AND prompt_retry AND pending_consumers && $2::text[] ${lock}`,
          [Math.max(size - rows.length, Math.ceil(size / 10)), names, ahead],
        )),
      );
    }
    return rows;
  }

  private async record(
    manager: EntityManager,
    rows: Row[],
    remaining: Map<string, Set<string>>,
    errors: Map<string, string>,
    ahead: number,
  ): Promise<void> {
    const done = rows.filter((r) => remaining.get(r.id)?.size === 0).map((r) => r.id);
    if (done.length) {
      await manager.query(
        `UPDATE outbox_event
            SET status = 'DELIVERED', delivered_at = now(), pending_consumers = NULL,
                attempts = attempts + 1, prompt_retry = false
          WHERE id = ANY($1::bigint[])`,
        [done],
      );
    }
    // Handed over: this lane's consumers all succeeded, another lane's are still to run.
    // Grouped by what is left (nearly always one set: the bulk consumers of the topic).
    const handedOver = groupBy(
      rows.filter((r) => (remaining.get(r.id)?.size ?? 0) > 0 && !errors.has(r.id)),
      (r) => [...remaining.get(r.id)!].sort().join('\n'),
    );
    // prompt_retry: whether a prompt consumer is still among them (e.g. the bulk lane ran its
    // part of an event whose prompt consumer failed and waits for its retry).
    const prompt = new Set(this.registry.namesIn('prompt'));
    const needsPrompt = (consumers: Iterable<string>) => [...consumers].some((name) => prompt.has(name));
    for (const [key, group] of handedOver) {
      const consumers = key.split('\n');
      await manager.query(
        `UPDATE outbox_event SET pending_consumers = $2::text[], prompt_retry = $3 WHERE id = ANY($1::bigint[])`,
        [group.map((r) => r.id), consumers, needsPrompt(consumers)],
      );
    }
    const failed = rows.filter((r) => errors.has(r.id) && (remaining.get(r.id)?.size ?? 0) > 0);
    for (const row of failed) {
      const attempts = row.attempts + 1;
      const dead = attempts >= this.opts.maxAttempts;
      const delayMs = Math.min(this.opts.backoffMs * 2 ** (attempts - 1), this.opts.maxBackoffMs);
      if (dead) this.logger.error({ seq: row.id, topic: row.topic }, 'outbox event is dead');
      const consumers = [...(remaining.get(row.id) ?? [])];
      await manager.query(
        `UPDATE outbox_event
            SET attempts = $2, status = $3, pending_consumers = $4::text[],
                last_error = $5, available_at = now() + make_interval(secs => $6::float8 + $8::float8), prompt_retry = $7
          WHERE id = $1`,
        [
          row.id,
          attempts,
          dead ? 'DEAD' : 'PENDING',
          consumers,
          errors.get(row.id) ?? null,
          delayMs / 1000,
          needsPrompt(consumers),
          ahead,
        ],
      );
    }
  }

  /**
   * Real time, not the Clock's: the loop waits for work to arrive, not for a rule's time to
   * pass (poke() and stop() end the wait early).
   */
  private sleep(lane: OutboxLane, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake.set(lane, done);
    });
  }
}

/** A stored event; its payload is the one its topic declares (written through OutboxTopics). */
function toMessage(row: Row): OutboxMessage {
  return {
    seq: String(row.id),
    topic: row.topic,
    aggregateId: row.aggregate_id,
    payload: row.payload,
    createdAt: row.created_at,
    attempt: row.attempts + 1,
  } as OutboxMessage;
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
