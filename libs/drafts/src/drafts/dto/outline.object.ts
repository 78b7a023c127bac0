import { Field, ObjectType } from '@nestjs/graphql';
import { DocType, ProvisionKindEnum } from './enums';

@ObjectType('OutlineNode', { description: 'One provision of a parsed (not yet stored) document.' })
export class OutlineNodeObject {
  @Field(() => ProvisionKindEnum)
  kind: ProvisionKindEnum;

  @Field({ description: 'As written: "I", "15", "2", "a", "đ".' })
  number: string;

  @Field({ description: 'e.g. "Chương I", "Điều 15", "Khoản 2", "Điểm a".' })
  label: string;

  @Field(() => String, { nullable: true, description: 'null when the source has none.' })
  heading: string | null;

  @Field({ description: 'Stable path, unique within the document, e.g. "chuong-i/dieu-1/khoan-2".' })
  key: string;

  @Field({ description: "The provision's own text, children excluded, NFC." })
  text: string;

  @Field(() => [OutlineNodeObject])
  children: OutlineNodeObject[];
}

@ObjectType('ParseWarning', {
  description:
    'Something the parser could not be sure of: a stable code for programs, a Vietnamese message for people.',
})
export class ParseWarningObject {
  @Field({
    description:
      'Stable, never renamed: EMPTY_DOCUMENT, NO_STRUCTURE, PARSER_ERROR, MORE_WARNINGS, DUPLICATE_KEY, CHAPTER_NUMBER_OUT_OF_SEQUENCE, ARTICLE_NUMBER_GAP, ARTICLE_NUMBER_OUT_OF_ORDER, CLAUSE_NUMBER_GUESSED, CLAUSE_NUMBER_RESTART, CLAUSE_NUMBER_GAP, POINT_LETTER_RESTART, POINT_LETTER_GAP, DOCX_AUTO_NUMBERING, PDF_PAGES_SKIPPED; UNCLASSIFIED for warnings stored before codes existed. New codes may be added.',
  })
  code: string;

  @Field({ description: 'In Vietnamese, for the officer (the same text as in `warnings`).' })
  message: string;
}

@ObjectType('Outline', { description: 'The structure of a draft as the parser read it.' })
export class OutlineObject {
  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => DocType)
  docType: DocType;

  @Field(() => String, { nullable: true, description: 'Document number, e.g. "24/2018/QH14".' })
  number: string | null;

  @Field(() => String, { nullable: true, description: 'Issuing body, e.g. "QUỐC HỘI".' })
  issuer: string | null;

  @Field(() => String, { nullable: true, description: 'The "Căn cứ …" lines before the first provision.' })
  preamble: string | null;

  @Field(() => [String], { description: 'What the parser could not be sure of (Vietnamese messages).' })
  warnings: string[];

  @Field(() => [ParseWarningObject], { description: 'The same warnings, each with its stable code.' })
  warningDetails: ParseWarningObject[];

  @Field(() => [OutlineNodeObject], { description: 'Root provisions in document order.' })
  nodes: OutlineNodeObject[];

  @Field({
    description: 'The whole outline as JSON (CONTRACT.md shape), for clients that want it in one piece.',
  })
  json: string;
}
