import { ParseWarningObject } from './outline.object';
import { ConnectionType } from '@thamvan/core';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConsultationChangeKind, ConsultationStatus, DocType, ModerationMode } from './enums';

@ObjectType('ConsultationWarning', {
  description: 'Advice about a consultation: a stable code for programs, a Vietnamese message for people.',
})
export class ConsultationWarningObject {
  @Field({ description: 'Stable, never renamed: SHORT_CONSULTATION. New codes may be added.' })
  code: string;

  @Field({ description: 'In Vietnamese (the same text as in `consultationWarnings`).' })
  message: string;
}

@ObjectType('ConsultationChange', {
  description:
    'A change of a consultation’s window after it opened, with the editor’s reason (public, as the agency announces it).',
})
export class ConsultationChangeObject {
  @Field(() => ConsultationChangeKind)
  kind: ConsultationChangeKind;

  @Field(() => Date, {
    nullable: true,
    description: 'When the consultation was to close (or closed) before the change.',
  })
  previousClosesAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it closes after the change (CLOSED_EARLY: when it closed).',
  })
  closesAt: Date | null;

  @Field()
  reason: string;

  @Field(() => Date)
  changedAt: Date;
}

@ObjectType('Draft', { description: 'A draft legal document put to public consultation.' })
export class DraftObject {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => DocType)
  docType: DocType;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => ConsultationStatus, { description: 'Derived from opensAt, closesAt and an early close.' })
  status: ConsultationStatus;

  @Field(() => Date, { nullable: true })
  opensAt: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the agency closed the consultation early.' })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the agency closed the consultation early.' })
  closeReason: string | null;

  @Field(() => ModerationMode, {
    description:
      'POST: comments are published at once and moderated afterwards (default); PRE: each comment waits, PENDING, until a moderator approves it. Set by the agency’s editors (setModerationMode).',
  })
  moderationMode: ModerationMode;

  @Field(() => [String], {
    description: 'Advice about the schedule, e.g. a consultation shorter than the customary 30 days.',
  })
  consultationWarnings: string[];

  @Field(() => [ConsultationWarningObject], {
    description: 'The same advice, each with its stable code (SHORT_CONSULTATION).',
  })
  consultationWarningDetails: ConsultationWarningObject[];

  /** Resolved fields read these. */
  agencyId: string;
  createdAt: Date;
}

@ObjectType('DraftVersion', { description: 'One text of a draft; immutable once published.' })
export class DraftVersionObject {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => String, { nullable: true })
  changeNote: string | null;

  @Field(() => Date, { nullable: true, description: 'null while only the agency can see it.' })
  publishedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Document number from the header, e.g. "24/2018/QH14".',
  })
  documentNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Issuing body from the header, e.g. "QUỐC HỘI".' })
  issuer: string | null;

  @Field(() => String, { nullable: true })
  preamble: string | null;

  @Field(() => [String], { description: 'Parser warnings from the import (shown to officers).' })
  warnings: string[];

  @Field(() => [ParseWarningObject], { description: 'The same warnings, each with its stable code.' })
  warningDetails: ParseWarningObject[];

  draftId: string;
}

@ObjectType('DraftAttachment', {
  description: 'A document accompanying a draft (tờ trình, impact assessment…).',
})
export class DraftAttachmentObject {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'Where to download it (relative URL).' })
  url: string;

  @Field()
  createdAt: Date;
}

export const DraftConnection = ConnectionType(DraftObject, 'Draft');
