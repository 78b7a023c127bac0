import { DraftEntity } from '@thamvan/drafts';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { OpinionGroupsSnapshot } from '../opinion-groups-snapshot';

/** The last opinion groups of a draft (buildOpinionGroups' result, people left out). */
@Entity('opinion_groups')
export class OpinionGroupsEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'opinion_groups_draft_fk' })
  draftId: string;

  @Column({ type: 'jsonb' })
  result: OpinionGroupsSnapshot;

  @Column({ type: 'timestamptz', precision: 3 })
  builtAt: Date;
}
