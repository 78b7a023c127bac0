import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Published comments per author per draft, as counted: `draft_counter.participants` is the
 * number of authors here with at least one, moved when an author's count crosses zero.
 * Derived data written only by the counters consumer (no foreign keys, like comment_counted).
 */
@Entity('draft_participant')
export class DraftParticipantEntity {
  @PrimaryColumn({ type: 'uuid' })
  draftId: string;

  @PrimaryColumn({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'int' })
  comments: number;
}
