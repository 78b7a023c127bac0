import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, NotFoundError, Viewer } from '@thamvan/core';
import { DraftLoaders, ProvisionObject, toProvisionObject } from '@thamvan/drafts';
import { Disposition } from '../responses/dto/response.object';
import { DraftStatisticsObject, ProvisionStatisticsObject } from './statistics.objects';
import { StatisticsService } from './statistics.service';

@Resolver(() => DraftStatisticsObject)
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Query(() => DraftStatisticsObject, {
    nullable: true,
    description:
      'Public figures of a consultation while it is open and after it closed (null before it opens, or for a draft the viewer cannot see).',
  })
  async draftStatistics(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
  ): Promise<DraftStatisticsObject | null> {
    const figures = await this.statistics.forViewer(viewer, draftId);
    return (
      figures && {
        ...figures,
        dispositionCounts: figures.dispositionCounts.map((d) => ({
          disposition: d.disposition as Disposition,
          count: d.count,
        })),
      }
    );
  }
}

@Resolver(() => ProvisionStatisticsObject)
export class ProvisionStatisticsResolver {
  constructor(private readonly drafts: DraftLoaders) {}

  @ResolveField(() => ProvisionObject, { description: 'The article.' })
  async provision(
    @Parent() row: ProvisionStatisticsObject,
    @Context() ctx: GraphqlContext,
  ): Promise<ProvisionObject> {
    const provision = await ctx.loaders.get(this.drafts.provisionById).load(row.provisionId);
    if (!provision) throw new NotFoundError('Provision', row.provisionId);
    return toProvisionObject(provision);
  }
}
