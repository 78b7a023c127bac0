import { DraftEntity } from '@thamvan/drafts';
import { UserEntity } from '@thamvan/identity';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * The published report of a draft: a frozen snapshot (the JSON the report query returned at
 * publication) that the public reads and downloads. Publishing again replaces it.
 */
@Entity('feedback_report')
export class FeedbackReportEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'feedback_report_draft_fk' })
  draftId: string;

  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'feedback_report_publisher_fk' })
  publishedBy: string;

  @Column({ type: 'timestamptz', precision: 3 })
  publishedAt: Date;
}
