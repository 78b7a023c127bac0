import { Field, ID, InputType } from '@nestjs/graphql';
import { ConsultationStatus, DocType } from './enums';

/**
 * Inputs are checked in the services, after authorisation, so that a caller who may not use
 * an operation at all learns only that (FORBIDDEN), never which of their fields were wrong.
 */
@InputType({
  description: 'A draft text: `text`, or a .txt/.docx/.pdf file (`filename` + `base64`) of at most 10 MB.',
})
export class DraftSourceInput {
  @Field(() => String, { nullable: true, description: 'Plain text of the draft.' })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'File name; its extension says the type (.txt, .docx, .pdf).',
  })
  filename?: string | null;

  @Field(() => String, { nullable: true, description: 'File content, base64-encoded.' })
  base64?: string | null;
}

@InputType()
export class CreateDraftInput {
  @Field(() => ID)
  agencyId: string;

  @Field({ description: '1–500 characters.' })
  title: string;

  @Field(() => DocType)
  docType: DocType;

  @Field(() => String, { nullable: true, description: 'Up to 5,000 characters.' })
  summary?: string | null;

  @Field(() => DraftSourceInput)
  source: DraftSourceInput;

  @Field(() => String, {
    nullable: true,
    description:
      'Corrects the document number the parser read (parseDraft: Outline.number), e.g. "24/2018/QH14"; up to 100 characters. Omitted or null: keep the parsed one; "": none.',
  })
  documentNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Corrects the issuing body the parser read (Outline.issuer); up to 500 characters. Omitted or null: keep the parsed one; "": none.',
  })
  issuer?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Corrects the "Căn cứ …" preamble the parser read (Outline.preamble); up to 20,000 characters. Omitted or null: keep the parsed one; "": none.',
  })
  preamble?: string | null;
}

@InputType()
export class DraftVersionInput {
  @Field(() => DraftSourceInput)
  source: DraftSourceInput;

  @Field(() => String, { nullable: true, description: 'What changed, up to 5,000 characters.' })
  changeNote?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Publish at once (e.g. a revised text during an open consultation). Default false.',
  })
  publish?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Corrects the document number the parser read (parseDraft: Outline.number), e.g. "24/2018/QH14"; up to 100 characters. Omitted or null: keep the parsed one; "": none.',
  })
  documentNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Corrects the issuing body the parser read (Outline.issuer); up to 500 characters. Omitted or null: keep the parsed one; "": none.',
  })
  issuer?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Corrects the "Căn cứ …" preamble the parser read (Outline.preamble); up to 20,000 characters. Omitted or null: keep the parsed one; "": none.',
  })
  preamble?: string | null;
}

@InputType()
export class DraftFilter {
  @Field(() => [ConsultationStatus], { nullable: true })
  status?: ConsultationStatus[] | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => [DocType], { nullable: true })
  docType?: DocType[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words of the title; diacritics and case are ignored.',
  })
  q?: string | null;
}

@InputType()
export class DraftAttachmentInput {
  @Field({ description: 'e.g. "Tờ trình", 1–300 characters.' })
  title: string;

  @Field({ description: '.pdf or .docx' })
  filename: string;

  @Field({ description: 'File content, base64-encoded, at most 10 MB.' })
  base64: string;
}
