import { registerEnumType } from '@nestjs/graphql';

export enum ModerationActionKind {
  APPROVE = 'APPROVE',
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
}

registerEnumType(ModerationActionKind, {
  name: 'ModerationActionKind',
  description:
    'APPROVE: publish a PENDING comment, or keep a flagged one published; HIDE: hide it (text kept); RESTORE: publish a HIDDEN one again.',
});
