import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewOutboxEvent } from './outbox.types';

/**
 * The outbox insert, as a fragment statements compose to write their event in the same
 * statement as their change (postComment, reactions): `rows` yields (topic, aggregate id,
 * jsonb payload).
 */
export function outboxInsertSql(rows: string): string {
  return `INSERT INTO outbox_event (topic, aggregate_id, payload) ${rows}`;
}

/**
 * Writes outbox events inside the caller's transaction: pass the transaction's
 * EntityManager so the events commit (or roll back) with the change they describe.
 */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, events: NewOutboxEvent[]): Promise<string[]> {
    if (events.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive) {
      // Outside a transaction the event could be published for a change that then fails.
      throw new Error('OutboxService.enqueue must be called inside a transaction');
    }
    const rows: { id: string }[] = await manager.query(
      `${outboxInsertSql('SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])')} RETURNING id`,
      [
        events.map((e) => e.topic),
        events.map((e) => e.aggregateId),
        events.map((e) => JSON.stringify(e.payload)),
      ],
    );
    return rows.map((r) => String(r.id));
  }
}
