import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, isAgencyMember, Viewer } from '@thamvan/core';
import { toVersionObject } from './draft.mapper';
import { DraftLoaders } from './draft.loaders';
import { ConsultationChangeObject, DraftObject, DraftVersionObject } from './dto/draft.object';

/** Relations of Draft, each through a per-request DataLoader. */
@Resolver(() => DraftObject)
export class DraftFieldsResolver {
  constructor(private readonly loaders: DraftLoaders) {}

  @ResolveField(() => DraftVersionObject, {
    description: 'The latest published version (for the agency: the latest, published or not).',
  })
  async currentVersion(
    @Parent() draft: DraftObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<DraftVersionObject> {
    const versions = await this.visibleVersions(draft, viewer, ctx);
    // A visible draft always has a visible version: scheduling publishes the current one.
    return versions[versions.length - 1];
  }

  @ResolveField(() => [DraftVersionObject], { description: 'Versions the viewer may read, oldest first.' })
  versions(
    @Parent() draft: DraftObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ) {
    return this.visibleVersions(draft, viewer, ctx);
  }

  @ResolveField(() => DraftVersionObject, {
    nullable: true,
    description:
      'Version `number` (1, 2, …), or null when there is none the viewer may read (the public reads published versions).',
  })
  async version(
    @Parent() draft: DraftObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
    @Args('number', { type: () => Int }) number: number,
  ): Promise<DraftVersionObject | null> {
    return (await this.visibleVersions(draft, viewer, ctx)).find((v) => v.number === number) ?? null;
  }

  @ResolveField(() => [ConsultationChangeObject], {
    description:
      'Changes of the window after the consultation opened (closed early, extended, reopened), each with its reason, oldest first.',
  })
  async consultationChanges(
    @Parent() draft: DraftObject,
    @Context() ctx: GraphqlContext,
  ): Promise<ConsultationChangeObject[]> {
    return ctx.loaders.get(this.loaders.consultationChangesByDraft).load(draft.id);
  }

  private async visibleVersions(draft: DraftObject, viewer: Viewer | null, ctx: GraphqlContext) {
    const all = await ctx.loaders.get(this.loaders.versionsByDraft).load(draft.id);
    const officer = isAgencyMember(viewer, draft.agencyId);
    return all.filter((v) => officer || v.publishedAt !== null).map(toVersionObject);
  }
}
