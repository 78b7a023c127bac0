import {
  Args,
  Context,
  Field,
  Int,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { BadInputError, Clock, GraphqlContext, NotFoundError } from '@thamvan/core';
import {
  DraftLoaders,
  DraftObject,
  ProvisionObject,
  toDraftObject,
  toProvisionObject,
} from '@thamvan/drafts';
import { ActivityService } from './activity.service';

@ObjectType('ProvisionActivity', { description: 'A provision and how much it was discussed lately.' })
export class ProvisionActivityObject {
  @Field(() => Int, { description: 'Published comments and replies on it in the period asked for.' })
  recentCount: number;

  provisionId: string;
  draftId: string;
}

@Resolver(() => ProvisionActivityObject)
export class ActivityResolver {
  constructor(
    private readonly activity: ActivityService,
    private readonly drafts: DraftLoaders,
    private readonly clock: Clock,
  ) {}

  @Query(() => [ProvisionActivityObject], {
    description:
      'Provisions of open consultations with the most published comments and replies in the last `hours` (1–168), most first; refreshed every 30 s.',
  })
  mostDiscussedProvisions(
    @Args('first', { type: () => Int, defaultValue: 5, description: 'How many, 1–20.' }) first: number,
    @Args('hours', { type: () => Int, defaultValue: 24, description: 'The period, 1–168 hours.' })
    hours: number,
  ): Promise<ProvisionActivityObject[]> {
    if (!(first >= 1 && first <= 20)) throw new BadInputError('first must be between 1 and 20', 'first');
    if (!(hours >= 1 && hours <= 168)) throw new BadInputError('hours must be between 1 and 168', 'hours');
    return this.activity.mostDiscussed(first, hours);
  }

  @ResolveField(() => ProvisionObject, { description: 'The provision (of the version commented on).' })
  async provision(
    @Parent() item: ProvisionActivityObject,
    @Context() ctx: GraphqlContext,
  ): Promise<ProvisionObject> {
    const provision = await ctx.loaders.get(this.drafts.provisionById).load(item.provisionId);
    if (!provision) throw new NotFoundError('Provision', item.provisionId);
    return toProvisionObject(provision);
  }

  @ResolveField(() => DraftObject, { description: 'Its draft.' })
  async draft(@Parent() item: ProvisionActivityObject, @Context() ctx: GraphqlContext): Promise<DraftObject> {
    const draft = await ctx.loaders.get(this.drafts.draftById).load(item.draftId);
    if (!draft) throw new NotFoundError('Draft', item.draftId);
    return toDraftObject(draft, this.clock.now());
  }
}
