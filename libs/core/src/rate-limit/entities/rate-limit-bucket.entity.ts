import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One fixed-window counter per bucket key (e.g. `login:ip:<hash>`). Kept in PostgreSQL so
 * that every API process counts against the same window. Keys should not hold personal
 * data in the clear: callers hash e-mail addresses and IPs before building them.
 */
@Entity('rate_limit_bucket')
@Index('rate_limit_bucket_expires_idx', ['expiresAt'])
export class RateLimitBucketEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'timestamptz' })
  windowStart: Date;

  /** End of the current window; rows past it are dead weight that `prune()` removes. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'int' })
  count: number;
}
