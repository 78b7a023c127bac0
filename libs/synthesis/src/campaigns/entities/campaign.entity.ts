import { DraftEntity } from '@thamvan/drafts';
import { CommentEntity } from '@thamvan/feedback';
import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A cluster of near-identical comments on one draft (a form letter, a copy-paste campaign).
 * Every member's shingle Jaccard similarity to the representative is at least the threshold.
 */
@Entity('campaign')
@Index('campaign_draft_idx', ['draftId', 'size'])
@Index('campaign_representative_key', ['representativeCommentId'], { unique: true })
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'campaign_draft_fk' })
  draftId: string;

  /** The earliest comment of the campaign; every member was compared with it. */
  @Column({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'campaign_representative_fk' })
  representativeCommentId: string;

  /** Members, the representative included, whatever their status. */
  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'timestamptz', precision: 3 })
  firstAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  lastAt: Date;
}
