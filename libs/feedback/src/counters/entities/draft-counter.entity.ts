import { DraftEntity } from '@thamvan/drafts';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** Published comments (replies included) on a draft and their distinct authors. */
@Entity('draft_counter')
export class DraftCounterEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'draft_counter_draft_fk' })
  draftId: string;

  @Column({ type: 'int', default: 0 })
  comments: number;

  @Column({ type: 'int', default: 0 })
  participants: number;
}
