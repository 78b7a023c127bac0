import { DraftEntity } from '@thamvan/drafts';
import { AgencyEntity, UserEntity } from '@thamvan/identity';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DispositionName = 'ACCEPTED' | 'PARTIALLY_ACCEPTED' | 'NOT_ACCEPTED' | 'EXPLAINED';

/**
 * The drafting agency's answer ("tiếp thu, giải trình"). One response may cover many
 * comments (comment_response); its current text lives here, every version of it in
 * agency_response_revision.
 */
@Entity('agency_response')
@Index('agency_response_draft_idx', ['draftId', 'respondedAt'])
@Check(
  'agency_response_disposition_check',
  `disposition IN ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOT_ACCEPTED', 'EXPLAINED')`,
)
export class AgencyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'agency_response_draft_fk' })
  draftId: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => AgencyEntity, { name: 'agency_response_agency_fk' })
  agencyId: string;

  @Column({ type: 'text' })
  disposition: DispositionName;

  /** NFC, trimmed, 1–10,000 characters. */
  @Column({ type: 'text' })
  explanation: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'agency_response_responder_fk' })
  respondedBy: string;

  @Column({ type: 'timestamptz', precision: 3 })
  respondedAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /**
   * The response that took over the last comment this one answered (re-answering moves a
   * comment to the new response). Null while it answers any comment; a superseded response
   * keeps its text and revisions, and points to what replaced it instead of to nothing.
   */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AgencyResponseEntity, { name: 'agency_response_superseded_by_fk' })
  supersededBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  supersededAt: Date | null;
}
