import { reactionTallyOf } from '@thamvan/feedback';

const TALLY = reactionTallyOf('c.id');

/**
 * The words of each field carry their own weight in `tsv` (A what the comment says, B the
 * provision's label and heading, C the draft's title, D the author's public name): a query
 * looks only where SearchQuery.fields says (pg-tsquery.ts FIELD_WEIGHT).
 *
 * The SELECT that turns current rows into search documents: the public text
 * (coalesce(masked_…, …)), provision, draft, public author fields, counters, the agency's
 * answer and the campaign. `where` restricts the comments (over `c`); withdrawn comments are
 * never documents. Shared by the incremental upsert and the full rebuild so they cannot
 * drift apart.
 */
export function projectionSelect(where: string, withTsv = true): string {
  return `
  SELECT c.id AS comment_id, c.draft_id, d.agency_id, v.number AS version_number,
         p.key AS provision_key, p.full_label AS provision_label, c.parent_id, c.stance, c.status,
         coalesce(c.masked_body, c.body) AS body,
         coalesce(c.masked_proposed_text, c.proposed_text) AS proposed_text,
         u.display_name AS author_display_name, u.kind AS author_kind,
         u.organization_name, u.province, u.verification_level <> 'NONE' AS verified,
         c.proposed_text IS NOT NULL AS has_proposed_text,
         cr.comment_id IS NOT NULL AS answered, ar.disposition,
         cm.campaign_id, (cm.comment_id IS NULL OR cp.representative_comment_id = c.id) AS is_unique,
         ${TALLY.agree} AS agree_count, ${TALLY.disagree} AS disagree_count,
         c.created_at, p.heading AS provision_heading, d.title AS draft_title${
           withTsv
             ? `,
         setweight(to_tsvector('simple', thamvan_fold(coalesce(c.masked_body, c.body) || ' ' ||
                     coalesce(c.masked_proposed_text, c.proposed_text, ''))), 'A') ||
         setweight(to_tsvector('simple', thamvan_fold(coalesce(p.label, '') || ' ' || coalesce(p.heading, ''))), 'B') ||
         setweight(to_tsvector('simple', thamvan_fold(d.title)), 'C') ||
         setweight(to_tsvector('simple', thamvan_fold(u.display_name || ' ' ||
                     coalesce(u.organization_name, ''))), 'D') AS tsv`
             : ''
         }
    FROM comment c
    JOIN draft d ON d.id = c.draft_id
    JOIN draft_version v ON v.id = c.version_id
    JOIN app_user u ON u.id = c.author_id
    LEFT JOIN provision p ON p.id = c.provision_id
    LEFT JOIN comment_response cr ON cr.comment_id = c.id
    LEFT JOIN agency_response ar ON ar.id = cr.response_id
    LEFT JOIN campaign_member cm ON cm.comment_id = c.id
    LEFT JOIN campaign cp ON cp.id = cm.campaign_id
   WHERE c.status <> 'WITHDRAWN' AND (${where})`;
}

export const PROJECTION_COLUMNS = `comment_id, draft_id, agency_id, version_number, provision_key,
  provision_label, parent_id, stance, status, body, proposed_text, author_display_name, author_kind,
  organization_name, province, verified, has_proposed_text, answered, disposition, campaign_id,
  is_unique, agree_count, disagree_count, created_at, tsv`;

const UPDATABLE = PROJECTION_COLUMNS.split(',')
  .map((c) => c.trim())
  .filter((c) => c !== 'comment_id');

/**
 * Upserts the documents of the comments `$1::uuid[]` into `table` and deletes those that are
 * no longer documents (withdrawn), in one statement; adds their words to the vocabulary
 * used for typo tolerance. Idempotent: it only ever copies the current rows.
 */
export function upsertByIdsSql(table: string): string {
  return `
  WITH doc AS (${projectionSelect('c.id = ANY($1::uuid[])')}),
  up AS (
    INSERT INTO ${table} (${PROJECTION_COLUMNS}, indexed_at)
    SELECT ${PROJECTION_COLUMNS}, now() FROM doc ORDER BY comment_id
    ON CONFLICT (comment_id) DO UPDATE SET ${UPDATABLE.map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
      indexed_at = now()
    RETURNING tsv
  ),
  vocabulary AS (
    INSERT INTO comment_search_word (word)
    SELECT DISTINCT w FROM up, unnest(tsvector_to_array(up.tsv)) w
     WHERE length(w) >= 2 AND w !~ '^[0-9]+$' ORDER BY w
    ON CONFLICT DO NOTHING
  )
  DELETE FROM ${table} s WHERE s.comment_id = ANY($1::uuid[])
     AND NOT EXISTS (SELECT 1 FROM doc WHERE doc.comment_id = s.comment_id)`;
}

/**
 * Every document, for a rebuild: the comments created in ($1, $2], inserted into a fresh table
 * in time order (search-projection.ts says why).
 */
export function insertRangeSql(table: string): string {
  return `
  WITH up AS (
    INSERT INTO ${table} (${PROJECTION_COLUMNS}, indexed_at)
    SELECT ${PROJECTION_COLUMNS}, now()
      FROM (${projectionSelect('c.created_at > $1::timestamptz AND c.created_at <= $2::timestamptz')}) doc
     ORDER BY created_at, comment_id
    RETURNING tsv
  )
  INSERT INTO comment_search_word (word)
  SELECT DISTINCT w FROM up, unnest(tsvector_to_array(up.tsv)) w
   WHERE length(w) >= 2 AND w !~ '^[0-9]+$' ORDER BY w
  ON CONFLICT DO NOTHING`;
}

/**
 * The comments whose documents changed since $1 (database time, which stamps indexed_at and
 * withdrawn_at): rewritten by the projection consumer, or withdrawn (their document deleted).
 * What a rebuild started at $1 has to catch up with before it swaps, in either index.
 */
export function changedSinceSql(table: string): string {
  return `SELECT comment_id AS id FROM ${table} WHERE indexed_at >= $1
          UNION SELECT id FROM comment WHERE withdrawn_at >= $1`;
}
