import { DraftEntity } from '@thamvan/drafts';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * Published comments (replies included) on a draft and their distinct authors, and the
 * stances of its published comments (whole draft and every provision, every version).
 */
@Entity('draft_counter')
export class DraftCounterEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'draft_counter_draft_fk' })
  draftId: string;

  @Column({ type: 'int', default: 0 })
  comments: number;

  @Column({ type: 'int', default: 0 })
  participants: number;

  @Column({ type: 'int', default: 0 })
  support: number;

  @Column({ type: 'int', default: 0 })
  oppose: number;

  @Column({ type: 'int', default: 0 })
  amend: number;

  @Column({ type: 'int', default: 0 })
  question: number;

  @Column({ type: 'int', default: 0 })
  neutral: number;
}
