import { decodeTypedText, writtenWithoutMarks } from '@thamvan/core';
import { ABUSIVE_WORDS, UNACCENTED_ABUSIVE_PHRASES } from './abusive-words';
import { words } from './words';
import { INSULT_PHRASES, UNACCENTED_INSULT_PHRASES } from './insult-words';
import type { RuleResult, ScreeningFinding } from './screening.types';

/**
 * A word list compiled for whole-word matching: first word → the phrases starting with it.
 * A phrase of several words also matches written as one word ("khốnnạn"): spelling a word
 * out or gluing it together are the usual ways around a filter.
 */
export class WordList {
  private readonly byFirst = new Map<string, string[][]>();
  /** Glued form → the entry as listed. */
  private readonly glued = new Map<string, string>();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const phrase = words(entry);
      if (!phrase.length) continue;
      this.byFirst.set(phrase[0], [...(this.byFirst.get(phrase[0]) ?? []), phrase]);
      if (phrase.length > 1) this.glued.set(phrase.join(''), phrase.join(' '));
    }
  }

  /** The entries found in the words, each once, in order of appearance. */
  find(tokens: readonly string[]): string[] {
    const found = new Set<string>();
    tokens.forEach((token, i) => {
      for (const phrase of this.byFirst.get(token) ?? []) {
        if (phrase.every((w, k) => tokens[i + k] === w)) found.add(phrase.join(' '));
      }
      const glued = this.glued.get(token);
      if (glued) found.add(glued);
    });
    return [...found];
  }
}

export interface AbusiveLists {
  /** Profanity, as written (with marks). */
  listed: WordList;
  /** Profanity, folded: only for text written without marks. */
  unaccented: WordList;
  /** Insults aimed at people, as written. */
  insults: WordList;
  /** Insults, folded: only for text written without marks. */
  unaccentedInsults: WordList;
}

const LISTS: AbusiveLists = {
  listed: new WordList(ABUSIVE_WORDS),
  unaccented: new WordList(UNACCENTED_ABUSIVE_PHRASES),
  insults: new WordList(INSULT_PHRASES),
  unaccentedInsults: new WordList(UNACCENTED_INSULT_PHRASES),
};

/** A dot, asterisk, underscore or middle dot between two letters of a word ("k.h.ố.n", "đ*t"). */
const INNER_SEPARATOR = /(?<=[\p{L}\p{M}])[.*_·]+(?=\p{L})/gu;
/**
 * Two or more single letters separated by spaces, dots, hyphens or similar ("k h ố n", "n-g-u").
 * Commas do not separate here: "điểm d, m" is a list of points, not a word.
 */
const SPELLED_OUT =
  /(?<![\p{L}\p{M}\p{N}])\p{L}\p{M}*(?:[\s.\-_*·+]{1,3}\p{L}\p{M}*(?![\p{L}\p{M}\p{N}]))+/gu;

/**
 * The ways the text can be read: as written; with words spelled out or broken by dots put
 * back together; and with words typed in Telex or VNI decoded. Each reading after the first
 * only when it differs.
 */
function readings(text: string): string[][] {
  const all = [words(text)];
  const joined = text
    .replace(INNER_SEPARATOR, '')
    .replace(SPELLED_OUT, (run) => run.replace(/[^\p{L}\p{M}]/gu, ''));
  if (joined !== text) all.push(words(joined));
  const typed = decodeTypedText(joined);
  if (typed !== null) all.push(words(typed));
  return all;
}

/**
 * Abusive language → hold as PENDING: profanity (kind WORD) and insults aimed at people (kind
 * INSULT). Matches NFC words as written, so "các", "dự", "lớn", "buổi" never match "cặc",
 * "đụ", "lồn", "buồi". Folded forms collide, so the folded lists apply only to text typed
 * entirely without marks, and hold only phrases no ordinary word shares.
 */
export function screenAbusiveLanguage(text: string, lists: AbusiveLists = LISTS): RuleResult {
  const found = new Map<string, 'WORD' | 'INSULT'>();
  const add = (entries: string[], kind: 'WORD' | 'INSULT') => {
    for (const entry of entries) if (!found.has(entry)) found.set(entry, kind);
  };
  const unmarked = writtenWithoutMarks(text);
  readings(text).forEach((tokens, i) => {
    add(lists.listed.find(tokens), 'WORD');
    add(lists.insults.find(tokens), 'INSULT');
    // The Telex reading (the last, when there is one) has marks of its own: folded lists never apply to it.
    if (unmarked && !(i > 0 && tokens.some((t) => !/^[\x20-\x7e]*$/.test(t)))) {
      add(lists.unaccented.find(tokens), 'WORD');
      add(lists.unaccentedInsults.find(tokens), 'INSULT');
    }
  });
  const findings = [...found].map(([detail, kind]): ScreeningFinding => ({
    rule: 'ABUSIVE_LANGUAGE',
    kind,
    count: 1,
    detail,
  }));
  return { findings, hold: findings.length > 0 };
}
