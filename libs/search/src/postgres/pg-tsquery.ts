import { EntityManager } from 'typeorm';
import { editDistance, typosAllowed } from '../text/edit-distance';
import { MIN_TYPO_WORD_LENGTH, ParsedQuery } from '../text/fold';

/** Trigram similarity that preselects candidates through the GIN index (pg_trgm's default). */
const TRIGRAM_SIMILARITY = 0.3;
const PRESELECTED = 10;
const TYPO_CANDIDATES = 3;

/**
 * The tsquery text for a parsed query: every loose word required, phrases word by word
 * (`<->`). A word of 5+ letters that no document contains is taken for a typo: it is ORed
 * with the vocabulary words at one edit (two from 9 letters), preselected by trigram
 * similarity through a GIN index, then checked by edit distance (trigrams alone would take
 * "nghi" for "nghiepp"). Correct words are not
 * expanded, since Vietnamese syllables are short and alike (quyền/quyết would otherwise
 * match each other). Lexemes are runs of letters and digits, so quoting them is safe.
 */
export async function buildTsquery(manager: EntityManager, text: ParsedQuery): Promise<string> {
  const long = text.words.filter((w) => [...w].length >= MIN_TYPO_WORD_LENGTH);
  const alternatives = new Map<string, string[]>();
  if (long.length) {
    const rows: { word: string; alternatives: string[] }[] = await manager.query(
      `SELECT q.word, coalesce(array_agg(v.word ORDER BY v.sim DESC) FILTER (WHERE v.word IS NOT NULL), '{}') AS alternatives
         FROM unnest($1::text[]) q(word)
         LEFT JOIN LATERAL (
           SELECT cw.word, similarity(cw.word, q.word) AS sim FROM comment_search_word cw
            WHERE NOT EXISTS (SELECT 1 FROM comment_search_word e WHERE e.word = q.word)
              AND cw.word % q.word AND similarity(cw.word, q.word) >= $2
              AND abs(length(cw.word) - length(q.word)) <= 2
            ORDER BY cw.word <-> q.word LIMIT $3
         ) v ON true
        GROUP BY q.word`,
      [long, TRIGRAM_SIMILARITY, PRESELECTED],
    );
    for (const row of rows) {
      const max = typosAllowed(row.word);
      const close = row.alternatives.filter((w) => editDistance(w, row.word, max) <= max);
      alternatives.set(row.word, close.slice(0, TYPO_CANDIDATES));
    }
  }
  const lexeme = (w: string) => `'${w}'`;
  const parts = text.words.map((w) => {
    const alts = alternatives.get(w) ?? [];
    return alts.length ? `(${[w, ...alts].map(lexeme).join(' | ')})` : lexeme(w);
  });
  for (const phrase of text.phrases) parts.push(`(${phrase.map(lexeme).join(' <-> ')})`);
  return parts.join(' & ');
}
