import { CommentEntity } from '../../comments/entities/comment.entity';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * Derived counts of one comment, maintained by the outbox consumer (never on the request
 * path): agree/disagree reactions and published replies.
 */
@Entity('comment_counter')
export class CommentCounterEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'comment_counter_comment_fk' })
  commentId: string;

  @Column({ type: 'int', default: 0 })
  agree: number;

  @Column({ type: 'int', default: 0 })
  disagree: number;

  @Column({ type: 'int', default: 0 })
  replies: number;
}
