import { DraftEntity, DraftVersionEntity, ProvisionEntity } from '@thamvan/drafts';
import { UserEntity } from '@thamvan/identity';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export type StanceName = 'SUPPORT' | 'OPPOSE' | 'AMEND' | 'QUESTION' | 'NEUTRAL';
export type CommentStatusName = 'PUBLISHED' | 'PENDING' | 'HIDDEN' | 'WITHDRAWN';

/**
 * A comment or reply. It stays on the version it was made on (`versionId`); `lineageId`
 * (the provision's lineage) shows it on the matching provision of later versions. Nothing
 * is ever hard-deleted: withdrawing or hiding changes `status`, edits keep the previous text
 * in `comment_revision`.
 *
 * The idempotency record lives on the row itself (`idempotencyKey`, `inputHash`): one insert,
 * one unique index, and a key stays valid as long as its comment, i.e. for ever.
 *
 * Few indexes on purpose: every one is paid by every insert on the hot write path.
 */
@Entity('comment')
@Index('comment_author_idempotency_key', ['authorId', 'idempotencyKey'], { unique: true })
@Index('comment_lineage_idx', ['lineageId', 'createdAt', 'id'])
@Index('comment_parent_idx', ['parentId', 'createdAt', 'id'], { where: 'parent_id IS NOT NULL' })
// created_at too: the flood rule reads an author's latest comments on a draft from it.
@Index('comment_draft_author_idx', ['draftId', 'authorId', 'createdAt'])
@Index('comment_draft_top_idx', ['draftId', 'createdAt', 'id'], {
  where: 'provision_id IS NULL AND parent_id IS NULL',
})
// "Most discussed right now" (ActivityService) reads the last hours of comments.
@Index('comment_created_idx', ['createdAt'])
// The moderation queue: only queued rows are in it, so it stays small and ordered.
@Index('comment_moderation_queue_idx', ['moderationQueuedAt', 'id'], {
  where: 'moderation_queued_at IS NOT NULL',
})
// Draft.heldCount: only held rows, so counting them never reads the draft's other comments.
@Index('comment_draft_pending_idx', ['draftId'], { where: `status = 'PENDING'` })
@Check('comment_status_check', `status IN ('PUBLISHED', 'PENDING', 'HIDDEN', 'WITHDRAWN')`)
@Check('comment_stance_check', `stance IN ('SUPPORT', 'OPPOSE', 'AMEND', 'QUESTION', 'NEUTRAL')`)
@Check('comment_depth_check', `depth BETWEEN 0 AND 3`)
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'comment_draft_fk' })
  draftId: string;

  /** The draft version the comment was made on. */
  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftVersionEntity, { name: 'comment_version_fk' })
  versionId: string;

  /** null: a comment on the draft as a whole. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => ProvisionEntity, { name: 'comment_provision_fk' })
  provisionId: string | null;

  /** The provision's lineage, copied so that later versions find the comment by one index. */
  @Column({ type: 'uuid', nullable: true })
  lineageId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => CommentEntity, { name: 'comment_parent_fk' })
  parentId: string | null;

  /** 0 for a top-level comment; replies 1–3 (deeper replies attach at depth 3). */
  @Column({ type: 'smallint', default: 0 })
  depth: number;

  @Column({ type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'comment_author_fk' })
  authorId: string;

  /** NFC, trimmed, 1–10,000 characters. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  stance: StanceName | null;

  @Column({ type: 'text', nullable: true })
  proposedText: string | null;

  @Column({ type: 'text', default: 'PUBLISHED' })
  status: CommentStatusName;

  /** Client-generated UUID, unique per author: a retried post returns the original comment. */
  @Column({ type: 'uuid' })
  idempotencyKey: string;

  /** SHA-256 of the normalised input: the same key with different input is a CONFLICT. */
  @Column({ type: 'text' })
  inputHash: string;

  /** Server Clock time, millisecond precision so keyset cursors round-trip exactly. */
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt: Date | null;

  /**
   * The body with personal data masked (libs/moderation screening); null when nothing was
   * masked. The public text is coalesce(masked_body, body); `body` stays the original.
   */
  @Column({ type: 'text', nullable: true })
  maskedBody: string | null;

  /** proposed_text with personal data masked; null when nothing was masked. */
  @Column({ type: 'text', nullable: true })
  maskedProposedText: string | null;

  /** Why it is PENDING or HIDDEN (screening or the last moderation decision); author and moderators only. */
  @Column({ type: 'text', nullable: true })
  moderationReason: string | null;

  /** The stable code of that reason (ModerationReasonCode in libs/moderation). */
  @Column({ type: 'text', nullable: true })
  moderationReasonCode: string | null;

  /** What automatic screening found at the last post or edit (rule, kind); null when nothing. */
  @Column({ type: 'jsonb', nullable: true })
  screeningFindings: unknown[] | null;

  /**
   * SimHash of the body's words (libs/moderation flood rule): the post statement compares it
   * with the author's latest comments on the draft, so the rule costs no extra read.
   */
  @Column({ type: 'bigint', nullable: true })
  floodHash: string | null;

  /** When it entered the moderation queue (held, or first flagged since the last decision); null when not queued. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  moderationQueuedAt: Date | null;

  /** The last moderation decision: flags older than this have been reviewed. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  moderatedAt: Date | null;
}
