import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the counters consumer last counted for a comment: its difference from the comment's
 * current row is what the provision and draft counters must still move by (counters.consumer).
 * Derived data written only by that consumer, so no foreign keys (each would be checked on
 * every counted comment).
 */
@Entity('comment_counted')
export class CountedCommentEntity {
  @PrimaryColumn({ type: 'uuid' })
  commentId: string;

  @Column({ type: 'uuid' })
  draftId: string;

  @Column({ type: 'uuid', nullable: true })
  lineageId: string | null;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'text', nullable: true })
  stance: string | null;

  /** Counted as a published comment (PUBLISHED when last counted). */
  @Column({ type: 'boolean' })
  published: boolean;
}
