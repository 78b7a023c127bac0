import { DraftEntity } from './draft.entity';
import { Column, ForeignKey, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A document that accompanies a draft (tờ trình, impact assessment, explanatory tables).
 * Stored in PostgreSQL: at ≤ 10 MB each, a handful per draft, that keeps backups whole.
 */
@Entity('draft_attachment')
@Index('draft_attachment_draft_idx', ['draftId', 'createdAt'])
export class DraftAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'draft_attachment_draft_fk' })
  draftId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  filename: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'int' })
  sizeBytes: number;

  @Column({ type: 'bytea', select: false })
  data: Buffer;

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
