import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxConsumer, OutboxConsumerRegistry, OutboxMessage } from '@thamvan/core';
import { CampaignGrouper } from './campaign-grouper';

/**
 * Campaign grouping off the write path: the outbox relay hands over every comment written,
 * edited or approved, and the grouper re-reads the rows (so redelivery and reordering are
 * harmless: an unchanged text is skipped). One grouping batch per draft per relay batch.
 */
@Injectable()
export class CampaignConsumer implements OutboxConsumer, OnModuleInit {
  readonly name = 'synthesis-campaigns';
  readonly topics = ['comment.created', 'comment.updated', 'comment.moderated'] as const;

  constructor(
    private readonly grouper: CampaignGrouper,
    private readonly registry: OutboxConsumerRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async handle(events: OutboxMessage[]): Promise<void> {
    const byDraft = new Map<string, string[]>();
    for (const event of events) {
      const { draftId, commentId } = event.payload as { draftId?: string; commentId?: string };
      if (!draftId || !commentId) continue;
      byDraft.set(draftId, [...(byDraft.get(draftId) ?? []), commentId]);
    }
    for (const [draftId, ids] of byDraft) await this.grouper.group(draftId, ids);
  }
}
