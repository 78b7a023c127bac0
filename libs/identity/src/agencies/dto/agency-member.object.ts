import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { AgencyRole } from '../../users/dto/identity.enums';

@ObjectType('AgencyMember', { description: 'An officer of an agency, in one role.' })
export class AgencyMemberObject {
  @Field(() => ID, { description: 'The officer’s account.' })
  userId: string;

  @Field({ description: 'Public display name.' })
  displayName: string;

  /** Resolved by AgenciesResolver: visible to administrators and the officer only. */
  @HideField()
  email: string;

  @Field(() => AgencyRole, { description: 'The role held; an officer holding both roles appears twice.' })
  role: AgencyRole;

  @Field({ description: 'When the role was granted.' })
  since: Date;
}
