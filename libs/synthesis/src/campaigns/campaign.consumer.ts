import { Injectable } from '@nestjs/common';
import { AsOutboxConsumer, groupBy, OutboxConsumer, OutboxMessage } from '@thamvan/core';
import { CampaignGrouper } from './campaign-grouper';

/**
 * Campaign grouping off the write path: the outbox relay hands over every comment written,
 * edited or approved, and the grouper re-reads the rows (so redelivery and reordering are
 * harmless: an unchanged text is skipped). One grouping batch per draft per relay batch.
 */
const TOPICS = ['comment.created', 'comment.updated', 'comment.moderated'] as const;
type Topic = (typeof TOPICS)[number];

@Injectable()
@AsOutboxConsumer()
export class CampaignConsumer implements OutboxConsumer<Topic> {
  readonly name = 'synthesis-campaigns';
  // Heavy per comment and read only by the report: never ahead of live events and counters.
  readonly lane = 'bulk' as const;
  readonly topics = TOPICS;

  constructor(private readonly grouper: CampaignGrouper) {}

  async handle(events: OutboxMessage<Topic>[]): Promise<void> {
    const refs = events.map((e) => e.payload).filter((r) => !!r.draftId && !!r.commentId);
    for (const [draftId, list] of groupBy(refs, (r) => r.draftId)) {
      await this.grouper.group(
        draftId,
        list.map((r) => r.commentId),
      );
    }
  }
}
