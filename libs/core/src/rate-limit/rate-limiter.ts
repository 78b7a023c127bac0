import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';

export interface RateLimitDecision {
  allowed: boolean;
  /** Requests counted in the current window, this one included (for `consume`). */
  count: number;
  /** Seconds until the window restarts; 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * The fixed-window count, as a fragment other statements compose (postComment folds it
 * into its one statement): counts one request against each bucket of `buckets` (rows
 * `t(key, window_seconds)`, locked in `order` when given, so concurrent callers cannot
 * deadlock) at `now`, opening a new window where the stored one has ended, and returns
 * `key, count, expires_at` per bucket. The one definition of the rule.
 */
export function rateLimitCountSql(from: { buckets: string; now: string; order?: string }): string {
  const { buckets, now } = from;
  return `INSERT INTO rate_limit_bucket AS b (key, window_start, expires_at, count)
  SELECT t.key, ${now}, ${now} + make_interval(secs => t.window_seconds), 1
    FROM ${buckets}${from.order ? ` ORDER BY ${from.order}` : ''}
  ON CONFLICT (key) DO UPDATE SET
    window_start = CASE WHEN b.expires_at <= ${now} THEN ${now} ELSE b.window_start END,
    expires_at = CASE WHEN b.expires_at <= ${now} THEN EXCLUDED.expires_at ELSE b.expires_at END,
    count = CASE WHEN b.expires_at <= ${now} THEN 1 ELSE b.count + 1 END
  RETURNING b.key, b.count, b.expires_at`;
}

/**
 * Fixed-window counters in PostgreSQL (`rate_limit_bucket`), shared by every API process.
 * One UPSERT per call: it opens a new window when the stored one has ended, otherwise
 * increments, and returns the state, so concurrent requests can never all slip under the
 * limit. Time comes from the injectable Clock, so tests move it instead of sleeping.
 *
 * Callers scale their limits with `AppConfig.scaleLimit()` (RATE_LIMIT_MULTIPLIER).
 */
@Injectable()
export class RateLimiter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RateLimiter.name);
  private pruning?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Ended windows are deleted on a timer, off every request path: the busiest writer of the
   * table (postComment's statement) does not come through `consume`, so counting calls
   * here would leave its buckets behind.
   */
  onApplicationBootstrap(): void {
    this.pruning = setInterval(() => {
      this.prune().catch((error: unknown) => this.logger.warn({ err: error }, 'rate-limit prune failed'));
    }, PRUNE_EVERY_MS);
    this.pruning.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.pruning);
  }

  /** Counts one request against `key` and says whether it stays within `limit`. */
  async consume(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    const now = this.clock.now();
    const [row]: { count: number; expires_at: Date }[] = await this.dataSource.query(
      rateLimitCountSql({
        buckets: '(VALUES ($1, $3::int)) AS t(key, window_seconds)',
        now: '$2::timestamptz',
      }),
      [key, now, windowSeconds],
    );
    return decide(row.count, row.count <= limit, row.expires_at, now);
  }

  /** The state of `key` without counting anything. */
  async peek(key: string, limit: number): Promise<RateLimitDecision> {
    const now = this.clock.now();
    const [row]: { count: number; expires_at: Date }[] = await this.dataSource.query(
      `SELECT count, expires_at FROM rate_limit_bucket WHERE key = $1 AND expires_at > $2`,
      [key, now],
    );
    if (!row) return { allowed: true, count: 0, retryAfterSeconds: 0 };
    return decide(row.count, row.count < limit, row.expires_at, now);
  }

  /**
   * Gives back one request counted by `consume` (e.g. a login that turned out to be
   * correct: only failures should use up the allowance). Never goes below zero.
   */
  async refund(key: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE rate_limit_bucket SET count = greatest(count - 1, 0) WHERE key = $1 AND expires_at > $2`,
      [key, this.clock.now()],
    );
  }

  /** Deletes windows that have ended; every PRUNE_EVERY_MS in each process. */
  async prune(): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM rate_limit_bucket WHERE expires_at <= $1`,
      [this.clock.now()],
    );
    return result[1];
  }
}

const PRUNE_EVERY_MS = 60_000;

function decide(count: number, allowed: boolean, expiresAt: Date, now: Date): RateLimitDecision {
  const retryAfterSeconds = allowed
    ? 0
    : Math.max(1, Math.ceil((new Date(expiresAt).getTime() - now.getTime()) / 1000));
  return { allowed, count, retryAfterSeconds };
}
