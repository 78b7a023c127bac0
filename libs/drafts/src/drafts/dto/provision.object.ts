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

  @Field()
  label: string;

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
