import { FNV1A_BASIS, fnv1a, fnv1aPair, foldByCharacter } from '@thamvan/core';
import type { EntityManager } from 'typeorm';
import type { RuleResult } from './screening.types';

/** The flood rule's knobs: how far back, how similar, how many repeats. */
export interface FloodOptions {
  /** Only the author's comments on the same draft posted within this many seconds count. */
  windowSeconds: number;
  /** This many earlier near-identical comments in the window, and the next one is held. */
  repeats: number;
  /** Two texts are near-identical when their flood hashes differ in at most this many of 64 bits. */
  maxDistance: number;
  /** How many of the author's latest comments are compared (bounds the read). */
  recentLimit: number;
}

export const DEFAULT_FLOOD_OPTIONS: FloodOptions = {
  windowSeconds: 10 * 60,
  repeats: 2,
  maxDistance: 10,
  recentLimit: 10,
};

/**
 * The comparison form: folded (so re-typing without marks is still a repeat), words only
 * (punctuation, emoji and spacing changes do not make a text new).
 */
export function floodForm(text: string): string[] {
  // Folded Vietnamese is ASCII: a plain (non-Unicode) class is several times faster here.
  return foldByCharacter(text).match(/[a-z0-9]+/g) ?? [];
}

/** Two FNV-1a offset bases give the two independent 32-bit halves of the hash. */
const BASIS_LOW = FNV1A_BASIS;
const BASIS_HIGH = 0x050c5d1f;

/**
 * A 64-bit SimHash of the text's word pairs (a one-word text: that word), as a signed decimal
 * string (a PostgreSQL bigint, stored as comment.flood_hash). Near-identical texts get hashes
 * that differ in a few bits; unrelated ones in about 32. Storing it lets the post statement
 * itself compare a new comment with the author's recent ones, without reading their texts.
 * Bits 0–31 come from one FNV basis, 32–63 from the other; stored hashes stay comparable, so
 * this function must not change its output (flood.spec pins it).
 */
export function floodHash(text: string): string {
  const tokens = floodForm(text);
  if (!tokens.length) return '0';
  const votes = new Int32Array(64);
  const vote = (low: number, high: number) => {
    for (let bit = 0; bit < 32; bit++) {
      votes[bit] += ((low >>> bit) & 1) * 2 - 1;
      votes[bit + 32] += ((high >>> bit) & 1) * 2 - 1;
    }
  };
  if (tokens.length === 1) vote(fnv1a(tokens[0], BASIS_LOW), fnv1a(tokens[0], BASIS_HIGH));
  for (let i = 1; i < tokens.length; i++) {
    vote(fnv1aPair(tokens[i - 1], tokens[i], BASIS_LOW), fnv1aPair(tokens[i - 1], tokens[i], BASIS_HIGH));
  }
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (votes[bit] > 0) low |= 1 << bit;
    if (votes[bit + 32] > 0) high |= 1 << bit;
  }
  return BigInt.asIntN(64, (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0)).toString();
}

/** Bits in which two flood hashes differ (0–64). */
export function floodDistance(a: string, b: string): number {
  let x = BigInt.asUintN(64, BigInt(a) ^ BigInt(b));
  let bits = 0;
  for (; x; x &= x - 1n) bits++;
  return bits;
}

/**
 * Floods: the same author posting near-identical text again and again. `recent` are the
 * flood hashes of that author's latest comments on the draft within the window (newest
 * first); when `repeats` of them are near-identical to the new text, it is held. A second
 * identical post is allowed (people retry, or post the same remark on two articles); the
 * third in ten minutes is not. The post statement applies the same test in SQL (floodSql),
 * with the same options; an edit reads `recent` with recentFloodHashes.
 */
export function screenFlood(
  hash: string,
  recent: readonly string[],
  options: FloodOptions = DEFAULT_FLOOD_OPTIONS,
): RuleResult {
  const repeats = recent
    .slice(0, options.recentLimit)
    .filter((earlier) => floodDistance(hash, earlier) <= options.maxDistance).length;
  if (repeats < options.repeats) return { findings: [], hold: false };
  return { findings: [{ rule: 'FLOOD', kind: 'REPEATED', count: repeats }], hold: true };
}

/** Where the flood window of a comment written at `now` starts. */
export function floodWindowStart(now: Date, options: FloodOptions): Date {
  return new Date(now.getTime() - options.windowSeconds * 1000);
}

/** SQL expressions (parameters with their casts) the flood rule's SQL is written with. */
export interface FloodSqlArgs {
  draftId: string;
  authorId: string;
  /** floodWindowStart. */
  since: string;
  /** FloodOptions.recentLimit. */
  limit: string;
}

/**
 * screenFlood's `recent` in SQL, as rows with `flood_hash`: the author's latest comments on
 * the draft within the window, newest first (comment_draft_author_idx, walked backwards).
 */
function recentSql(
  args: FloodSqlArgs,
  { excludeId, hashedOnly }: { excludeId?: string; hashedOnly?: boolean },
): string {
  let also = excludeId ? ` AND p.id <> ${excludeId}` : '';
  if (hashedOnly) also += ' AND p.flood_hash IS NOT NULL';
  return `SELECT p.flood_hash FROM comment p
     WHERE p.draft_id = ${args.draftId} AND p.author_id = ${args.authorId} AND p.created_at > ${args.since}${also}
     ORDER BY p.created_at DESC LIMIT ${args.limit}`;
}

/**
 * screenFlood in SQL, for the statement that posts a comment (it compares with the author's
 * recent comments without reading their texts): one row, `repeats`, how many recent comments
 * have a flood hash within `maxDistance` bits of `hash`, and `hold`, whether that is at least
 * `repeats` (FloodOptions.repeats).
 */
export function floodSql(
  args: FloodSqlArgs & { hash: string; maxDistance: string; repeats: string },
): string {
  return `SELECT count(*)::int AS repeats, count(*) >= ${args.repeats} AS hold FROM (
    ${recentSql(args, {})}
  ) r WHERE bit_count((r.flood_hash # ${args.hash})::bit(64)) <= ${args.maxDistance}`;
}

/** The finding screenFlood reports when it holds, as a jsonb array of one, for `repeats` in SQL. */
export function floodFindingsSql(repeats: string): string {
  return `jsonb_build_array(jsonb_build_object('rule', 'FLOOD', 'kind', 'REPEATED', 'count', ${repeats}))`;
}

/**
 * screenFlood's `recent` for an edit: the flood hashes of the author's other latest comments on
 * the draft within the window, newest first; comments without a hash (the demo seed's) are
 * passed over rather than counted against the limit.
 */
export async function recentFloodHashes(
  manager: EntityManager,
  comment: { id: string; draftId: string; authorId: string },
  now: Date,
  options: FloodOptions,
): Promise<string[]> {
  const rows: { flood_hash: string }[] = await manager.query(
    recentSql(
      { draftId: '$1', authorId: '$2', since: '$3', limit: '$5' },
      { excludeId: '$4', hashedOnly: true },
    ),
    [comment.draftId, comment.authorId, floodWindowStart(now, options), comment.id, options.recentLimit],
  );
  return rows.map((r) => r.flood_hash);
}
