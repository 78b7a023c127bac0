import { OutboxTopic, OutboxTopicPattern, OutboxTopics, TopicsMatching } from './outbox-topics';

/** One event of topic T as consumers receive it. */
interface OutboxMessageOf<T extends OutboxTopic> {
  /** Outbox sequence number (bigint as a decimal string). */
  seq: string;
  topic: T;
  aggregateId: string;
  payload: OutboxTopics[T];
  createdAt: Date;
  /** 1 on first delivery; more on redelivery after a failure. */
  attempt: number;
}

/**
 * An event of the topics `P` matches (a topic, a prefix pattern such as `comment.*`, or `*`,
 * the default): a union over the topics, so testing `topic` narrows `payload`.
 */
export type OutboxMessage<P extends OutboxTopicPattern = '*'> = {
  [T in TopicsMatching<P>]: OutboxMessageOf<T>;
}[TopicsMatching<P>];

/** An event to write: its payload is the one its topic declares (OutboxTopics). */
export type NewOutboxEvent = {
  [T in OutboxTopic]: { topic: T; aggregateId: string; payload: OutboxTopics[T] };
}[OutboxTopic];

/**
 * A consumer is delivered every event whose topic matches one of `topics` (exact, or a
 * prefix pattern like `comment.*`, or `*`), typed by the same patterns `P`:
 * `implements OutboxConsumer<'comment.*' | 'session.ended'>` receives those topics' payloads.
 * Delivery is at least once: `handle` must be idempotent (upsert by id, re-read the current
 * row). Throwing fails the whole batch for this consumer only; the relay then retries event
 * by event to isolate a poison event.
 */
export interface OutboxConsumer<P extends OutboxTopicPattern = OutboxTopicPattern> {
  readonly name: string;
  readonly topics: readonly P[];
  /** Which relay loop delivers to it (default `prompt`): see OutboxLane. */
  readonly lane?: OutboxLane;
  /** False leaves it out of the relay (a feature switched off by configuration); default true. */
  readonly enabled?: boolean;
  handle(events: OutboxMessage<P>[]): Promise<void>;
}

/**
 * The relay runs one loop per lane, so slow consumers cannot hold back the ones readers
 * watch. `prompt` (live events, counters) receives every event first; `bulk` (search
 * indexing, campaign grouping: heavy per event, read later) receives it once the prompt lane
 * has run, in its own transactions and batches. Under more comments than the machine can
 * index, live events and counters stay current while the bulk lane falls behind and catches
 * up (docs/benchmarks.md).
 */
export type OutboxLane = 'prompt' | 'bulk';

export const OUTBOX_LANES: readonly OutboxLane[] = ['prompt', 'bulk'];

export function topicMatches(pattern: string, topic: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return topic.startsWith(pattern.slice(0, -1));
  return pattern === topic;
}
