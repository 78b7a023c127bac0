import { DraftEntity } from '@thamvan/drafts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type TopicScopeKind = 'PROVISION' | 'DRAFT' | 'OPINION_GROUPS';

/**
 * The debounce of one scope's rebuild: `scheduled` while a `topics.rebuild` event is waiting
 * in the outbox (so a burst of comments schedules one rebuild), `builtAt` for the next one's
 * earliest time. `scopeKey`: 'lineage:<id>', 'draft:<id>' or 'groups:<draft id>'.
 */
@Entity('topic_refresh')
@Index('topic_refresh_due_idx', ['builtAt'], { where: 'dirty_at IS NOT NULL AND NOT scheduled' })
@Check('topic_refresh_kind_check', `kind IN ('PROVISION', 'DRAFT', 'OPINION_GROUPS')`)
export class TopicRefreshEntity {
  @PrimaryColumn({ type: 'text' })
  scopeKey: string;

  @Column({ type: 'text' })
  kind: TopicScopeKind;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'topic_refresh_draft_fk' })
  draftId: string;

  @Column({ type: 'uuid', nullable: true })
  lineageId: string | null;

  @Column({ type: 'boolean', default: false })
  scheduled: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  dirtyAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  builtAt: Date | null;

  /** When the comments of the build last written were read: an earlier read never overwrites it. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  builtFrom: Date | null;
}
