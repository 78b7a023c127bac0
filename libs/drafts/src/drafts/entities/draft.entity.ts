import { AgencyEntity } from '@thamvan/identity';
import {
  Check,
  Column,
  ForeignKey,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type ModerationModeName = 'POST' | 'PRE';

export type DocTypeName = 'LAW' | 'ORDINANCE' | 'RESOLUTION' | 'DECREE' | 'DECISION' | 'CIRCULAR' | 'OTHER';

/**
 * A draft legal document under consultation. Its status is not stored: it is derived from
 * `opensAt`, `closesAt` and an explicit early close (`closedAt`) on the server clock.
 */
@Entity('draft')
@Index('draft_agency_idx', ['agencyId', 'createdAt', 'id'])
@Index('draft_created_idx', ['createdAt', 'id'])
@Check('draft_moderation_mode_check', `moderation_mode IN ('POST', 'PRE')`)
export class DraftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => AgencyEntity, { name: 'draft_agency_fk' })
  agencyId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  docType: DocTypeName;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  /** Set by an explicit early close; the consultation is CLOSED from then on. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  closeReason: string | null;

  /** POST: comments publish at once, moderators review after; PRE: each waits PENDING for approval. */
  @Column({ type: 'text', default: 'POST' })
  moderationMode: ModerationModeName;

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
