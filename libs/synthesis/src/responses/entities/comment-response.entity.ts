import { DraftEntity } from '@thamvan/drafts';
import { CommentEntity } from '@thamvan/feedback';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AgencyResponseEntity } from './agency-response.entity';

/**
 * Which response answers a comment: a comment is answered iff it has a row here. One row per
 * comment, so a comment has one current answer; answering it again moves the row to the new
 * response (the old one keeps its revisions).
 */
@Entity('comment_response')
@Index('comment_response_response_idx', ['responseId'])
@Index('comment_response_draft_idx', ['draftId'])
export class CommentResponseEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'comment_response_comment_fk' })
  commentId: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => AgencyResponseEntity, { name: 'comment_response_response_fk' })
  responseId: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'comment_response_draft_fk' })
  draftId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  assignedAt: Date;
}
