import type { ParseWarning } from './warnings';

export type ProvisionKind = 'PART' | 'CHAPTER' | 'SECTION' | 'SUBSECTION' | 'ARTICLE' | 'CLAUSE' | 'POINT';

export type DocType = 'LAW' | 'ORDINANCE' | 'RESOLUTION' | 'DECREE' | 'DECISION' | 'CIRCULAR' | 'OTHER';

export interface OutlineNode {
  kind: ProvisionKind;
  number: string;
  label: string;
  heading: string | null;
  key: string;
  text: string;
  children: OutlineNode[];
}

export interface Outline {
  title: string | null;
  docType: DocType;
  number: string | null;
  issuer: string | null;
  preamble: string | null;
  /** The messages of `warningDetails` (Vietnamese), as the contract's outline JSON has them. */
  warnings: string[];
  /** Each warning with its stable code (parseWarnings in warnings.ts). */
  warningDetails: ParseWarning[];
  nodes: OutlineNode[];
  /** Signature block, "Nơi nhận" list, adoption line and anything after them (e.g. notes). */
  trailer?: string | null;
}
