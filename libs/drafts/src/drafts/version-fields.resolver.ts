import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@thamvan/core';
import { toProvisionObject } from './draft.mapper';
import { DraftLoaders } from './draft.loaders';
import { DraftVersionObject } from './dto/draft.object';
import { ProvisionKindEnum } from './dto/enums';
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

  @ResolveField(() => [ProvisionObject], {
    description:
      'Every provision, flat, in document order; or only those under a key and/or of some kinds (a long law read a chapter at a time, its outline without clauses).',
  })
  async provisions(
    @Parent() version: DraftVersionObject,
    @Context() ctx: GraphqlContext,
    @Args('under', {
      type: () => String,
      nullable: true,
      description: 'Only this provision and everything under it (its key, or keys starting with it and "/").',
    })
    under?: string | null,
    @Args('kinds', {
      type: () => [ProvisionKindEnum],
      nullable: true,
      description: 'Only provisions of these kinds.',
    })
    kinds?: ProvisionKindEnum[] | null,
  ) {
    const all = await ctx.loaders.get(this.loaders.provisionsByVersion).load(version.id);
    const wanted = kinds?.length ? new Set<string>(kinds) : null;
    return all
      .filter((p) => !under || p.key === under || p.key.startsWith(`${under}/`))
      .filter((p) => !wanted || wanted.has(p.kind))
      .map(toProvisionObject);
  }
}
