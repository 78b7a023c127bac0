import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@thamvan/core';
import { toProvisionObject } from './draft.mapper';
import { DraftLoaders } from './draft.loaders';
import { DraftVersionObject } from './dto/draft.object';
import { ProvisionObject } from './dto/provision.object';

/** A version's provisions: one query per version (batched), trees assembled in memory. */
@Resolver(() => DraftVersionObject)
export class VersionFieldsResolver {
  constructor(private readonly loaders: DraftLoaders) {}

  @ResolveField(() => [ProvisionObject], {
    description: 'Root provisions (Phần/Chương/Điều…), in document order.',
  })
  async outline(@Parent() version: DraftVersionObject, @Context() ctx: GraphqlContext) {
    const all = await ctx.loaders.get(this.loaders.provisionsByVersion).load(version.id);
    return all.filter((p) => p.parentId === null).map(toProvisionObject);
  }

  @ResolveField(() => [ProvisionObject], { description: 'Every provision, flat, in document order.' })
  async provisions(@Parent() version: DraftVersionObject, @Context() ctx: GraphqlContext) {
    const all = await ctx.loaders.get(this.loaders.provisionsByVersion).load(version.id);
    return all.map(toProvisionObject);
  }
}
