import { CommentEntity } from '@thamvan/feedback';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { TopicEntity } from './topic.entity';

/** A comment of a topic; rank 0 is the closest to its centre ("Ý kiến khác": oldest first). */
@Entity('topic_member')
@Index('topic_member_rank_idx', ['topicId', 'rank'], { unique: true })
@Index('topic_member_comment_idx', ['commentId'])
export class TopicMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => TopicEntity, { name: 'topic_member_topic_fk', onDelete: 'CASCADE' })
  topicId: string;

  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'topic_member_comment_fk' })
  commentId: string;

  @Column({ type: 'integer' })
  rank: number;
}
