import { registerEnumType } from '@nestjs/graphql';

export enum FlagReason {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  PERSONAL_DATA = 'PERSONAL_DATA',
  OFF_TOPIC = 'OFF_TOPIC',
  OTHER = 'OTHER',
}

registerEnumType(FlagReason, {
  name: 'FlagReason',
  description: 'Why a comment is reported to the moderators.',
});
