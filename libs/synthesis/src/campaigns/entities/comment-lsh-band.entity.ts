import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * LSH buckets of the comments a new comment may join ("heads": campaign representatives and
 * comments in no campaign), one row per band. Members are left out (they are compared through
 * their representative), which keeps the table small when one form letter arrives 100,000 times.
 *
 * No foreign key on purpose: a derived index written 20 rows per head, where the per-row
 * check was a large share of the grouping cost; rows go with their signature's comment, and
 * comments are never deleted.
 */
@Entity('comment_lsh_band')
@Index('comment_lsh_band_comment_idx', ['commentId'])
@Index('comment_lsh_band_representative_idx', ['draftId', 'band', 'bucket', 'commentId'], {
  where: 'representative',
})
export class CommentLshBandEntity {
  @PrimaryColumn({ type: 'uuid' })
  draftId: string;

  @PrimaryColumn({ type: 'smallint' })
  band: number;

  @PrimaryColumn({ type: 'integer' })
  bucket: number;

  @PrimaryColumn({ type: 'uuid' })
  commentId: string;

  /**
   * The head represents a campaign: a bucket proposes its representatives before other heads,
   * so the per-bucket cap (CampaignGrouper's BUCKET_CANDIDATES) never hides a campaign behind
   * near-misses of it.
   */
  @Column({ type: 'boolean', default: false })
  representative: boolean;
}
