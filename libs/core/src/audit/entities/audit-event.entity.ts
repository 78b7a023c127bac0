import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of every consequential decision (moderation, consultation changes,
 * agency answers, role grants). A trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity('audit_event')
@Index('audit_event_target_idx', ['targetType', 'targetId', 'id'])
@Index('audit_event_actor_idx', ['actorId', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  /** The user who acted; null for the system (CLI, scheduled jobs). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** The role under which the actor acted, e.g. MODERATOR or EDITOR:<agency code>. */
  @Column({ type: 'text' })
  actorRole: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  targetType: string;

  @Column({ type: 'text' })
  targetId: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  /** Before/after values worth keeping; never personal data such as e-mail or IP. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  data: Record<string, unknown>;
}
