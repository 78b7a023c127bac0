import type { ProvisionKind } from '../parser/types';

/** One provision of a version, as stored (flat, document order); ProvisionRow fits it. */
export interface DiffProvision {
  key: string;
  kind: ProvisionKind;
  number: string;
  label: string;
  heading: string | null;
  text: string;
  parentKey: string | null;
}

/**
 * ADDED / REMOVED: only in the new / old version. MODIFIED: same place, heading or text changed.
 * MOVED: matched across versions but renumbered or under another parent ("Điều 12" became
 * "Điều 13", or went to another chapter); `textChanged` tells whether its words changed too.
 * Unchanged provisions are not reported.
 */
export type ChangeKind = 'ADDED' | 'REMOVED' | 'MODIFIED' | 'MOVED';

export type WordOp = 'EQUAL' | 'INSERT' | 'DELETE';

export interface WordDiffPart {
  op: WordOp;
  text: string;
}

export interface ProvisionChange {
  change: ChangeKind;
  fromKey: string | null;
  toKey: string | null;
  kind: ProvisionKind;
  /** The new label, or the old one for a removed provision. */
  label: string;
  fromLabel: string | null;
  toLabel: string | null;
  /** Heading or text differ (always true for ADDED, REMOVED and MODIFIED). */
  textChanged: boolean;
  /** Word-level diff of heading + text, old → new; the whole text for ADDED / REMOVED. */
  wordDiff: WordDiffPart[];
}
