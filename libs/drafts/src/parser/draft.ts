import { labelFor } from './keys';
import { OutlineNode, ProvisionKind } from './types';

/** A provision while the tree is being built: text kept as lines, joined once at the end. */
export interface Draft {
  kind: ProvisionKind;
  number: string;
  heading: string | null;
  key: string;
  lines: string[];
  children: Draft[];
  /** Article content that ended like a sentence: a heading only if the article has a body. */
  maybeSentence: string | null;
  /** Last point letter (index in POINT_LETTERS) under this clause/article, -1 if none. */
  pointOrdinal: number;
  pointStyle: '.' | ')' | null;
}

export function toOutlineNode(draft: Draft): OutlineNode {
  let heading = draft.heading;
  let lines = draft.lines;
  // "Điều 2. Quyết định này có hiệu lực từ ngày ký." with nothing under it is a sentence.
  if (draft.maybeSentence !== null && lines.length === 0 && draft.children.length === 0) {
    heading = null;
    lines = [draft.maybeSentence];
  }
  return {
    kind: draft.kind,
    number: draft.number,
    label: labelFor(draft.kind, draft.number),
    heading,
    key: draft.key,
    text: lines.join('\n'),
    children: draft.children.map(toOutlineNode),
  };
}
