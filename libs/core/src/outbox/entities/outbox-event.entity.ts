import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OutboxStatus = 'PENDING' | 'DELIVERED' | 'DEAD';

/**
 * A state change others must see (search index, live clients, derived counters), written in
 * the same transaction as the change and delivered by the relay after commit. `id` is the
 * global sequence number that live events carry as `seq`.
 */
@Entity('outbox_event')
@Index('outbox_event_pending_idx', ['availableAt', 'id'], { where: `status = 'PENDING'` })
@Index('outbox_event_dead_idx', ['id'], { where: `status = 'DEAD'` })
// The relay's lanes (outbox-relay.ts): new events for the prompt lane, handed-over ones for the bulk lane.
@Index('outbox_event_new_idx', ['id'], { where: `status = 'PENDING' AND pending_consumers IS NULL` })
@Index('outbox_event_routed_idx', ['id'], { where: `status = 'PENDING' AND pending_consumers IS NOT NULL` })
@Index('outbox_event_prompt_retry_idx', ['id'], { where: `status = 'PENDING' AND prompt_retry` })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** Dotted name, e.g. `comment.created`; consumers subscribe by topic or prefix (`comment.*`). */
  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text' })
  aggregateId: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;

  @Column({ type: 'text', default: 'PENDING' })
  status: OutboxStatus;

  /** Consumers that still have to succeed; null = every consumer of the topic. */
  @Column({ type: 'text', array: true, nullable: true })
  pendingConsumers: string[] | null;

  /**
   * A prompt-lane consumer (outbox-relay.ts) is among the pending ones: the prompt lane's
   * retries are found through their own partial index, not by scanning the bulk backlog.
   */
  @Column({ type: 'boolean', default: false })
  promptRetry: boolean;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
