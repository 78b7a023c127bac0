import { EntityManager } from 'typeorm';
import { SearchCorrection, SearchFieldName } from '../search-query';
import { ParsedQuery } from '../text/fold';
import { readQuery } from '../text/readings';

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
 * document contains is ORed with its other readings (text/readings.ts: Telex or VNI, or the
 * vocabulary words a typo away); known words are never expanded, so exact matches always
 * come first: a hit found through another reading contains no word as typed, there being
 * none in any document. Lexemes are runs of letters and digits, so quoting them is safe.
 */
export async function buildTsquery(
  manager: EntityManager,
  text: ParsedQuery,
  fields: readonly SearchFieldName[],
): Promise<BuiltTsquery> {
  const { alternatives, corrections } = await readQuery(manager, text);
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
