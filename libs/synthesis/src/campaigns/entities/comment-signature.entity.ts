import { DraftEntity } from '@thamvan/drafts';
import { CommentEntity } from '@thamvan/feedback';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A top-level comment's text fingerprint, computed once per written text: the sorted 32-bit
 * hashes of its folded word shingles (for exact Jaccard), a hash of the whole folded text
 * (exact duplicates) and its MinHash signature (LSH bands are derived from it).
 */
@Entity('comment_signature')
@Index('comment_signature_exact_idx', ['draftId', 'exactHash'])
export class CommentSignatureEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'comment_signature_comment_fk' })
  commentId: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'comment_signature_draft_fk' })
  draftId: string;

  @Column({ type: 'text' })
  exactHash: string;

  /** Packed int4 values (text-signature.ts packInt32), sorted and unique. */
  @Column({ type: 'bytea' })
  shingles: Buffer;

  /** Packed int4 values, MINHASH_SIZE of them (none for a text without words). */
  @Column({ type: 'bytea' })
  minhash: Buffer;
}
