import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProvisionKindEnum } from './enums';

@ObjectType('Provision', { description: 'A Phần, Chương, Mục, Điều, khoản or điểm of a draft version.' })
export class ProvisionObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable path, unique within the version, e.g. "chuong-ii/dieu-15/khoan-2".' })
  key: string;

  @Field(() => ProvisionKindEnum)
  kind: ProvisionKindEnum;

  @Field()
  number: string;

  @Field({ description: 'As the outline shows it, under its parent: "Khoản 2".' })
  label: string;

  @Field({
    description:
      'As a reader names it out of the outline, with its article: "Khoản 2 Điều 22", "Điểm a khoản 1 Điều 4", "Điều 4".',
  })
  fullLabel: string;

  @Field(() => String, { nullable: true })
  heading: string | null;

  @Field({ description: 'Own text, children excluded.' })
  text: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  versionId: string;
  lineageId: string;
  ordinal: number;
  depth: number;
}
