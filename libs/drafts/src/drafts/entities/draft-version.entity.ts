import type { ParseWarning } from '../../parser/warnings';
import { DraftEntity } from './draft.entity';
import { Column, ForeignKey, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One text of a draft. Immutable once published: a change makes a new version. */
@Entity('draft_version')
@Index('draft_version_number_key', ['draftId', 'number'], { unique: true })
export class DraftVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'draft_version_draft_fk' })
  draftId: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text', nullable: true })
  changeNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** From the document header: "24/2018/QH14", the issuing body, the "Căn cứ …" preamble. */
  @Column({ type: 'text', nullable: true })
  documentNumber: string | null;

  @Column({ type: 'text', nullable: true })
  issuer: string | null;

  @Column({ type: 'text', nullable: true })
  preamble: string | null;

  @Column({ type: 'text', nullable: true })
  sourceFilename: string | null;

  /**
   * What the parser could not be sure of, shown to the officer who imported it: ParseWarning
   * objects (code, Vietnamese message); plain strings in versions stored before codes existed.
   */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  warnings: (string | ParseWarning)[];

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
