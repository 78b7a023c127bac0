import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CommentEntity } from '@thamvan/feedback';

/**
 * The PostgreSQL search projection: one row per indexed comment, denormalised from the
 * comment, its provision, draft, author, counters, agency response and campaign, so that a
 * search or an export reads one table. Maintained by the search outbox consumer from the
 * current rows (upsert by comment id; deleted when the comment is withdrawn), rebuilt by
 * `npm run -s cli -- reindex`. Only public data: the masked text, never an e-mail or phone.
 *
 * The GIN index on `tsv`, the folded-text configuration and the vocabulary used for typo
 * tolerance are hand-written in the `Search` migration (TypeORM cannot declare them).
 */
@Entity('comment_search')
@Index('comment_search_published_created_idx', ['createdAt', 'commentId'], { where: `status = 'PUBLISHED'` })
@Index('comment_search_draft_created_idx', ['draftId', 'createdAt', 'commentId'])
// Hand-written in the migration (GIN; text_pattern_ops): declared so generation keeps them.
@Index('comment_search_tsv_idx', { synchronize: false })
@Index('comment_search_provision_key_idx', { synchronize: false })
@Index('comment_search_agreed_idx', ['agreeCount', 'createdAt', 'commentId'], {
  where: `status = 'PUBLISHED'`,
})
export class CommentSearchEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'comment_search_comment_fk', onDelete: 'CASCADE' })
  commentId: string;

  @Column({ type: 'uuid' })
  draftId: string;

  @Column({ type: 'uuid' })
  agencyId: string;

  @Column({ type: 'int' })
  versionNumber: number;

  @Column({ type: 'text', nullable: true })
  provisionKey: string | null;

  @Column({ type: 'text', nullable: true })
  provisionLabel: string | null;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text', nullable: true })
  stance: string | null;

  /** PUBLISHED, PENDING or HIDDEN (withdrawn comments leave the index). */
  @Column({ type: 'text' })
  status: string;

  /** The public text: coalesce(masked_body, body). */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  proposedText: string | null;

  @Column({ type: 'text' })
  authorDisplayName: string;

  @Column({ type: 'text' })
  authorKind: string;

  @Column({ type: 'text', nullable: true })
  organizationName: string | null;

  @Column({ type: 'text', nullable: true })
  province: string | null;

  @Column({ type: 'boolean' })
  verified: boolean;

  @Column({ type: 'boolean' })
  hasProposedText: boolean;

  @Column({ type: 'boolean', default: false })
  answered: boolean;

  @Column({ type: 'text', nullable: true })
  disposition: string | null;

  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  /** false for a campaign member that is not its campaign's representative (`uniqueOnly`). */
  @Column({ type: 'boolean', default: true })
  isUnique: boolean;

  @Column({ type: 'int', default: 0 })
  agreeCount: number;

  @Column({ type: 'int', default: 0 })
  disagreeCount: number;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** Folded (thamvan_fold) body and proposed text (A), provision (B), draft title (C), author (D). */
  @Column({ type: 'tsvector' })
  tsv: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  indexedAt: Date;
}
