import type { ProvisionKind } from '../parser';

export interface LabelledProvision {
  kind: ProvisionKind;
  /** The label shown in the outline: "Điều 4", "Khoản 2", "Điểm a". */
  label: string;
}

/** Kinds that are named through their container when read out of the outline. */
const NAMED_WITH_CONTAINER = new Set<ProvisionKind>(['CLAUSE', 'POINT', 'SECTION', 'SUBSECTION']);

/**
 * How a reader names a provision out of the outline (report, CSV, exports, a comment's page),
 * as Vietnamese legal texts cite it: a clause or point with its article ("Khoản 2 Điều 22",
 * "Điểm a khoản 1 Điều 4", "Điểm b Điều 7" for a point directly under an article), a section
 * with its chapter ("Mục 2 Chương III"); an article, chapter or part is unique in its document
 * and keeps its own label ("Điều 4"). Containers after the first word are written as citations
 * write them: "khoản", "điểm", "mục" in lower case, "Điều", "Chương", "Phần" capitalised.
 *
 * `chain` is the provision, then its ancestors nearest first (only as many as exist). The
 * outline's `Provision.label` stays short ("Khoản 2" under its article): this is the one place
 * the longer name is made, stored as `provision.full_label` when a version is written.
 */
export function fullProvisionLabel(chain: readonly LabelledProvision[]): string {
  const [self, ...ancestors] = chain;
  if (!self) return '';
  const parts = [self.label];
  let current = self;
  for (const ancestor of ancestors) {
    if (!NAMED_WITH_CONTAINER.has(current.kind)) break;
    parts.push(NAMED_WITH_CONTAINER.has(ancestor.kind) ? lowerFirst(ancestor.label) : ancestor.label);
    current = ancestor;
  }
  return parts.join(' ');
}

function lowerFirst(label: string): string {
  return label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
}
