import { foldVietnamese } from '@thamvan/core';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Word bigrams of the folded text ("bảo vệ an ninh" → "bao ve", "ve an", "an ninh"): they
 * keep some word order, so two provisions listing the same words differently are told apart,
 * and ignore case, diacritics and punctuation, which editors change without changing meaning.
 * A one-word text is its single word.
 */
export function shingles(text: string): Set<string> {
  const words = foldVietnamese(text).match(WORD) ?? [];
  if (words.length < 2) return new Set(words);
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** |A ∩ B| / |A ∪ B|; two empty texts are identical. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}
