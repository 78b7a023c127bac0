import { randomUUID } from 'node:crypto';
import type { OutlineNode } from '../parser';

/** A provision row ready to insert: ids are made here so parents can be linked in one pass. */
export interface ProvisionRow {
  id: string;
  key: string;
  kind: OutlineNode['kind'];
  number: string;
  label: string;
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
  const visit = (node: OutlineNode, parent: ProvisionRow | null, depth: number) => {
    const id = randomUUID();
    const row: ProvisionRow = {
      id,
      key: node.key,
      kind: node.kind,
      number: node.number,
      label: node.label,
      heading: node.heading,
      text: node.text,
      parentId: parent?.id ?? null,
      parentKey: parent?.key ?? null,
      ordinal: rows.length,
      depth,
      lineageId: id,
    };
    rows.push(row);
    for (const child of node.children) visit(child, row, depth + 1);
  };
  for (const node of nodes) visit(node, null, 0);
  return rows;
}
