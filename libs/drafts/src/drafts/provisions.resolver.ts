import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, Viewer } from '@thamvan/core';
import { toProvisionObject } from './draft.mapper';
import { DraftLoaders } from './draft.loaders';
import { ProvisionObject } from './dto/provision.object';
import { ProvisionEntity } from './entities/provision.entity';
import { ProvisionsService } from './provisions.service';

@Resolver(() => ProvisionObject)
export class ProvisionsResolver {
  constructor(
    private readonly provisions: ProvisionsService,
    private readonly loaders: DraftLoaders,
  ) {}

  @Query(() => ProvisionObject, {
    nullable: true,
    description: 'A provision, or null if its version is not visible.',
  })
  async provision(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string) {
    const provision = await this.provisions.findVisible(viewer, id);
    return provision ? toProvisionObject(provision) : null;
  }

  @ResolveField(() => [ProvisionObject], { description: 'Direct children, in document order.' })
  async children(@Parent() provision: ProvisionObject, @Context() ctx: GraphqlContext) {
    // The whole version is loaded once (and cached for the request), so a deep tree costs one query.
    const all = await ctx.loaders.get(this.loaders.provisionsByVersion).load(provision.versionId);
    return (childrenIndex(all).get(provision.id) ?? []).map(toProvisionObject);
  }
}

const indexes = new WeakMap<ProvisionEntity[], Map<string, ProvisionEntity[]>>();

/** parent id → children, built once per loaded version (the loader caches the array per request). */
function childrenIndex(all: ProvisionEntity[]): Map<string, ProvisionEntity[]> {
  let index = indexes.get(all);
  if (!index) {
    index = new Map();
    for (const p of all) {
      if (!p.parentId) continue;
      const siblings = index.get(p.parentId);
      if (siblings) siblings.push(p);
      else index.set(p.parentId, [p]);
    }
    indexes.set(all, index);
  }
  return index;
}
