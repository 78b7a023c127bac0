import { Field, HideField, ObjectType } from '@nestjs/graphql';
import { AgencyRole } from '../../users/dto/identity.enums';
import { AgencyObject } from './agency.object';

@ObjectType('AgencyMembership', { description: "An officer's role in one agency." })
export class AgencyMembershipObject {
  /** Resolved through the agency DataLoader. */
  @HideField()
  agencyId: string;

  @Field(() => AgencyObject, { description: 'The agency.' })
  agency?: AgencyObject;

  @Field(() => AgencyRole, { description: 'The role held in it.' })
  role: AgencyRole;
}
