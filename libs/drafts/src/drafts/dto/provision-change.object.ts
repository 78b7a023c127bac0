import { Field, ObjectType } from '@nestjs/graphql';
import { ProvisionChangeKind, ProvisionKindEnum, WordDiffOp } from './enums';

@ObjectType('WordDiffSegment', { description: 'A run of words kept, inserted or deleted.' })
export class WordDiffSegmentObject {
  @Field(() => WordDiffOp)
  op: WordDiffOp;

  @Field()
  text: string;
}

@ObjectType('ProvisionChange', { description: 'How one provision changed between two versions.' })
export class ProvisionChangeObject {
  @Field(() => ProvisionChangeKind)
  change: ProvisionChangeKind;

  @Field(() => ProvisionKindEnum)
  kind: ProvisionKindEnum;

  @Field(() => String, { nullable: true, description: 'Key in the older version; null when ADDED.' })
  fromKey: string | null;

  @Field(() => String, { nullable: true, description: 'Key in the newer version; null when REMOVED.' })
  toKey: string | null;

  @Field({ description: 'Label in the newer version (the older one when REMOVED).' })
  label: string;

  @Field({ description: 'True when the text changed (always for MODIFIED; possible for MOVED).' })
  textChanged: boolean;

  @Field(() => [WordDiffSegmentObject])
  wordDiff: WordDiffSegmentObject[];
}
