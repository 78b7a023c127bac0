import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, CurrentViewer, ForbiddenError, GraphqlContext, Viewer } from '@thamvan/core';
import { AgenciesService } from '../agencies/agencies.service';
import { AgencyMembershipObject } from '../agencies/dto/agency-membership.object';
import { UserObject } from './dto/user.object';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UsersArgs } from './dto/users.args';
import { canSeeEmail } from './email-visibility';
import { UsersService } from './users.service';

export const UserConnection = ConnectionType(UserObject, 'User');

@Resolver(() => UserObject)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly agencies: AgenciesService,
  ) {}

  @Query(() => UserObject, { nullable: true, description: 'The signed-in account; null when anonymous.' })
  me(@CurrentViewer() viewer: Viewer | null): Promise<UserObject | null> {
    return this.service.me(viewer);
  }

  @Query(() => UserConnection, { description: 'Accounts, newest first (administrators only).' })
  users(@CurrentViewer() viewer: Viewer | null, @Args() args: UsersArgs) {
    return this.service.list(viewer, args);
  }

  @Mutation(() => UserObject, {
    description:
      'The signed-in person changes their public profile (display name, kind, organisation, province); omitted fields are kept. Comments show the new profile at once.',
  })
  updateProfile(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: UpdateProfileInput,
  ): Promise<UserObject> {
    return this.service.updateProfile(viewer, input);
  }

  /** The e-mail address is for its owner and administrators only, wherever a User appears. */
  @ResolveField(() => String, {
    description: 'E-mail address; only for the account holder and administrators.',
  })
  email(@Parent() user: UserObject, @CurrentViewer() viewer: Viewer | null): string {
    if (user.issuedToOwner || canSeeEmail(viewer, user.id)) return user.email;
    throw new ForbiddenError('Only the account holder and administrators see the e-mail address');
  }

  @ResolveField(() => [AgencyMembershipObject], { description: 'Agency roles held (officers only).' })
  memberships(@Parent() user: UserObject, @Context() ctx: GraphqlContext): Promise<AgencyMembershipObject[]> {
    return ctx.loaders.get(this.agencies.membershipsLoader).load(user.id);
  }
}
