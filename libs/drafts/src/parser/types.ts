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
  warnings: string[];
  nodes: OutlineNode[];
  /** Signature block, "Nơi nhận" list, adoption line and anything after them (e.g. notes). */
  trailer?: string | null;
}
