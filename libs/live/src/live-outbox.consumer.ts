import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxConsumerRegistry, OutboxMessage } from '@thamvan/core';
import { draftRoom } from './live.events';
import { LiveServer } from './live-server';

/**
 * Outbox → socket.io. Events reach clients only from here: after commit, in the process
 * that runs the relay, each with its outbox `seq`. Delivery is at least once; clients drop
 * a `seq` they have already seen.
 */
@Injectable()
export class LiveOutboxConsumer implements OnModuleInit {
  readonly name = 'live';
  readonly topics = ['consultation.updated'];

  constructor(
    private readonly registry: OutboxConsumerRegistry,
    private readonly live: LiveServer,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  handle(events: OutboxMessage[]): Promise<void> {
    for (const event of events) {
      if (event.topic === 'consultation.updated') {
        const { draftId, status } = event.payload as { draftId: string; status: string };
        this.live.emit(draftRoom(draftId), 'consultation.updated', { seq: event.seq, draftId, status });
      }
    }
    return Promise.resolve();
  }
}
