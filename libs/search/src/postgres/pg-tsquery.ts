import { EntityManager } from 'typeorm';
import { SearchCorrection, SearchFieldName } from '../search-query';
import { editDistance, editsOf, typosAllowed } from '../text/edit-distance';
import { MIN_SHORT_TYPO_WORD_LENGTH, MIN_TYPO_WORD_LENGTH, ParsedQuery } from '../text/fold';

/** Trigram similarity that preselects candidates through the GIN index (pg_trgm's default). */
const TRIGRAM_SIMILARITY = 0.3;
const PRESELECTED = 10;
const TYPO_CANDIDATES = 3;

/**
 * The weight each field's words carry in `comment_search.tsv` (projection.sql.ts): a tsquery
 * lexeme restricted to weights (`'dat':A`) matches only there.
 */
export const FIELD_WEIGHT: Record<SearchFieldName, string> = {
  COMMENT: 'A',
  PROVISION: 'B',
  DRAFT: 'C',
  AUTHOR: 'D',
};

export interface BuiltTsquery {
  /** Every reading of every word, in the fields searched: what matches. */
  query: string;
  /** The query restricted to one field: where a hit matched. */
  inField: (field: SearchFieldName) => string;
  corrections: SearchCorrection[];
}

/**
 * The tsquery text for a parsed query: every loose word required, phrases word by word
 * (`<->`), each lexeme restricted to the weights of the fields searched. A word that no
 * document contains is read again:
 *  - typed in Telex or VNI without an input method ("quyeenf"): ORed with what it stands for;
 *  - otherwise as a typo, ORed with the vocabulary words one edit away (two from 9 letters):
 *    from 5 letters through a trigram-preselected lookup checked by edit distance (trigrams
 *    alone would take "nghi" for "nghiepp"), at 3–4 letters (most Vietnamese syllables) by
 *    looking up the word's one-edit variants, and only beside other words, which must match.
 * Known words are never expanded, since Vietnamese syllables are short and alike (quyền/quyết
 * would otherwise match each other); so exact matches always come first: a hit found through
 * another reading contains no word as typed, there being none in any document. Lexemes are runs of letters and digits, so quoting them
 * is safe.
 */
export async function buildTsquery(
  manager: EntityManager,
  text: ParsedQuery,
  fields: readonly SearchFieldName[],
): Promise<BuiltTsquery> {
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
  const build = (weights: string) => {
    const lexeme = (w: string) => `'${w}':${weights}`;
    const parts = text.words.map((w) => {
      // An unknown word is in no document: only its other readings can match.
      const alts = alternatives.get(w) ?? [];
      return alts.length ? `(${alts.map(lexeme).join(' | ')})` : lexeme(w);
    });
    for (const phrase of text.phrases) parts.push(`(${phrase.map(lexeme).join(' <-> ')})`);
    return parts.join(' & ');
  };
  const weights = fields.map((f) => FIELD_WEIGHT[f]).join('');
  return {
    query: build(weights),
    inField: (field) => build(FIELD_WEIGHT[field]),
    corrections,
  };
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
