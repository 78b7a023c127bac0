/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition), the notion of
 * "one typo" Meilisearch uses; stops early once `max` is exceeded.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[y.length];
}

/** Typos allowed in a query word, as Meilisearch's defaults we configure: 1 from 5 letters, 2 from 9. */
export function typosAllowed(word: string): number {
  const n = [...word].length;
  return n >= 9 ? 2 : n >= 5 ? 1 : 0;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every word one edit away (of folded letters a–z), most likely typing slips first: a letter
 * too many ("tinn"), two swapped ("tni"), one wrong ("tim"), one missing ("ti"). A few hundred
 * for a short word: cheap to look up all at once.
 */
export function editsOf(word: string): string[] {
  const w = [...word];
  const out: string[] = [];
  const at = (i: number, insert: string, skip: number) =>
    [...w.slice(0, i), insert, ...w.slice(i + skip)].join('');
  for (let i = 0; i < w.length; i++) out.push(at(i, '', 1));
  for (let i = 0; i + 1 < w.length; i++) out.push(at(i, w[i + 1] + w[i], 2));
  for (let i = 0; i < w.length; i++) for (const c of ALPHABET) if (c !== w[i]) out.push(at(i, c, 1));
  for (let i = 0; i <= w.length; i++) for (const c of ALPHABET) out.push(at(i, c, 0));
  return [...new Set(out)].filter((e) => e && e !== word);
}
