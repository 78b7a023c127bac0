/**
 * Word-level diff for "Đề xuất sửa": what a citizen's proposed wording changes in the
 * provision's text. Shared by the server render and the enhancement script (so it is small
 * and has no dependencies). Tokens are words with the spaces after them; an LCS over words is
 * exact for the lengths of a clause or an article, and beyond MAX_TOKENS it degrades to
 * "replaced" rather than costing the phone seconds.
 */
export type DiffOp = 'same' | 'insert' | 'delete';
export interface DiffSegment {
  op: DiffOp;
  text: string;
}

const MAX_TOKENS = 1500;

export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

export function wordDiff(before: string, after: string): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Common prefix and suffix first: most proposals change a few words in the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const segments: DiffSegment[] = [];
  push(segments, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (
    midA.length * midB.length > (MAX_TOKENS * MAX_TOKENS) / 4 ||
    midA.length > MAX_TOKENS ||
    midB.length > MAX_TOKENS
  ) {
    push(segments, 'delete', midA.join(''));
    push(segments, 'insert', midB.join(''));
  } else {
    for (const seg of lcsDiff(midA, midB)) push(segments, seg.op, seg.text);
  }
  push(segments, 'same', a.slice(endA).join(''));
  return segments;
}

function lcsDiff(a: string[], b: string[]): DiffSegment[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j] = LCS of a[i:] and b[j:], one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'same', a[i]);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      push(out, 'delete', a[i++]);
    } else {
      push(out, 'insert', b[j++]);
    }
  }
  while (i < n) push(out, 'delete', a[i++]);
  while (j < m) push(out, 'insert', b[j++]);
  return out;
}

function push(segments: DiffSegment[], op: DiffOp, text: string): void {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.op === op) last.text += text;
  else segments.push({ op, text });
}
