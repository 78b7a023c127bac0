import { registerEnumType } from '@nestjs/graphql';

export enum DocType {
  LAW = 'LAW',
  ORDINANCE = 'ORDINANCE',
  RESOLUTION = 'RESOLUTION',
  DECREE = 'DECREE',
  DECISION = 'DECISION',
  CIRCULAR = 'CIRCULAR',
  OTHER = 'OTHER',
}

/** When comments become public: POST (at once, reviewed after) or PRE (after a moderator approves). */
export enum ModerationMode {
  POST = 'POST',
  PRE = 'PRE',
}

export enum ConsultationStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** What an editor did to a consultation's window once it had opened (Draft.consultationChanges). */
export enum ConsultationChangeKind {
  CLOSED_EARLY = 'CLOSED_EARLY',
  EXTENDED = 'EXTENDED',
  REOPENED = 'REOPENED',
}

export enum ProvisionKindEnum {
  PART = 'PART',
  CHAPTER = 'CHAPTER',
  SECTION = 'SECTION',
  SUBSECTION = 'SUBSECTION',
  ARTICLE = 'ARTICLE',
  CLAUSE = 'CLAUSE',
  POINT = 'POINT',
}

export enum ProvisionChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  MODIFIED = 'MODIFIED',
  MOVED = 'MOVED',
}

/** Orders of the draft list (`drafts(orderBy:)`). */
export enum DraftOrder {
  NEWEST = 'NEWEST',
  CLOSING_SOON = 'CLOSING_SOON',
  RECENTLY_CLOSED = 'RECENTLY_CLOSED',
}

export enum WordDiffOp {
  EQUAL = 'EQUAL',
  INSERT = 'INSERT',
  DELETE = 'DELETE',
}

registerEnumType(DocType, {
  name: 'DocType',
  description: 'Kind of legal document: Luật, Pháp lệnh, Nghị quyết, Nghị định, Quyết định, Thông tư, other.',
});
registerEnumType(DraftOrder, {
  name: 'DraftOrder',
  description:
    'NEWEST: created last first. CLOSING_SOON: by closesAt, soonest first (unscheduled last). RECENTLY_CLOSED: by when the consultation ended (closedAt, else closesAt), latest first.',
});
registerEnumType(ConsultationStatus, {
  name: 'ConsultationStatus',
  description: 'DRAFT (not scheduled), SCHEDULED, OPEN for comments, CLOSED. Derived on the server clock.',
});
registerEnumType(ProvisionKindEnum, {
  name: 'ProvisionKind',
  description: 'Phần, Chương, Mục, Tiểu mục, Điều, khoản, điểm.',
});
registerEnumType(ModerationMode, {
  name: 'ModerationMode',
  description: 'POST: publish at once, review after (default); PRE: hold every comment until approved.',
});
registerEnumType(ProvisionChangeKind, { name: 'ProvisionChangeKind' });
registerEnumType(WordDiffOp, { name: 'WordDiffOp' });
registerEnumType(ConsultationChangeKind, {
  name: 'ConsultationChangeKind',
  description:
    'CLOSED_EARLY: closed before its date (closeConsultation); EXTENDED: an open consultation given a later closing date; REOPENED: a closed one opened again until a new date (extendConsultation).',
});
