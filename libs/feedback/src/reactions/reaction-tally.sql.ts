/**
 * How a comment's agree and disagree counts are taken: counted from `comment_reaction`
 * itself, whatever order the reaction events arrive in. The one definition for every reader
 * that recounts (the counters consumer, the search projection, the live fan-out, the answer
 * to a reaction), so a change of rule (a new kind, a reaction that stops counting) is made
 * here once.
 */

/** Per comment, as scalar subqueries: `comment` is the SQL expression of its id. */
export function reactionTallyOf(comment: string): { agree: string; disagree: string } {
  const count = (kind: string) =>
    `(SELECT count(*) FROM comment_reaction r WHERE r.comment_id = ${comment} AND r.kind = '${kind}')::int`;
  return { agree: count('AGREE'), disagree: count('DISAGREE') };
}

/** Aggregates over rows of `comment_reaction` (grouped by comment, or of one comment). */
export const REACTION_TALLY_COLUMNS = `count(*) FILTER (WHERE kind = 'AGREE')::int AS agree,
       count(*) FILTER (WHERE kind = 'DISAGREE')::int AS disagree`;
