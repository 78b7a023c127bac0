import { flattenOutline } from '../parser/collect-text';
import type { Outline, OutlineNode } from '../parser/types';
import { diffProvisions } from './diff-provisions';
import { pairProvisions } from './match-provisions';
import type { DiffProvision, ProvisionChange } from './types';

export type { ChangeKind, DiffProvision, ProvisionChange, WordDiffPart, WordOp } from './types';
export { diffProvisions } from './diff-provisions';
export { diffWords } from './word-diff';
export { IN_PLACE_MIN, SIMILAR_MIN } from './match-provisions';
export { flattenOutline };

/** An outline's provisions, flat in document order, with their parent's key. */
export function outlineProvisions(outline: Pick<Outline, 'nodes'>): DiffProvision[] {
  const out: DiffProvision[] = [];
  const walk = (node: OutlineNode, parentKey: string | null): void => {
    const { key, kind, number, label, heading, text } = node;
    out.push({ key, kind, number, label, heading, text, parentKey });
    node.children.forEach((child) => walk(child, key));
  };
  outline.nodes.forEach((node) => walk(node, null));
  return out;
}

/** diffProvisions over two parsed outlines. */
export function diffOutlines(from: Pick<Outline, 'nodes'>, to: Pick<Outline, 'nodes'>): ProvisionChange[] {
  return diffProvisions(outlineProvisions(from), outlineProvisions(to));
}

/**
 * [fromKey, toKey] of every provision that lives on in the new version (same place, edited,
 * renumbered or moved): how comments made on one version find their provision in the next.
 */
export function matchProvisionKeys(
  from: readonly DiffProvision[],
  to: readonly DiffProvision[],
): Array<[string, string]> {
  const { pairs } = pairProvisions(from, to);
  return [...pairs].map(([i, j]): [string, string] => [from[i].key, to[j].key]);
}
