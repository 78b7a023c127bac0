import { Injectable } from '@nestjs/common';
import { OutboxConsumer, OutboxLane, topicMatches } from './outbox.types';

/** Where feature modules plug their consumers in (search indexer, live fan-out, counters). */
@Injectable()
export class OutboxConsumerRegistry {
  private readonly consumers = new Map<string, OutboxConsumer>();

  register(consumer: OutboxConsumer): void {
    if (this.consumers.has(consumer.name)) {
      throw new Error(`outbox consumer "${consumer.name}" registered twice`);
    }
    this.consumers.set(consumer.name, consumer);
  }

  unregister(name: string): void {
    this.consumers.delete(name);
  }

  all(): OutboxConsumer[] {
    return [...this.consumers.values()];
  }

  /** The names of the consumers a lane delivers to. */
  namesIn(lane: OutboxLane): string[] {
    return this.all()
      .filter((c) => laneOf(c) === lane)
      .map((c) => c.name);
  }

  /** Consumers that must still receive an event of `topic`, given what already succeeded. */
  pendingFor(topic: string, pending: string[] | null): OutboxConsumer[] {
    return this.all().filter(
      (c) => c.topics.some((p) => topicMatches(p, topic)) && (pending === null || pending.includes(c.name)),
    );
  }
}

export function laneOf(consumer: OutboxConsumer): OutboxLane {
  return consumer.lane ?? 'prompt';
}
