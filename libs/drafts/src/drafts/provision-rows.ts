import { randomUUID } from 'node:crypto';
import type { OutlineNode } from '../parser';
import { fullProvisionLabel } from './provision-label';

/** A provision row ready to insert: ids are made here so parents can be linked in one pass. */
export interface ProvisionRow {
  id: string;
  key: string;
  kind: OutlineNode['kind'];
  number: string;
  label: string;
  /** The label as read out of the outline: "Khoản 2 Điều 22" (fullProvisionLabel). */
  fullLabel: string;
  heading: string | null;
  text: string;
  parentId: string | null;
  parentKey: string | null;
  ordinal: number;
  depth: number;
  lineageId: string;
}

/** Flattens an outline in document order (pre-order), the order readers see it in. */
export function provisionRows(nodes: OutlineNode[]): ProvisionRow[] {
  const rows: ProvisionRow[] = [];
  // The provision's ancestors, nearest first, while visiting.
  const ancestors: ProvisionRow[] = [];
  const visit = (node: OutlineNode, parent: ProvisionRow | null, depth: number) => {
    const id = randomUUID();
    const row: ProvisionRow = {
      id,
      key: node.key,
      kind: node.kind,
      number: node.number,
      label: node.label,
      fullLabel: fullProvisionLabel([node, ...ancestors]),
      heading: node.heading,
      text: node.text,
      parentId: parent?.id ?? null,
      parentKey: parent?.key ?? null,
      ordinal: rows.length,
      depth,
      lineageId: id,
    };
    rows.push(row);
    ancestors.unshift(row);
    for (const child of node.children) visit(child, row, depth + 1);
    ancestors.shift();
  };
  for (const node of nodes) visit(node, null, 0);
  return rows;
}
