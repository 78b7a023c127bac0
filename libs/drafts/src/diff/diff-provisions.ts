import { content, pairProvisions } from './match-provisions';
import type { DiffProvision, ProvisionChange } from './types';
import { diffWords } from './word-diff';

const whole = (op: 'INSERT' | 'DELETE', text: string) => (text === '' ? [] : [{ op, text }]);

/**
 * What changed between two versions, provision by provision (see types.ts for the change
 * kinds), in the new version's document order; a removed provision comes right after where
 * its predecessor went. Pure and deterministic.
 */
export function diffProvisions(
  fromItems: readonly DiffProvision[],
  toItems: readonly DiffProvision[],
): ProvisionChange[] {
  const { pairs, reverse, sameParent } = pairProvisions(fromItems, toItems);
  const placed: Array<{ at: number; change: ProvisionChange }> = [];

  toItems.forEach((b, j) => {
    const i = reverse.get(j);
    if (i === undefined) {
      placed.push({
        at: j,
        change: {
          change: 'ADDED',
          fromKey: null,
          toKey: b.key,
          kind: b.kind,
          label: b.label,
          fromLabel: null,
          toLabel: b.label,
          textChanged: true,
          wordDiff: whole('INSERT', content(b)),
        },
      });
      return;
    }
    const a = fromItems[i];
    const moved = a.number !== b.number || !sameParent(i, j);
    const textChanged = content(a) !== content(b);
    if (!moved && !textChanged) return;
    placed.push({
      at: j,
      change: {
        change: moved ? 'MOVED' : 'MODIFIED',
        fromKey: a.key,
        toKey: b.key,
        kind: b.kind,
        label: b.label,
        fromLabel: a.label,
        toLabel: b.label,
        textChanged,
        wordDiff: diffWords(content(a), content(b)),
      },
    });
  });

  // A removed provision sorts just after the new position of the last kept one before it.
  let after = -1;
  fromItems.forEach((a, i) => {
    const j = pairs.get(i);
    if (j !== undefined) {
      after = j;
      return;
    }
    placed.push({
      at: after + 0.5,
      change: {
        change: 'REMOVED',
        fromKey: a.key,
        toKey: null,
        kind: a.kind,
        label: a.label,
        fromLabel: a.label,
        toLabel: null,
        textChanged: true,
        wordDiff: whole('DELETE', content(a)),
      },
    });
  });
  // Array.prototype.sort is stable: removed ones at the same spot keep their old order.
  return placed.sort((x, y) => x.at - y.at).map((p) => p.change);
}
