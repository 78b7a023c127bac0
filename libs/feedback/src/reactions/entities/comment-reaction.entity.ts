import { UserEntity } from '@thamvan/identity';
import { CommentEntity } from '../../comments/entities/comment.entity';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type ReactionKindName = 'AGREE' | 'DISAGREE';

/** One reaction per user per comment; reacting NONE deletes the row. */
@Entity('comment_reaction')
@Index('comment_reaction_user_idx', ['userId'])
@Check('comment_reaction_kind_check', `kind IN ('AGREE', 'DISAGREE')`)
export class CommentReactionEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'comment_reaction_comment_fk' })
  commentId: string;

  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'comment_reaction_user_fk' })
  userId: string;

  @Column({ type: 'text' })
  kind: ReactionKindName;

  @Column({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
