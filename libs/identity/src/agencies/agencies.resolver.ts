import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, hasRole, isAgencyMember, NotFoundError, Viewer } from '@thamvan/core';
import { AgencyRole } from '../users/dto/identity.enums';
import { AgenciesService } from './agencies.service';
import { canSeeEmail } from '../users/email-visibility';
import { AgencyMemberObject } from './dto/agency-member.object';
import { AgencyMembershipObject } from './dto/agency-membership.object';
import { AgencyObject } from './dto/agency.object';
import { CreateAgencyInput } from './dto/create-agency.input';

@Resolver(() => AgencyObject)
export class AgenciesResolver {
  constructor(private readonly service: AgenciesService) {}

  @Query(() => [AgencyObject], { description: 'Every agency, by code.' })
  agencies(): Promise<AgencyObject[]> {
    return this.service.list();
  }

  @Mutation(() => AgencyObject, { description: 'Creates an agency (administrators).' })
  createAgency(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input', { type: () => CreateAgencyInput }) input: CreateAgencyInput,
  ): Promise<AgencyObject> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => AgencyObject, { description: 'Makes a user an officer of an agency (administrators).' })
  addAgencyMember(
    @CurrentViewer() viewer: Viewer | null,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => AgencyRole }) role: AgencyRole,
  ): Promise<AgencyObject> {
    return this.service.addMember(viewer, agencyId, userId, role);
  }

  @ResolveField(() => [AgencyMemberObject], {
    nullable: true,
    description:
      'The agency’s officers (EDITORs, then RESPONDERs): for administrators and the agency’s EDITORs; null for everyone else.',
  })
  async members(
    @Parent() agency: AgencyObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<AgencyMemberObject[] | null> {
    if (!hasRole(viewer, 'ADMIN') && !isAgencyMember(viewer, agency.id, ['EDITOR'])) return null;
    return ctx.loaders.get(this.service.membersLoader).load(agency.id);
  }
}

@Resolver(() => AgencyMemberObject)
export class AgencyMemberResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'E-mail address: for administrators (and the officer themself); null for others.',
  })
  email(@Parent() member: AgencyMemberObject, @CurrentViewer() viewer: Viewer | null): string | null {
    return canSeeEmail(viewer, member.userId) ? member.email : null;
  }
}

@Resolver(() => AgencyMembershipObject)
export class AgencyMembershipResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @ResolveField(() => AgencyObject, { description: 'The agency.' })
  async agency(
    @Parent() membership: AgencyMembershipObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AgencyObject> {
    const agency = await ctx.loaders.get(this.agencies.agencyLoader).load(membership.agencyId);
    if (!agency) throw new NotFoundError('Agency', membership.agencyId);
    return agency;
  }
}
