import { registerEnumType } from '@nestjs/graphql';

export enum Stance {
  SUPPORT = 'SUPPORT',
  OPPOSE = 'OPPOSE',
  AMEND = 'AMEND',
  QUESTION = 'QUESTION',
  NEUTRAL = 'NEUTRAL',
}

export enum CommentStatus {
  PUBLISHED = 'PUBLISHED',
  PENDING = 'PENDING',
  HIDDEN = 'HIDDEN',
  WITHDRAWN = 'WITHDRAWN',
}

export enum CommentOrder {
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  MOST_AGREED = 'MOST_AGREED',
}

registerEnumType(Stance, {
  name: 'Stance',
  description:
    'What the commenter thinks of the provision: support, oppose, amend (with proposed wording), a question, neutral.',
});
registerEnumType(CommentStatus, {
  name: 'CommentStatus',
  description:
    'PUBLISHED; PENDING (held: seen only by its author, moderators and the agency); HIDDEN by moderation; WITHDRAWN by its author.',
});
registerEnumType(CommentOrder, {
  name: 'CommentOrder',
  description: 'NEWEST or OLDEST first, or MOST_AGREED (agree count, then newest).',
});
