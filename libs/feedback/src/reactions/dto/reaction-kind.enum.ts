import { registerEnumType } from '@nestjs/graphql';

export enum ReactionKind {
  AGREE = 'AGREE',
  DISAGREE = 'DISAGREE',
  NONE = 'NONE',
}

registerEnumType(ReactionKind, {
  name: 'ReactionKind',
  description: 'AGREE or DISAGREE with a comment; NONE takes a reaction back.',
});
