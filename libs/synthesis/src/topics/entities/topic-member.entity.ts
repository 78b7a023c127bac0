import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { TopicEntity } from './topic.entity';

/** A comment of a topic; rank 0 is the closest to its centre ("Ý kiến khác": oldest first). */
@Entity('topic_member')
@Index('topic_member_rank_idx', ['topicId', 'rank'], { unique: true })
export class TopicMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => TopicEntity, { name: 'topic_member_topic_fk', onDelete: 'CASCADE' })
  topicId: string;

  // No foreign key or index of its own: every rebuild rewrites every member row, and nothing
  // looks members up by comment (migration TopicsBuildOrder).
  @PrimaryColumn({ type: 'uuid' })
  commentId: string;

  @Column({ type: 'integer' })
  rank: number;
}
