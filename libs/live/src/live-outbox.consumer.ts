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
  readonly topics = ['consultation.updated', 'comment.removed'];

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
      } else if (event.topic === 'comment.removed') {
        // The payload's ids are all a reader needs to drop the comment from view.
        const { draftId, provisionId, commentId } = event.payload as {
          draftId: string;
          provisionId: string | null;
          commentId: string;
        };
        this.live.emit(draftRoom(draftId), 'comment.removed', {
          seq: event.seq,
          draftId,
          provisionId,
          id: commentId,
        });
      }
    }
    return Promise.resolve();
  }
}
