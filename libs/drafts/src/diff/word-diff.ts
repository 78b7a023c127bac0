import type { WordDiffPart, WordOp } from './types';

// Words (letters with their combining marks, digits), runs of spaces, single punctuation marks.
const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
// Beyond this many edits the texts have little in common; a word diff would be noise (and the
// O(D²) trace would grow), so the result is "old text deleted, new text inserted".
const MAX_EDITS = 2000;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

type Step = [WordOp, string];

/**
 * Myers' O(ND) shortest edit script over tokens. trace[d] keeps the furthest-reaching x per
 * diagonal k ∈ [-d-1, d+1] as it was before round d, which is all the backtrack needs.
 */
function myers(a: string[], b: string[]): Step[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const snapshot = trace[d];
    const at = (k: number): number => snapshot[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      steps.push(['EQUAL', a[x]]);
    }
    if (d > 0) steps.push(x === prevX ? ['INSERT', b[prevY]] : ['DELETE', a[prevX]]);
    x = prevX;
    y = prevY;
  }
  return steps.reverse();
}

/**
 * Groups steps into parts; a run of changes interrupted only by spaces becomes one DELETE and
 * one INSERT ("x y z" → "p q r" is not shown as three separate replacements).
 */
function compact(steps: Step[]): WordDiffPart[] {
  const parts: WordDiffPart[] = [];
  let deleted = '';
  let inserted = '';
  let pendingSpace = '';
  const flushChanges = (): void => {
    if (deleted) parts.push({ op: 'DELETE', text: deleted });
    if (inserted) parts.push({ op: 'INSERT', text: inserted });
    deleted = inserted = '';
  };
  const equal = (text: string): void => {
    const last = parts[parts.length - 1];
    if (last?.op === 'EQUAL') last.text += text;
    else parts.push({ op: 'EQUAL', text });
  };
  for (const [op, token] of steps) {
    if (op === 'EQUAL') {
      if (/^\s+$/.test(token) && (deleted || inserted)) {
        pendingSpace += token;
        continue;
      }
      if (pendingSpace) {
        flushChanges();
        equal(pendingSpace);
        pendingSpace = '';
      }
      flushChanges();
      equal(token);
      continue;
    }
    if (pendingSpace) {
      deleted += pendingSpace;
      inserted += pendingSpace;
      pendingSpace = '';
    }
    if (op === 'DELETE') deleted += token;
    else inserted += token;
  }
  flushChanges();
  if (pendingSpace) equal(pendingSpace);
  return parts;
}

/** Word-level diff of two texts: EQUAL / DELETE / INSERT parts that rebuild both sides. */
export function diffWords(from: string, to: string): WordDiffPart[] {
  if (from === to) return from === '' ? [] : [{ op: 'EQUAL', text: from }];
  const a = tokenize(from);
  const b = tokenize(to);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const middle: Step[] = myers(middleA, middleB) ?? [
    ...middleA.map((t): Step => ['DELETE', t]),
    ...middleB.map((t): Step => ['INSERT', t]),
  ];
  const steps: Step[] = [
    ...a.slice(0, start).map((t): Step => ['EQUAL', t]),
    ...middle,
    ...a.slice(endA).map((t): Step => ['EQUAL', t]),
  ];
  return compact(steps);
}
