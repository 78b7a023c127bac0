import { CommentEntity } from '@thamvan/feedback';
import { UserEntity } from '@thamvan/identity';
import type { ModerationActionName } from '@thamvan/moderation-rules';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One moderation decision on a comment: append-only (a trigger refuses UPDATE and DELETE),
 * so the history of who decided what, when and why can only grow. `moderatorId` is null for
 * the automatic hide when flags cross the threshold.
 */
@Entity('moderation_decision')
@Index('moderation_decision_comment_idx', ['commentId', 'decidedAt'])
@Check('moderation_decision_action_check', `action IN ('APPROVE', 'HIDE', 'RESTORE')`)
export class ModerationDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'moderation_decision_comment_fk' })
  commentId: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'moderation_decision_moderator_fk' })
  moderatorId: string | null;

  @Column({ type: 'text' })
  action: ModerationActionName;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  fromStatus: string;

  @Column({ type: 'text' })
  toStatus: string;

  @Column({ type: 'timestamptz', precision: 3 })
  decidedAt: Date;
}
