import { ParseWarning, toParseWarnings } from '../parser/warnings';
import type { Outline, OutlineNode } from '../parser';
import { consultationStatus, consultationWarningDetails, consultationWarnings } from './consultation-status';
import { DraftObject, DraftVersionObject } from './dto/draft.object';
import { DocType, ModerationMode, ProvisionKindEnum } from './dto/enums';
import { OutlineNodeObject, OutlineObject } from './dto/outline.object';
import { ProvisionObject } from './dto/provision.object';
import { DraftEntity } from './entities/draft.entity';
import { DraftVersionEntity } from './entities/draft-version.entity';
import { ProvisionEntity } from './entities/provision.entity';

export function toDraftObject(draft: DraftEntity, now: Date): DraftObject {
  return {
    id: draft.id,
    agencyId: draft.agencyId,
    title: draft.title,
    docType: draft.docType as DocType,
    summary: draft.summary,
    status: consultationStatus(draft, now),
    opensAt: draft.opensAt,
    closesAt: draft.closesAt,
    closedAt: draft.closedAt,
    closeReason: draft.closeReason,
    moderationMode: draft.moderationMode as ModerationMode,
    consultationWarnings: consultationWarnings(draft),
    consultationWarningDetails: consultationWarningDetails(draft),
    createdAt: draft.createdAt,
  };
}

export function toVersionObject(version: DraftVersionEntity): DraftVersionObject {
  return {
    id: version.id,
    draftId: version.draftId,
    number: version.number,
    changeNote: version.changeNote,
    publishedAt: version.publishedAt,
    documentNumber: version.documentNumber,
    issuer: version.issuer,
    preamble: version.preamble,
    ...warningFields(toParseWarnings(version.warnings)),
  };
}

export function toProvisionObject(p: ProvisionEntity): ProvisionObject {
  return {
    id: p.id,
    key: p.key,
    kind: p.kind as ProvisionKindEnum,
    number: p.number,
    label: p.label,
    fullLabel: p.fullLabel,
    heading: p.heading,
    text: p.text,
    parentId: p.parentId,
    versionId: p.versionId,
    lineageId: p.lineageId,
    ordinal: p.ordinal,
    depth: p.depth,
  };
}

export function toOutlineObject(outline: Outline): OutlineObject {
  const node = (n: OutlineNode): OutlineNodeObject => ({
    kind: n.kind as ProvisionKindEnum,
    number: n.number,
    label: n.label,
    heading: n.heading,
    key: n.key,
    text: n.text,
    children: n.children.map(node),
  });
  return {
    title: outline.title,
    docType: outline.docType as DocType,
    number: outline.number,
    issuer: outline.issuer,
    preamble: outline.preamble,
    ...warningFields(outline.warningDetails),
    nodes: outline.nodes.map(node),
    json: JSON.stringify({
      title: outline.title,
      docType: outline.docType,
      number: outline.number,
      preamble: outline.preamble,
      warnings: outline.warnings,
      warningDetails: outline.warningDetails,
      nodes: outline.nodes,
    }),
  };
}

/** `warnings` (the messages, as the contract has them) and `warningDetails` (with codes). */
function warningFields(details: ParseWarning[]): { warnings: string[]; warningDetails: ParseWarning[] } {
  return { warnings: details.map((w) => w.message), warningDetails: details };
}
