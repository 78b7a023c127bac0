import { Outline, OutlineNode } from './types';

/**
 * Everything an outline says, as one string: header fields, then each provision's label,
 * heading and text in document order, then the trailer. Used to check that parsing loses no
 * content, and usable to index a draft for full-text search.
 */
export function collectText(outline: Outline): string {
  const parts: string[] = [];
  const push = (s: string | null | undefined): void => {
    if (s) parts.push(s);
  };
  push(outline.title);
  push(outline.number);
  push(outline.issuer);
  push(outline.preamble);
  const walk = (node: OutlineNode): void => {
    push(node.label);
    push(node.heading);
    push(node.text);
    node.children.forEach(walk);
  };
  outline.nodes.forEach(walk);
  push(outline.trailer);
  return parts.join('\n');
}

/** All nodes of an outline in document order (pre-order). */
export function flattenOutline(nodes: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (node: OutlineNode): void => {
    out.push(node);
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}
