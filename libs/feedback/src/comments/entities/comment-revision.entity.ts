import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CommentEntity, type StanceName } from './comment.entity';

/** The text a comment had before one edit: what a citizen wrote is never overwritten. */
@Entity('comment_revision')
@Index('comment_revision_comment_idx', ['commentId', 'id'])
export class CommentRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'comment_revision_comment_fk' })
  commentId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  stance: StanceName | null;

  @Column({ type: 'text', nullable: true })
  proposedText: string | null;

  /** When that text was written (the comment's createdAt or the previous edit). */
  @Column({ type: 'timestamptz', precision: 3 })
  writtenAt: Date;

  /** When it was replaced. */
  @Column({ type: 'timestamptz', precision: 3 })
  replacedAt: Date;
}
