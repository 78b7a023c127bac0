import {
  Clock,
  NewOutboxEvent,
  OutboxConsumer,
  OutboxConsumerRegistry,
  OutboxLane,
  OutboxMessage,
  OutboxRelay,
  OutboxService,
  OutboxTopicPattern,
} from '@thamvan/core';
import { DataSource } from 'typeorm';
import { PromptRetries1795370100000 } from '../../migrations/1795370100000-PromptRetries';
import { createTestDatabase, TestDatabase } from '../utils/test-database';
import { openDataSource } from '../utils/test-data-source';

/** An event of a topic every test consumer takes. */
const event = (aggregateId: string): NewOutboxEvent => ({
  topic: 'user.updated',
  aggregateId,
  payload: { userId: aggregateId },
});

/** Records every delivery; idempotent in effect (a Set of seqs) while counting repeats. */
class RecordingConsumer implements OutboxConsumer {
  readonly deliveries = new Map<string, number>();
  private readonly waiting = new Set<() => void>();
  failTimes = 0;
  failSeq?: string;
  /** While set, handle() waits for it (a slow downstream). */
  gate?: Promise<void>;
  constructor(
    readonly name: string,
    readonly topics: OutboxTopicPattern[],
    readonly lane: OutboxLane = 'prompt',
  ) {}
  async handle(events: OutboxMessage[]): Promise<void> {
    if (this.gate) await this.gate;
    if (this.failTimes > 0) {
      this.failTimes--;
      throw new Error('downstream unavailable');
    }
    if (this.failSeq && events.some((e) => e.seq === this.failSeq)) throw new Error('poison event');
    // Simulate I/O so that two relays really overlap.
    await new Promise((resolve) => setImmediate(resolve));
    for (const e of events) this.deliveries.set(e.seq, (this.deliveries.get(e.seq) ?? 0) + 1);
    for (const check of [...this.waiting]) check();
  }

  /** Resolves once `what` holds, looked at after each delivery (a running relay's). */
  until(what: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!what()) return;
        this.waiting.delete(check);
        resolve();
      };
      this.waiting.add(check);
      check();
    });
  }
}

/**
 * A failed delivery is retried after a minute (long enough that a loaded machine never
 * reaches it in real time), and the prompt lane looks for due retries at most once a second:
 * tests move the relay's Clock instead of waiting.
 */
const BACKOFF_MS = 60_000;

function relayFor(
  dataSource: DataSource,
  registry: OutboxConsumerRegistry,
  clock = new Clock(),
  batchSize = 25,
) {
  return new OutboxRelay(
    dataSource,
    registry,
    {
      enabled: false,
      batchSize,
      idleDelayMs: 5,
      backoffMs: BACKOFF_MS,
      maxBackoffMs: BACKOFF_MS,
      maxAttempts: 3,
    },
    clock,
  );
}

async function drain(relays: OutboxRelay[]): Promise<void> {
  // Ticks until a full round delivers nothing; each relay ticks concurrently.
  for (;;) {
    const counts = await Promise.all(relays.map((r) => r.tick()));
    if (counts.every((c) => c === 0)) return;
  }
}

