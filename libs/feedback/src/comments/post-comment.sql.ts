import { outboxInsertSql, rateLimitCountSql } from '@thamvan/core';
import { statusSql } from '@thamvan/drafts';
import { floodFindingsSql, floodSql, moderationReasons } from '@thamvan/moderation-rules';

/** Why a comment on a PRE-moderated draft waits (shown to its author; HELD_PRE_MODERATION). */
export const PRE_MODERATION_REASON = moderationReasons.preModeration;

/**
 * The one statement of postComment's write path (PERFORMANCE.md: every extra statement
 * and commit on this path costs). In order, in one snapshot and one commit:
 *
 *  1. `rl`: counts the post against the author's rate-limit buckets, with core's
 *     fixed-window count (rateLimitCountSql, the fragment RateLimiter.consume runs too:
 *     same `rate_limit_bucket` table, so limits are shared by every API process). Folded in here because two separate
 *     consume() calls were two more round trips and two more WAL flushes per comment.
 *     Buckets are locked in array order, so concurrent posts of one author cannot deadlock.
 *  2. `open`: re-checks that the consultation is OPEN on the server clock (the caller's
 *     copy of the schedule may be a second old).
 *  3. `ins`: inserts the comment unless the author already used this idempotency key
 *     (ON CONFLICT DO NOTHING waits for a concurrent twin to commit, then yields to it).
 *  4. `ev`: the `comment.created` outbox event, only if the comment was inserted.
 *
 * Screening (libs/moderation) ran before, as pure CPU: its verdict arrives as parameters
 * (hold, masked texts, reasons, findings, flood hash). Two more decisions are taken here,
 * from rows the statement can read without another round trip:
 *  - `flood`: how many of the author's latest comments on the draft (≤ $27, within the
 *    window) have a flood hash within $28 bits of this one; $29 or more hold it (moderation's
 *    floodSql, screenFlood in SQL);
 *  - the draft's moderation mode, read in `open` from the row checked anyway, so switching
 *    a draft to PRE holds the very next comment.
 * A held comment enters the moderation queue at once.
 *
 * Parameters: $1 id, $2 draft, $3 version, $4 provision, $5 lineage, $6 parent, $7 depth,
 * $8 author, $9 body, $10 stance, $11 proposed text, $12 idempotency key, $13 input hash,
 * $14 now, $15 topic, $16 payload, $17 bucket keys, $18 their limits, $19 their windows (s),
 * $20 held by screening (bool), $21 masked body, $22 masked proposed text, $23 reason when
 * held by screening, $24 screening findings (jsonb array), $25 flood hash, $26 the reason
 * when the flood rule holds it too, $27 flood: recent comments compared, $28 max distance
 * (bits), $29 repeats that hold, $30 start of the flood window.
 */
export const POST_COMMENT_SQL = `
WITH rl AS (
  ${rateLimitCountSql({
    buckets: 'unnest($17::text[], $19::int[]) WITH ORDINALITY AS t(key, window_seconds, n)',
    now: '$14::timestamptz',
    order: 't.n',
  })}
), refused AS (
  SELECT rl.expires_at FROM rl JOIN unnest($17::text[], $18::int[]) AS l(key, max_count) ON l.key = rl.key
   WHERE rl.count > l.max_count
), flood AS (
  ${floodSql({
    draftId: '$2',
    authorId: '$8',
    since: '$30::timestamptz',
    limit: '$27',
    hash: '$25::bigint',
    maxDistance: '$28',
    repeats: '$29',
  })}
), open AS (
  SELECT CASE WHEN f.hold OR $20::boolean OR d.moderation_mode = 'PRE' THEN 'PENDING'
              ELSE 'PUBLISHED' END AS status,
         CASE WHEN f.hold THEN $26::text
              WHEN $20::boolean THEN $23::text
              WHEN d.moderation_mode = 'PRE' THEN '${PRE_MODERATION_REASON}' END AS reason,
         CASE WHEN f.hold OR $20::boolean THEN 'HELD_BY_SCREENING'
              WHEN d.moderation_mode = 'PRE' THEN 'HELD_PRE_MODERATION' END AS reason_code,
         CASE WHEN f.hold THEN coalesce($24::jsonb, '[]') || ${floodFindingsSql('f.repeats')}
              ELSE $24::jsonb END AS findings
    FROM draft d CROSS JOIN flood f
   WHERE d.id = $2 AND ${statusSql('d', '$14::timestamptz')} = 'OPEN' AND NOT EXISTS (SELECT 1 FROM refused)
), ins AS (
  INSERT INTO comment (id, draft_id, version_id, provision_id, lineage_id, parent_id, depth, author_id,
                       body, stance, proposed_text, status, idempotency_key, input_hash, created_at,
                       masked_body, masked_proposed_text, moderation_reason, moderation_reason_code,
                       screening_findings, flood_hash, moderation_queued_at)
  SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, open.status, $12, $13, $14,
         $21, $22, open.reason, open.reason_code, open.findings, $25::bigint,
         CASE WHEN open.status = 'PENDING' THEN $14::timestamptz END
    FROM open
  ON CONFLICT (author_id, idempotency_key) DO NOTHING
  RETURNING id, status, moderation_reason, moderation_reason_code
), ev AS (
  ${outboxInsertSql('SELECT $15, ins.id::text, $16::jsonb FROM ins')}
)
SELECT (SELECT id FROM ins) AS id, (SELECT status FROM ins) AS status,
       (SELECT moderation_reason FROM ins) AS "moderationReason",
       (SELECT moderation_reason_code FROM ins) AS "moderationReasonCode",
       (SELECT max(expires_at) FROM refused) AS "refusedUntil"`;
