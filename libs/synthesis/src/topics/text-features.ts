import { cleanInputText, foldVietnamese } from '@thamvan/core';
import { REFERENCE_WORDS, STOP_PHRASES } from './stop-words';

/**
 * Vietnamese text → the syllable unigrams and bigrams topics are built from.
 *
 * Vietnamese is written syllable by syllable with spaces, and most words are two syllables
 * ("dữ liệu", "cá nhân", "đồng ý"), so a bigram of adjacent syllables is mostly a word and a
 * unigram a part of one. Every feature is folded by core's foldVietnamese (lower case, no
 * diacritics, đ → d: the fold search, campaigns and screening use) so that comments typed
 * without marks meet those typed with them; labels are shown in the form people wrote
 * (phrases, displayForm).
 */

/** A token of a comment: a syllable (letters or digits, captured) or a break (punctuation). */
const TOKEN = /([\p{L}\p{M}\p{N}]+)|[^\p{L}\p{M}\p{N}\s]+/gu;
const NUMBER = /^\d+$/;
const ROMAN = /^[ivxlc]+$/;

/**
 * Stop phrases as syllable lists, indexed by their first syllable, longest first: as written
 * (lower case, with marks) for comments typed with marks, and folded for comments typed
 * without. Matching a marked comment on folded forms would drop half its words: "bạn" would
 * take "bán" (mua bán), "họ" "hộ" (hộ kinh doanh), "chỉ" "chi phí", "còn" "con cái".
 */
function stopIndex(fold: (s: string) => string): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of STOP_PHRASES) {
    const syllables = fold(phrase).split(' ');
    const list = index.get(syllables[0]) ?? [];
    if (!list.some((l) => l.join(' ') === syllables.join(' '))) list.push(syllables);
    index.set(syllables[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}
const STOPS_MARKED = stopIndex((s) => s.normalize('NFC').toLowerCase());
const STOPS_FOLDED = stopIndex(foldVietnamese);
const REFERENCES = new Set(REFERENCE_WORDS.map(foldVietnamese));

/** The fold of a syllable, memoised: comments reuse a few thousand syllables millions of times. */
const foldCache = new Map<string, string>();
function foldCached(syllable: string): string {
  let folded = foldCache.get(syllable);
  if (folded === undefined) {
    folded = foldVietnamese(syllable);
    // Bounded so a flood of junk syllables cannot grow it without limit.
    if (foldCache.size < 200_000) foldCache.set(syllable, folded);
  }
  return folded;
}

/**
 * Runs of content syllables of a comment, each syllable as [surface (lower case, NFC), folded].
 * A run ends at punctuation and at a stop word, so no bigram spans either.
 */
export function contentRuns(text: string): [string, string][][] {
  const surface: (string | null)[] = [];
  const folded: (string | null)[] = [];
  const keep: boolean[] = [];
  // Typed without marks when no syllable has one: then only folded stop words can be matched.
  let unmarked = true;
  const lower = cleanInputText(text).toLowerCase();
  const token = new RegExp(TOKEN);
  for (let match = token.exec(lower); match; match = token.exec(lower)) {
    const word = match[1] ?? null;
    const f = word === null ? null : foldCached(word);
    if (f !== word) unmarked = false;
    surface.push(word);
    folded.push(f);
    keep.push(word !== null);
  }
  const [stops, compared] = unmarked ? [STOPS_FOLDED, folded] : [STOPS_MARKED, surface];
  for (let i = 0; i < folded.length; i++) {
    const f = folded[i];
    if (f === null || !keep[i]) continue;
    if (REFERENCES.has(f)) {
      const next = folded[i + 1];
      if (next && (NUMBER.test(next) || next.length === 1 || ROMAN.test(next))) {
        keep[i] = keep[i + 1] = false;
        continue;
      }
    }
    const candidates = stops.get(compared[i]!);
    if (!candidates) continue;
    for (const stop of candidates) {
      if (stop.every((s, k) => compared[i + k] === s)) {
        for (let k = 0; k < stop.length; k++) keep[i + k] = false;
        break;
      }
    }
  }
  const runs: [string, string][][] = [];
  let run: [string, string][] = [];
  for (let i = 0; i < folded.length; i++) {
    const f = folded[i];
    // Single letters stay: "ý" of "đồng ý", "ở", "ế" are syllables like any other.
    if (f !== null && keep[i]) run.push([surface[i]!, f]);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Folded unigram and bigram features of a comment, with repeats (term frequency). */
export function textFeatures(text: string): string[] {
  const features: string[] = [];
  for (const run of contentRuns(text)) {
    for (let i = 0; i < run.length; i++) {
      features.push(run[i][1]);
      if (i > 0) features.push(`${run[i - 1][1]} ${run[i][1]}`);
    }
  }
  return features;
}

/** An occurrence of a phrase: folded (the key), as written, and the folded syllables either side. */
export interface PhraseOccurrence {
  folded: string;
  written: string;
  /** '' at the start of a run (after punctuation or a stop word). */
  before: string;
  /** '' at the end of a run. */
  after: string;
}

/** Every phrase of 1 to maxN adjacent content syllables of a text, once per occurrence. */
export function phrases(text: string, maxN: number): PhraseOccurrence[] {
  const out: PhraseOccurrence[] = [];
  for (const run of contentRuns(text)) {
    for (let i = 0; i < run.length; i++) {
      let folded = '';
      let written = '';
      for (let n = 0; n < maxN && i + n < run.length; n++) {
        folded += (n ? ' ' : '') + run[i + n][1];
        written += (n ? ' ' : '') + run[i + n][0];
        out.push({ folded, written, before: i > 0 ? run[i - 1][1] : '', after: run[i + n + 1]?.[1] ?? '' });
      }
    }
  }
  return out;
}

/**
 * The form to show for a folded phrase: the most frequent written form that carries marks
 * (people who typed without marks meant the accented word), else the most frequent one.
 * Ties go to the form first in code-point order, so the choice is deterministic.
 */
export function displayForm(folded: string, seen: Map<string, number> | undefined): string {
  if (!seen || seen.size === 0) return folded;
  const ranked = [...seen.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return (ranked.find(([form]) => form !== folded) ?? ranked[0])[0];
}
