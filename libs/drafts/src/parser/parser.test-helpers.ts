import { Outline, OutlineNode, parseLegalText } from './index';
import { flattenOutline } from './collect-text';

/** Shared by the parser specs: build a document from lines and look nodes up by key. */
export const parse = (...lines: string[]): Outline => parseLegalText(lines.join('\n'));
export const all = (o: Outline): OutlineNode[] => flattenOutline(o.nodes);
export const keys = (o: Outline): string[] => all(o).map((n) => n.key);
export const node = (o: Outline, key: string): OutlineNode => {
  const found = all(o).find((n) => n.key === key);
  if (!found) throw new Error(`no node ${key} in ${keys(o).join(', ')}`);
  return found;
};
