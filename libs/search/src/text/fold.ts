import { decodeTypedWord, foldVietnamese } from '@thamvan/core';

/**
 * Folding for finding, the JavaScript twin of SQL `thamvan_fold()`: drafts' foldVietnamese
 * (lower case, no diacritics, đ/ð→d, NFC), the one the title search already uses. Query words
 * are folded here so that the typo lookup and the tsquery need no extra round trip;
 * test/search checks that both foldings agree on Vietnamese text.
 */
export const fold = foldVietnamese;

/** A parsed query: loose words (all required) and quoted phrases (words in order). */
export interface ParsedQuery {
  /** The text as typed, NFC (Meilisearch folds it itself). */
  raw: string;
  words: string[];
  phrases: string[][];
  /**
   * Loose words that read as Vietnamese typed in Telex or VNI without an input method, with
   * that reading folded ("quyeenf" → "quyen"). Used only when the word itself is unknown.
   */
  typed: Record<string, string>;
}

const MAX_QUERY_LENGTH = 500;
const MAX_TERMS = 32;

/** Words are runs of letters and digits of the folded text (what the `simple` parser keeps). */
function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Splits `q` into quoted phrases and loose words. Returns null when nothing searchable is
 * left (empty, or only punctuation): the search then runs on filters alone.
 */
export function parseQuery(q: string | null | undefined): ParsedQuery | null {
  const raw = (q ?? '').normalize('NFC').trim().slice(0, MAX_QUERY_LENGTH);
  if (!raw) return null;
  const phrases: string[][] = [];
  const loose = raw.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const ws = words(phrase);
    if (ws.length > 1) phrases.push(ws);
    else if (ws.length === 1) return ` ${ws[0]} `;
    return ' ';
  });
  const unique = [...new Set(words(loose))].slice(0, MAX_TERMS);
  const typed: Record<string, string> = {};
  for (const word of unique) {
    const decoded = decodeTypedWord(word);
    if (decoded && fold(decoded) !== word) typed[word] = fold(decoded);
  }
  const parsed = { raw, words: unique, phrases: phrases.slice(0, MAX_TERMS), typed };
  return parsed.words.length || parsed.phrases.length ? parsed : null;
}

/**
 * Typo tolerance (CONTRACT.md): an unknown word of 5 letters or more, alone or not; an
 * unknown word of 3–4 letters (most Vietnamese syllables) only beside other words, which must
 * match too.
 */
export const MIN_TYPO_WORD_LENGTH = 5;
export const MIN_SHORT_TYPO_WORD_LENGTH = 3;
