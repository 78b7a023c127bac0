import type { ProvisionKind } from '../gql/graphql';
import { t } from '../i18n';

export interface FlatProvision {
  id: string;
  key: string;
  kind: ProvisionKind;
  number: string;
  label: string;
  heading?: string | null;
  text: string;
  parentId?: string | null;
  commentCount: number;
  stanceCounts: { support: number; oppose: number; amend: number; question: number; neutral: number };
}

export interface ProvisionNode extends FlatProvision {
  children: ProvisionNode[];
  /** How Vietnamese citations name it: "điểm a khoản 1 Điều 5" (unique within the draft). */
  citation: string;
}

export const STRUCTURE_KINDS: ReadonlySet<ProvisionKind> = new Set([
  'PART',
  'CHAPTER',
  'SECTION',
  'SUBSECTION',
]);

/**
 * The flat, document-ordered provision list the API gives (`DraftVersion.provisions`) as a
 * tree, in one pass. Orphans (a parent missing from the list) become roots rather than vanish.
 */
export function buildOutline(flat: readonly FlatProvision[]): ProvisionNode[] {
  const byId = new Map<string, ProvisionNode>();
  const roots: ProvisionNode[] = [];
  for (const p of flat) {
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    const node: ProvisionNode = { ...p, children: [], citation: citationOf(p, parent) };
    byId.set(p.id, node);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function citationOf(p: FlatProvision, parent: ProvisionNode | undefined): string {
  if ((p.kind === 'CLAUSE' || p.kind === 'POINT') && parent && !STRUCTURE_KINDS.has(parent.kind)) {
    const own = p.kind === 'POINT' ? t.citation.point(p.number) : t.citation.clause(p.number);
    return `${own} ${parent.citation}`;
  }
  return p.label;
}

/** Articles and the structure above them: what the outline (Mục lục) lists. */
export function outlineEntries(nodes: readonly ProvisionNode[]): ProvisionNode[] {
  return nodes.filter((n) => STRUCTURE_KINDS.has(n.kind) || n.kind === 'ARTICLE');
}

export function countArticles(nodes: readonly ProvisionNode[]): number {
  let count = 0;
  const walk = (list: readonly ProvisionNode[]) => {
    for (const n of list) {
      if (n.kind === 'ARTICLE') count++;
      else walk(n.children);
    }
  };
  walk(nodes);
  return count;
}

/**
 * A provision's comments counted from the search's PROVISION facet, which counts each key on
 * its own: the provision's count plus everything under it (`dieu-2` and `dieu-2/khoan-1`,
 * never `dieu-28`).
 */
export function countUnder(facet: readonly { value: string; count: number }[], key: string): number {
  return facet.reduce((n, v) => (v.value === key || v.value.startsWith(`${key}/`) ? n + v.count : n), 0);
}
