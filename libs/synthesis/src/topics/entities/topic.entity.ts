import { DraftEntity } from '@thamvan/drafts';
import { CommentEntity } from '@thamvan/feedback';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A topic of one scope's published top-level comments: a provision lineage (the provision in
 * every version) or, with `lineageId` null, the draft as a whole. Derived: rebuilt by
 * TopicsRefresher (migration Topics). "Ý kiến khác" is a row too (`isOther`, last).
 */
@Entity('topic')
@Index('topic_scope_idx', ['draftId', 'lineageId', 'position'])
@Index('topic_lineage_idx', ['lineageId', 'position'])
export class TopicEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'topic_draft_fk' })
  draftId: string;

  @Column({ type: 'uuid', nullable: true })
  lineageId: string | null;

  @Column({ type: 'boolean', default: false })
  isOther: boolean;

  /** 0 for the largest topic; "Ý kiến khác" after every topic. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  phrases: string[];

  /** Comments outside campaigns plus campaigns, each campaign counted once. */
  @Column({ type: 'integer' })
  size: number;

  /** Every member comment, campaign copies included. */
  @Column({ type: 'integer' })
  commentCount: number;

  @Column({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'topic_representative_fk' })
  representativeCommentId: string;

  /** { SUPPORT, OPPOSE, AMEND, QUESTION, NEUTRAL } over the units counted in size. */
  @Column({ type: 'jsonb' })
  stanceCounts: Record<string, number>;

  /** [{ campaignId, commentCount }]: the campaigns counted once in size. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  campaigns: { campaignId: string; commentCount: number }[];

  @Column({ type: 'timestamptz', precision: 3 })
  builtAt: Date;
}
