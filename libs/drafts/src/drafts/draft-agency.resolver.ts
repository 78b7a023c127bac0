import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext, NotFoundError } from '@thamvan/core';
import { AgenciesService, AgencyObject } from '@thamvan/identity';
import { DraftObject } from './dto/draft.object';

/** Draft.agency through identity's per-request agency loader. */
@Resolver(() => DraftObject)
export class DraftAgencyResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @ResolveField(() => AgencyObject, { description: 'The drafting agency.' })
  async agency(@Parent() draft: DraftObject, @Context() ctx: GraphqlContext): Promise<AgencyObject> {
    const agency = await ctx.loaders.get(this.agencies.agencyLoader).load(draft.agencyId);
    // The foreign key makes this impossible; say so clearly if it ever happens.
    if (!agency) throw new NotFoundError('Agency', draft.agencyId);
    return agency;
  }
}
