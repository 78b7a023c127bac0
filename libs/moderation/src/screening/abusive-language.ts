import { ABUSIVE_WORDS, UNACCENTED_ABUSIVE_PHRASES } from './abusive-words';
import { words, writtenWithoutMarks } from './fold';
import type { RuleResult, ScreeningFinding } from './screening.types';

/** A word list compiled for whole-word matching: first word → the phrases starting with it. */
export class WordList {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const phrase = words(entry);
      if (!phrase.length) continue;
      this.byFirst.set(phrase[0], [...(this.byFirst.get(phrase[0]) ?? []), phrase]);
    }
  }

  /** The entries found in the words, each once, in order of appearance. */
  find(tokens: readonly string[]): string[] {
    const found = new Set<string>();
    tokens.forEach((token, i) => {
      for (const phrase of this.byFirst.get(token) ?? []) {
        if (phrase.every((w, k) => tokens[i + k] === w)) found.add(phrase.join(' '));
      }
    });
    return [...found];
  }
}

const LISTED = new WordList(ABUSIVE_WORDS);
const UNACCENTED = new WordList(UNACCENTED_ABUSIVE_PHRASES);

/**
 * Abusive language → hold as PENDING. Matches NFC words as written, so "các", "dự", "lớn",
 * "buổi" never match "cặc", "đụ", "lồn", "buồi". Folded forms collide, so the folded list
 * applies only to text typed entirely without marks, and holds only phrases no ordinary
 * word shares.
 */
export function screenAbusiveLanguage(
  text: string,
  lists = { listed: LISTED, unaccented: UNACCENTED },
): RuleResult {
  const tokens = words(text);
  const found = lists.listed.find(tokens);
  if (writtenWithoutMarks(text)) {
    for (const phrase of lists.unaccented.find(tokens)) if (!found.includes(phrase)) found.push(phrase);
  }
  const findings = found.map((detail): ScreeningFinding => ({
    rule: 'ABUSIVE_LANGUAGE',
    kind: 'WORD',
    count: 1,
    detail,
  }));
  return { findings, hold: findings.length > 0 };
}
