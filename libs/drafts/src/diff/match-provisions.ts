import type { ProvisionKind } from '../parser/types';
import { jaccard, shingles } from './similarity';
import type { DiffProvision } from './types';

// Top-down, so that a clause is matched knowing where its article went.
const LEVELS: ReadonlyArray<ProvisionKind> = [
  'PART',
  'CHAPTER',
  'SECTION',
  'SUBSECTION',
  'ARTICLE',
  'CLAUSE',
  'POINT',
];
const WHOLE_SUBTREE: ReadonlySet<ProvisionKind> = new Set<ProvisionKind>(['ARTICLE', 'CLAUSE', 'POINT']);
/** Same place (same number under the matched parent) and at least this alike: the same one. */
export const IN_PLACE_MIN = 0.5;
/** Elsewhere (renumbered, moved) and at least this alike: the same one. */
export const SIMILAR_MIN = 0.6;

/** Heading and own text: what a reader sees as the provision's words. */
export function content(p: DiffProvision): string {
  return p.heading ? (p.text ? `${p.heading}\n${p.text}` : p.heading) : p.text;
}

class Side {
  readonly index = new Map<string, number>();
  /**
   * Shingles of each article, clause and point with everything under it (an article is its
   * clauses too); of a container, its own title only: chapters are known by their titles, and
   * their articles' words would make a chapter that lost an article look like another one.
   */
  readonly shingles: Array<Set<string>>;

  constructor(readonly items: readonly DiffProvision[]) {
    items.forEach((p, i) => this.index.set(p.key, i));
    this.shingles = items.map((p) => shingles(content(p)));
    // Document order is pre-order: walking backwards, children are complete before their parent.
    for (let i = items.length - 1; i >= 0; i--) {
      const parent = this.parentOf(i);
      if (parent === undefined || !WHOLE_SUBTREE.has(items[parent].kind)) continue;
      for (const s of this.shingles[i]) this.shingles[parent].add(s);
    }
  }

  parentOf(i: number): number | undefined {
    const key = this.items[i].parentKey;
    return key === null ? undefined : this.index.get(key);
  }

  ofKind(kind: ProvisionKind): number[] {
    const out: number[] = [];
    this.items.forEach((p, i) => p.kind === kind && out.push(i));
    return out;
  }
}

export interface Matching {
  /** from index → to index. */
  pairs: Map<number, number>;
  /** to index → from index. */
  reverse: Map<number, number>;
  /** Whether the pair's parents are matched to each other (or both are roots). */
  sameParent: (from: number, to: number) => boolean;
}

/**
 * Pairs the provisions of two versions, level by level, in three passes per kind:
 * 1. in place: same number under the matched parent (so identical keys), if still alike;
 * 2. by similarity (Jaccard over word bigrams, see Side) among the rest of the same kind,
 *    under the same parent first, then best pairs first: renumbered and moved provisions;
 * 3. in place again, however different: a provision rewritten at its own number.
 * Provisions left over were added or removed.
 */
export function pairProvisions(
  fromItems: readonly DiffProvision[],
  toItems: readonly DiffProvision[],
): Matching {
  const from = new Side(fromItems);
  const to = new Side(toItems);
  const pairs = new Map<number, number>();
  const reverse = new Map<number, number>();
  const link = (i: number, j: number): void => {
    pairs.set(i, j);
    reverse.set(j, i);
  };
  // Where the old provision's parent went: null for a root, undefined if it went nowhere.
  const parentKeyInTo = (i: number): string | null | undefined => {
    if (fromItems[i].parentKey === null) return null;
    const parent = from.parentOf(i);
    const j = parent === undefined ? undefined : pairs.get(parent);
    return j === undefined ? undefined : toItems[j].key;
  };
  const sameParent = (i: number, j: number): boolean => parentKeyInTo(i) === toItems[j].parentKey;
  const similarity = (i: number, j: number): number => jaccard(from.shingles[i], to.shingles[j]);

  for (const kind of LEVELS) {
    const olds = from.ofKind(kind);
    const news = to.ofKind(kind);
    if (olds.length === 0 || news.length === 0) continue;
    const place = new Map<string, number>();
    for (const j of news) place.set(`${toItems[j].parentKey}\u0000${toItems[j].number}`, j);
    const inPlace = (i: number): number | undefined => {
      const parentKey = parentKeyInTo(i);
      if (parentKey === undefined) return undefined;
      const j = place.get(`${parentKey}\u0000${fromItems[i].number}`);
      return j !== undefined && !reverse.has(j) ? j : undefined;
    };

    for (const i of olds) {
      const j = inPlace(i);
      if (j !== undefined && similarity(i, j) >= IN_PLACE_MIN) link(i, j);
    }

    const rank = new Map<number, number>(news.map((j, r) => [j, r / news.length]));
    const candidates: Array<{ i: number; j: number; score: number; near: boolean; distance: number }> = [];
    olds.forEach((i, r) => {
      if (pairs.has(i)) return;
      for (const j of news) {
        if (reverse.has(j)) continue;
        const score = similarity(i, j);
        if (score < SIMILAR_MIN) continue;
        const distance = Math.abs(r / olds.length - (rank.get(j) ?? 0));
        candidates.push({ i, j, score, near: sameParent(i, j), distance });
      }
    });
    // Under the same (matched) parent first: boilerplate clauses ("Chính phủ quy định chi tiết
    // Điều này.") are word for word alike in many articles, and the nearby one is the right one.
    candidates.sort(
      (a, b) => Number(b.near) - Number(a.near) || b.score - a.score || a.distance - b.distance,
    );
    for (const c of candidates) if (!pairs.has(c.i) && !reverse.has(c.j)) link(c.i, c.j);

    for (const i of olds) {
      if (pairs.has(i)) continue;
      const j = inPlace(i);
      if (j !== undefined) link(i, j);
    }
  }
  return { pairs, reverse, sameParent };
}
