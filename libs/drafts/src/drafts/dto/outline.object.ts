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

  @Field(() => [String], { description: 'What the parser could not be sure of.' })
  warnings: string[];

  @Field(() => [OutlineNodeObject], { description: 'Root provisions in document order.' })
  nodes: OutlineNodeObject[];

  @Field({
    description: 'The whole outline as JSON (CONTRACT.md shape), for clients that want it in one piece.',
  })
  json: string;
}
