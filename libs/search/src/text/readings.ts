import { EntityManager } from 'typeorm';
import { SearchCorrection } from '../search-query';
import { editDistance, editsOf, typosAllowed } from './edit-distance';
import { MIN_SHORT_TYPO_WORD_LENGTH, MIN_TYPO_WORD_LENGTH, ParsedQuery } from './fold';

/** Trigram similarity that preselects candidates through the GIN index (pg_trgm's default). */
const TRIGRAM_SIMILARITY = 0.3;
const PRESELECTED = 10;
const TYPO_CANDIDATES = 3;

/** How a query's words are read against the vocabulary of indexed words. */
export interface QueryReadings {
  /** Each unknown word that has other readings: what it stands for, most likely first. */
  alternatives: Map<string, string[]>;
  corrections: SearchCorrection[];
  /** The loose words no document contains (with or without other readings). */
  unknown: Set<string>;
}

/**
 * The contract's rules for words no document contains, one home for both adapters (the
 * vocabulary, `comment_search_word`, is kept in PostgreSQL in every configuration):
 *  - typed in Telex or VNI without an input method ("quyeenf"): read as what it stands for;
 *  - otherwise as a typo, read as the vocabulary words one edit away (two from 9 letters):
 *    from 5 letters through a trigram-preselected lookup checked by edit distance (trigrams
 *    alone would take "nghi" for "nghiepp"), at 3–4 letters (most Vietnamese syllables) by
 *    looking up the word's one-edit variants, and only beside other words, which must match.
 * Known words are never read otherwise, since Vietnamese syllables are short and alike
 * (quyền/quyết would otherwise match each other).
 */
export async function readQuery(manager: EntityManager, text: ParsedQuery): Promise<QueryReadings> {
  const termCount = text.words.length + text.phrases.flat().length;
  const unknown = await unknownWords(manager, text.words);
  const corrections: SearchCorrection[] = [];
  const alternatives = new Map<string, string[]>();
  for (const word of unknown) {
    const typed = text.typed[word];
    if (typed) {
      alternatives.set(word, [typed]);
      corrections.push({ typed: word, readAs: [typed], kind: 'INPUT_METHOD' });
    }
  }
  const length = (w: string) => [...w].length;
  const long = unknown.filter((w) => !alternatives.has(w) && length(w) >= MIN_TYPO_WORD_LENGTH);
  const short =
    termCount > 1
      ? unknown.filter(
          (w) =>
            !alternatives.has(w) &&
            length(w) >= MIN_SHORT_TYPO_WORD_LENGTH &&
            length(w) < MIN_TYPO_WORD_LENGTH,
        )
      : [];
  const typos = new Map([...(await longTypos(manager, long)), ...(await shortTypos(manager, short))]);
  for (const [word, close] of typos) {
    if (!close.length) continue;
    alternatives.set(word, close);
    corrections.push({ typed: word, readAs: close, kind: 'TYPO' });
  }
  return { alternatives, corrections, unknown: new Set(unknown) };
}

/** The words no document contains (the vocabulary holds every indexed word of 2+ letters). */
async function unknownWords(manager: EntityManager, words: string[]): Promise<string[]> {
  const candidates = words.filter((w) => [...w].length >= 2 && !/^[0-9]+$/.test(w));
  if (!candidates.length) return [];
  const rows: { word: string }[] = await manager.query(
    `SELECT word FROM comment_search_word WHERE word = ANY($1::text[])`,
    [candidates],
  );
  const known = new Set(rows.map((r) => r.word));
  return candidates.filter((w) => !known.has(w));
}

async function longTypos(manager: EntityManager, words: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (!words.length) return found;
  const rows: { word: string; alternatives: string[] }[] = await manager.query(
    `SELECT q.word, coalesce(array_agg(v.word ORDER BY v.sim DESC) FILTER (WHERE v.word IS NOT NULL), '{}') AS alternatives
       FROM unnest($1::text[]) q(word)
       LEFT JOIN LATERAL (
         SELECT cw.word, similarity(cw.word, q.word) AS sim FROM comment_search_word cw
          WHERE cw.word % q.word AND similarity(cw.word, q.word) >= $2
            AND abs(length(cw.word) - length(q.word)) <= 2
          ORDER BY cw.word <-> q.word LIMIT $3
       ) v ON true
      GROUP BY q.word`,
    [words, TRIGRAM_SIMILARITY, PRESELECTED],
  );
  for (const row of rows) {
    const max = typosAllowed(row.word);
    found.set(
      row.word,
      row.alternatives.filter((w) => editDistance(w, row.word, max) <= max).slice(0, TYPO_CANDIDATES),
    );
  }
  return found;
}

/**
 * Short words: trigrams say little about 3–4 letters, but their one-edit variants are a few
 * hundred, looked up in one indexed query. Variants come most likely first (a letter too
 * many, two swapped, one wrong, one missing), and that order decides which are kept.
 */
async function shortTypos(manager: EntityManager, words: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (!words.length) return found;
  const variants = new Map(words.map((w) => [w, editsOf(w)]));
  const all = [...new Set([...variants.values()].flat())];
  const rows: { word: string }[] = await manager.query(
    `SELECT word FROM comment_search_word WHERE word = ANY($1::text[])`,
    [all],
  );
  const known = new Set(rows.map((r) => r.word));
  for (const [word, edits] of variants) {
    found.set(word, edits.filter((e) => known.has(e)).slice(0, TYPO_CANDIDATES));
  }
  return found;
}
