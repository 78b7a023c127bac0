import { DraftEntity } from '@thamvan/drafts';
import { UserEntity } from '@thamvan/identity';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * The published report of a draft: a frozen snapshot (the JSON the report query returned at
 * publication) that the public reads and downloads. Publishing again makes a new version and
 * moves this one to feedback_report_version (FeedbackReportVersionEntity).
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

  /** 1 for the first publication, then one more each time it is published again. */
  @Column({ type: 'int', default: 1 })
  version: number;

  /** The publisher's word on what changed since the previous version. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The snapshot's commentCount and answeredCount, for the list of versions. */
  @Column({ type: 'int', default: 0 })
  commentCount: number;

  @Column({ type: 'int', default: 0 })
  answeredCount: number;
}

/** An earlier published version of a report, kept when it was replaced (public history). */
@Entity('feedback_report_version')
export class FeedbackReportVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'feedback_report_version_draft_fk' })
  draftId: string;

  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'feedback_report_version_publisher_fk' })
  publishedBy: string;

  @Column({ type: 'timestamptz', precision: 3 })
  publishedAt: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'int' })
  commentCount: number;

  @Column({ type: 'int' })
  answeredCount: number;

  @Column({ type: 'timestamptz', precision: 3 })
  replacedAt: Date;
}
