import { UserEntity } from '@thamvan/identity';
import { CommentEntity } from '../../comments/entities/comment.entity';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export type FlagReasonName = 'SPAM' | 'ABUSE' | 'PERSONAL_DATA' | 'OFF_TOPIC' | 'OTHER';

/** A user's report of a comment, once per user per comment; the moderation queue reads it. */
@Entity('comment_flag')
@Index('comment_flag_comment_user_key', ['commentId', 'userId'], { unique: true })
@Index('comment_flag_user_idx', ['userId'])
@Check('comment_flag_reason_check', `reason IN ('SPAM', 'ABUSE', 'PERSONAL_DATA', 'OFF_TOPIC', 'OTHER')`)
export class CommentFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'comment_flag_comment_fk' })
  commentId: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'comment_flag_user_fk' })
  userId: string;

  @Column({ type: 'text' })
  reason: FlagReasonName;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
