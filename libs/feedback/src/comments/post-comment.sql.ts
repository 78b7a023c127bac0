import { statusSql } from '@thamvan/drafts';

/**
 * The one statement of postComment's write path (PERFORMANCE.md: every extra statement
 * and commit on this path costs). In order, in one snapshot and one commit:
 *
 *  1. `rl`: counts the post against the author's rate-limit buckets, with exactly the
 *     fixed-window UPSERT of core's RateLimiter.consume (same `rate_limit_bucket` table,
 *     so limits are shared by every API process). Folded in here because two separate
 *     consume() calls were two more round trips and two more WAL flushes per comment.
 *     Buckets are locked in array order, so concurrent posts of one author cannot deadlock.
 *  2. `open`: re-checks that the consultation is OPEN on the server clock (the caller's
 *     copy of the schedule may be a second old).
 *  3. `ins`: inserts the comment unless the author already used this idempotency key
 *     (ON CONFLICT DO NOTHING waits for a concurrent twin to commit, then yields to it).
 *  4. `ev`: the `comment.created` outbox event, only if the comment was inserted.
 *
 * Parameters: $1 id, $2 draft, $3 version, $4 provision, $5 lineage, $6 parent, $7 depth,
 * $8 author, $9 body, $10 stance, $11 proposed text, $12 idempotency key, $13 input hash,
 * $14 now, $15 topic, $16 payload, $17 bucket keys, $18 their limits, $19 their windows (s).
 */
export const POST_COMMENT_SQL = `
WITH rl AS (
  INSERT INTO rate_limit_bucket AS b (key, window_start, expires_at, count)
  SELECT t.key, $14::timestamptz, $14::timestamptz + make_interval(secs => t.window_seconds), 1
    FROM unnest($17::text[], $19::int[]) WITH ORDINALITY AS t(key, window_seconds, n)
   ORDER BY t.n
  ON CONFLICT (key) DO UPDATE SET
    window_start = CASE WHEN b.expires_at <= $14::timestamptz THEN $14::timestamptz ELSE b.window_start END,
    expires_at = CASE WHEN b.expires_at <= $14::timestamptz THEN EXCLUDED.expires_at ELSE b.expires_at END,
    count = CASE WHEN b.expires_at <= $14::timestamptz THEN 1 ELSE b.count + 1 END
  RETURNING b.key, b.count, b.expires_at
), refused AS (
  SELECT rl.expires_at FROM rl JOIN unnest($17::text[], $18::int[]) AS l(key, max_count) ON l.key = rl.key
   WHERE rl.count > l.max_count
), open AS (
  SELECT 1 FROM draft d
   WHERE d.id = $2 AND ${statusSql('d', '$14::timestamptz')} = 'OPEN' AND NOT EXISTS (SELECT 1 FROM refused)
), ins AS (
  INSERT INTO comment (id, draft_id, version_id, provision_id, lineage_id, parent_id, depth, author_id,
                       body, stance, proposed_text, status, idempotency_key, input_hash, created_at)
  SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'PUBLISHED', $12, $13, $14 FROM open
  ON CONFLICT (author_id, idempotency_key) DO NOTHING
  RETURNING id
), ev AS (
  INSERT INTO outbox_event (topic, aggregate_id, payload)
  SELECT $15, ins.id::text, $16::jsonb FROM ins
)
SELECT (SELECT id FROM ins) AS id, (SELECT max(expires_at) FROM refused) AS "refusedUntil"`;
