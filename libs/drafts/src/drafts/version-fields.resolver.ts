import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
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

  @ResolveField(() => ProvisionObject, {
    nullable: true,
    description:
      'The provision with this key in this version (e.g. "chuong-ii/dieu-15/khoan-2"), or null. Addresses a provision the way page URLs do.',
  })
  async provision(
    @Parent() version: DraftVersionObject,
    @Context() ctx: GraphqlContext,
    @Args('key', { description: 'Stable path of the provision within the version.' }) key: string,
  ): Promise<ProvisionObject | null> {
    const found = await ctx.loaders
      .get(this.loaders.provisionByVersionKey)
      .load({ versionId: version.id, key });
    return found && toProvisionObject(found);
  }

  @ResolveField(() => [ProvisionObject], { description: 'Every provision, flat, in document order.' })
  async provisions(@Parent() version: DraftVersionObject, @Context() ctx: GraphqlContext) {
    const all = await ctx.loaders.get(this.loaders.provisionsByVersion).load(version.id);
    return all.map(toProvisionObject);
  }
}