describe('Outbox (real PostgreSQL)', () => {
  let db: TestDatabase;
  let a: DataSource;
  let b: DataSource;
  const outbox = new OutboxService();

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await openDataSource(db.url);
    b = await openDataSource(db.url);
  });
  afterAll(async () => {
    await a.destroy();
    await b.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await a.query('DELETE FROM outbox_event');
  });

  it('never delivers an event written in a rolled-back transaction', async () => {
    const registry = new OutboxConsumerRegistry();
    const consumer = new RecordingConsumer('c', ['*']);
    registry.register(consumer);
    await expect(
      a.transaction(async (m) => {
        await outbox.enqueue(m, [event('x')]);
        throw new Error('business rule failed after the event was written');
      }),
    ).rejects.toThrow('business rule failed');
    await drain([relayFor(a, registry)]);
    expect(consumer.deliveries.size).toBe(0);
    expect(await a.query('SELECT count(*)::int AS n FROM outbox_event')).toEqual([{ n: 0 }]);
  });

  it('delivers each committed event exactly once even when two relays run concurrently', async () => {
    const registryA = new OutboxConsumerRegistry();
    const registryB = new OutboxConsumerRegistry();
    // Two processes' consumers write to one shared record, as an idempotent store would.
    const shared = new RecordingConsumer('search', ['user.*']);
    registryA.register(shared);
    registryB.register(shared);
    const seqs: string[] = [];
    for (let i = 0; i < 10; i++) {
      await a.transaction(async (m) => {
        seqs.push(
          ...(await outbox.enqueue(
            m,
            Array.from({ length: 50 }, (_, j) => event(`${i}-${j}`)),
          )),
        );
      });
    }
    await drain([relayFor(a, registryA), relayFor(b, registryB)]);
    expect(shared.deliveries.size).toBe(500);
    expect([...shared.deliveries.keys()].sort()).toEqual([...seqs].sort());
    expect([...shared.deliveries.values()].every((n) => n === 1)).toBe(true);
    const [{ delivered }] = await a.query(
      `SELECT count(*)::int AS delivered FROM outbox_event WHERE status = 'DELIVERED'`,
    );
    expect(delivered).toBe(500);
  });

  it('retries a failing consumer with backoff without redelivering to the consumer that succeeded', async () => {
    const registry = new OutboxConsumerRegistry();
    const live = new RecordingConsumer('live', ['*']);
    const search = new RecordingConsumer('search', ['*']);
    search.failTimes = 1;
    registry.register(live);
    registry.register(search);
    await a.transaction((m) => outbox.enqueue(m, [event('a')]));
    const clock = new Clock();
    const relay = relayFor(a, registry, clock);
    await relay.tick();
    const [row] = await a.query(`SELECT status, attempts, pending_consumers, last_error FROM outbox_event`);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, pending_consumers: ['search'] });
    expect(row.last_error).toContain('search: downstream unavailable');
    // Not before its backoff.
    await drain([relay]);
    expect(search.deliveries.size).toBe(0);
    clock.advance(BACKOFF_MS);
    await drain([relay]);
    expect([...live.deliveries.values()]).toEqual([1]);
    expect([...search.deliveries.values()]).toEqual([1]);
    expect(await a.query(`SELECT status FROM outbox_event`)).toEqual([{ status: 'DELIVERED' }]);
  });

  it('isolates a poison event and marks it DEAD after the maximum attempts', async () => {
    const registry = new OutboxConsumerRegistry();
    const consumer = new RecordingConsumer('search', ['*']);
    registry.register(consumer);
    const seqs = await a.transaction((m) => outbox.enqueue(m, [event('1'), event('2'), event('3')]));
    consumer.failSeq = seqs[1];
    const clock = new Clock();
    const relay = relayFor(a, registry, clock);
    for (let i = 0; i < 5; i++) {
      await relay.tick();
      clock.advance(BACKOFF_MS);
    }
    expect([...consumer.deliveries.keys()].sort()).toEqual([seqs[0], seqs[2]].sort());
    const rows = await a.query(`SELECT id::text, status, attempts FROM outbox_event ORDER BY id`);
    expect(rows).toEqual([
      { id: seqs[0], status: 'DELIVERED', attempts: 1 },
      { id: seqs[1], status: 'DEAD', attempts: 3 },
      { id: seqs[2], status: 'DELIVERED', attempts: 1 },
    ]);
  });

  it('refuses to write an event outside a transaction', async () => {
    await expect(outbox.enqueue(a.manager, [event('1')])).rejects.toThrow('inside a transaction');
  });

  it('the running loop delivers a committed event without being poked', async () => {
    const registry = new OutboxConsumerRegistry();
    const consumer = new RecordingConsumer('c', ['*']);
    registry.register(consumer);
    const relay = relayFor(a, registry);
    relay.start();
    try {
      const [seq] = await a.transaction((m) => outbox.enqueue(m, [event('1')]));
      await consumer.until(() => consumer.deliveries.has(seq));
      expect(consumer.deliveries.get(seq)).toBe(1);
    } finally {
      await relay.stop();
    }
  });

  describe('lanes', () => {
    /** A prompt consumer `live` (failing its first `liveFails` batches) and a bulk one `search`. */
    const liveAndSearch = ({ liveFails = 0 } = {}) => {
      const registry = new OutboxConsumerRegistry();
      const live = new RecordingConsumer('live', ['*']);
      const search = new RecordingConsumer('search', ['*'], 'bulk');
      live.failTimes = liveFails;
      registry.register(live);
      registry.register(search);
      const clock = new Clock();
      return { live, search, clock, relay: relayFor(a, registry, clock) };
    };

    it('keeps delivering to prompt consumers while a bulk consumer is stuck', async () => {
      const registry = new OutboxConsumerRegistry();
      const live = new RecordingConsumer('live', ['*']);
      const search = new RecordingConsumer('search', ['*'], 'bulk');
      let release!: () => void;
      search.gate = new Promise((resolve) => (release = resolve));
      registry.register(search); // registered first: order must not matter across lanes
      registry.register(live);
      const relay = relayFor(a, registry);
      relay.start();
      try {
        const [first] = await a.transaction((m) => outbox.enqueue(m, [event('1')]));
        await live.until(() => live.deliveries.has(first));
        const [second] = await a.transaction((m) => outbox.enqueue(m, [event('2')]));
        await live.until(() => live.deliveries.has(second));
        expect(search.deliveries.size).toBe(0);
        search.gate = undefined;
        release();
        await search.until(() => search.deliveries.has(first) && search.deliveries.has(second));
      } finally {
        await relay.stop();
      }
      expect([...live.deliveries.values(), ...search.deliveries.values()]).toEqual([1, 1, 1, 1]);
      expect(
        await a.query(`SELECT status, attempts, pending_consumers FROM outbox_event ORDER BY id`),
      ).toEqual([
        { status: 'DELIVERED', attempts: 1, pending_consumers: null },
        { status: 'DELIVERED', attempts: 1, pending_consumers: null },
      ]);
    });

    it('hands an event to the bulk lane only after the prompt lane ran', async () => {
      const { live, search, relay } = liveAndSearch();
      await a.transaction((m) => outbox.enqueue(m, [event('1')]));
      expect(await relay.tickLane('bulk')).toBe(0);
      expect(await relay.tickLane('prompt')).toBe(1);
      expect(await a.query(`SELECT status, attempts, pending_consumers FROM outbox_event`)).toEqual([
        { status: 'PENDING', attempts: 0, pending_consumers: ['search'] },
      ]);
      expect(await relay.tickLane('prompt')).toBe(0);
      expect(await relay.tickLane('bulk')).toBe(1);
      expect(await a.query(`SELECT status, attempts FROM outbox_event`)).toEqual([
        { status: 'DELIVERED', attempts: 1 },
      ]);
      expect([live.deliveries.size, search.deliveries.size]).toEqual([1, 1]);
    });

    it('marks delivered an event left only to a consumer no longer registered', async () => {
      const registry = new OutboxConsumerRegistry();
      const live = new RecordingConsumer('live', ['*']);
      registry.register(live);
      const relay = relayFor(a, registry);
      await a.query(
        `INSERT INTO outbox_event (topic, aggregate_id, pending_consumers) VALUES ('t', '1', ARRAY['search-meili'])`,
      );
      expect(await relay.tick()).toBe(1);
      expect(await a.query(`SELECT status FROM outbox_event`)).toEqual([{ status: 'DELIVERED' }]);
      expect(live.deliveries.size).toBe(0);
    });

    it('retries a failed prompt consumer without delivering twice to the bulk one', async () => {
      const { live, search, clock, relay } = liveAndSearch({ liveFails: 1 });
      await a.transaction((m) => outbox.enqueue(m, [event('1')]));
      await relay.tickLane('prompt');
      const [row] = await a.query(
        `SELECT status, attempts, pending_consumers, last_error, prompt_retry FROM outbox_event`,
      );
      expect(row).toMatchObject({
        status: 'PENDING',
        attempts: 1,
        pending_consumers: ['live', 'search'],
        prompt_retry: true,
      });
      expect(row.last_error).toContain('live: downstream unavailable');
      clock.advance(BACKOFF_MS);
      await drain([relay]);
      expect([...live.deliveries.values()]).toEqual([1]);
      expect([...search.deliveries.values()]).toEqual([1]);
      expect(await a.query(`SELECT status FROM outbox_event`)).toEqual([{ status: 'DELIVERED' }]);
    });

    // Checks the flag's bookkeeping around a backlog; that the lookup reads only flagged events
    // is the partial index's job (outbox_event_prompt_retry_idx), not asserted here.
    it('finds a due prompt retry behind a bulk backlog, by its flag', async () => {
      const { live, search, clock, relay } = liveAndSearch();
      // 60 events the prompt lane handed over and the bulk lane has not taken yet.
      await a.transaction((m) =>
        outbox.enqueue(
          m,
          Array.from({ length: 60 }, (_, i) => event(`backlog-${i}`)),
        ),
      );
      while ((await relay.tickLane('prompt')) > 0);
      const [late] = await a.transaction((m) => outbox.enqueue(m, [event('late')]));
      live.failTimes = 1;
      expect(await relay.tickLane('prompt')).toBe(1);
      const flags = () =>
        a.query(`SELECT prompt_retry, count(*)::int AS n FROM outbox_event WHERE status = 'PENDING'
                  GROUP BY prompt_retry ORDER BY prompt_retry`);
      expect(await flags()).toEqual([
        { prompt_retry: false, n: 60 },
        { prompt_retry: true, n: 1 },
      ]);
      expect(await relay.tickLane('prompt')).toBe(0); // not before its backoff
      clock.advance(BACKOFF_MS);
      expect(await relay.tickLane('prompt')).toBe(1); // the retry, not the backlog
      expect(live.deliveries.get(late)).toBe(1);
      expect(await flags()).toEqual([{ prompt_retry: false, n: 61 }]);
      await drain([relay]);
      expect(search.deliveries.size).toBe(61);
      expect([...live.deliveries.values(), ...search.deliveries.values()].every((n) => n === 1)).toBe(true);
    });

    it('delivers an event requeued by hand for a prompt consumer, without the flag', async () => {
      const { live, search, clock, relay } = liveAndSearch();
      const [seq] = await a.transaction((m) => outbox.enqueue(m, [event('1')]));
      await drain([relay]);
      // As an operator (or a relay older than prompt_retry) leaves it: pending for live only.
      await a.query(`UPDATE outbox_event SET status = 'PENDING', pending_consumers = ARRAY['live']`);
      await drain([relay]); // the bulk lane flags it for the prompt lane
      clock.advance(BACKOFF_MS); // whose next look for retries takes it
      await drain([relay]);
      expect(await a.query(`SELECT status, prompt_retry FROM outbox_event`)).toEqual([
        { status: 'DELIVERED', prompt_retry: false },
      ]);
      expect([live.deliveries.get(seq), search.deliveries.get(seq)]).toEqual([2, 1]);
    });

    it('hands an event back to the prompt lane when its bulk part ran before the retry', async () => {
      const { live, search, clock, relay } = liveAndSearch({ liveFails: 1 });
      const [seq] = await a.transaction((m) => outbox.enqueue(m, [event('1')]));
      expect(await relay.tickLane('prompt')).toBe(1); // live fails
      // The failure made the event available again only after its backoff, to both lanes.
      expect(await relay.tickLane('bulk')).toBe(0);
      clock.advance(BACKOFF_MS);
      expect(await relay.tickLane('bulk')).toBe(1); // search succeeds first
      expect(await a.query(`SELECT status, pending_consumers, prompt_retry FROM outbox_event`)).toEqual([
        { status: 'PENDING', pending_consumers: ['live'], prompt_retry: true },
      ]);
      clock.advance(BACKOFF_MS);
      expect(await relay.tickLane('bulk')).toBe(0);
      expect(await relay.tickLane('prompt')).toBe(1);
      expect(await a.query(`SELECT status FROM outbox_event`)).toEqual([{ status: 'DELIVERED' }]);
      expect([live.deliveries.get(seq), search.deliveries.get(seq)]).toEqual([1, 1]);
    });
  });

  it('the PromptRetries migration flags the events that failed before it', async () => {
    const registry = new OutboxConsumerRegistry();
    const live = new RecordingConsumer('live', ['*']);
    registry.register(live);
    const relay = relayFor(a, registry);
    const migration = new PromptRetries1795370100000();
    const runner = a.createQueryRunner();
    try {
      await migration.down(runner);
      // As a relay before the migration left it: live failed once, nothing else pending.
      await a.query(
        `INSERT INTO outbox_event (topic, aggregate_id, pending_consumers, attempts, available_at, status)
         VALUES ('t', 'failed', ARRAY['live'], 1, now() - interval '1 second', 'PENDING'),
                ('t', 'handed-over', ARRAY['search-meili'], 0, now(), 'PENDING'),
                ('t', 'bulk-failed', ARRAY['search-projection'], 2, now(), 'PENDING'),
                ('t', 'dead', ARRAY['live', 'search-projection'], 12, now(), 'DEAD')`,
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await a.query(`SELECT aggregate_id, prompt_retry FROM outbox_event ORDER BY id`)).toEqual([
      { aggregate_id: 'failed', prompt_retry: true },
      { aggregate_id: 'handed-over', prompt_retry: false },
      { aggregate_id: 'bulk-failed', prompt_retry: false },
      { aggregate_id: 'dead', prompt_retry: true },
    ]);
    await drain([relay]);
    expect([...live.deliveries.values()]).toEqual([1]);
    // This relay registers no search consumer: those events are orphans, delivered to nobody.
    expect(await a.query(`SELECT status FROM outbox_event ORDER BY id`)).toEqual([
      { status: 'DELIVERED' },
      { status: 'DELIVERED' },
      { status: 'DELIVERED' },
      { status: 'DEAD' },
    ]);
  });
});
