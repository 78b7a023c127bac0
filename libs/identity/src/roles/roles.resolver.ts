import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@thamvan/core';
import { AgencyObject } from '../agencies/dto/agency.object';
import { AgencyRole, GrantableRole } from '../users/dto/identity.enums';
import { UserObject } from '../users/dto/user.object';
import { RolesService } from './roles.service';

@Resolver()
export class RolesResolver {
  constructor(private readonly roles: RolesService) {}

  @Mutation(() => AgencyObject, {
    description:
      'Withdraws an officer’s role in an agency (administrators); ends that user’s sessions so the role stops working at once. Removing a role not held changes nothing.',
  })
  removeAgencyMember(
    @CurrentViewer() viewer: Viewer | null,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => AgencyRole }) role: AgencyRole,
  ): Promise<AgencyObject> {
    return this.roles.removeAgencyMember(viewer, agencyId, userId, role);
  }

  @Mutation(() => UserObject, {
    description:
      'Grants MODERATOR or ADMIN (administrators); effective at the user’s next sign-in or refresh.',
  })
  grantRole(
    @CurrentViewer() viewer: Viewer | null,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => GrantableRole }) role: GrantableRole,
  ): Promise<UserObject> {
    return this.roles.grantRole(viewer, userId, role);
  }

  @Mutation(() => UserObject, {
    description:
      'Revokes MODERATOR or ADMIN (administrators) and ends that user’s sessions; CONFLICT for the last administrator’s ADMIN.',
  })
  revokeRole(
    @CurrentViewer() viewer: Viewer | null,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => GrantableRole }) role: GrantableRole,
  ): Promise<UserObject> {
    return this.roles.revokeRole(viewer, userId, role);
  }
}
