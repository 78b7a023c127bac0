import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@thamvan/core';
import { toVersionObject } from './draft.mapper';
import { DraftDiffService } from './draft-diff.service';
import { DraftVersionInput } from './dto/draft.inputs';
import { DraftVersionObject } from './dto/draft.object';
import { ProvisionChangeObject } from './dto/provision-change.object';
import { VersionsService } from './versions.service';

@Resolver(() => DraftVersionObject)
export class VersionsResolver {
  constructor(
    private readonly versions: VersionsService,
    private readonly diffs: DraftDiffService,
  ) {}

  @Mutation(() => DraftVersionObject, { description: 'Editors: import a new version of a draft.' })
  async addDraftVersion(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('input') input: DraftVersionInput,
  ) {
    return toVersionObject(await this.versions.add(viewer, draftId, input));
  }

  @Query(() => [ProvisionChangeObject], {
    description: 'What changed between two versions of one draft, provision by provision, in document order.',
  })
  draftDiff(
    @CurrentViewer() viewer: Viewer | null,
    @Args('fromVersionId', { type: () => ID }) fromVersionId: string,
    @Args('toVersionId', { type: () => ID }) toVersionId: string,
  ) {
    return this.diffs.diff(viewer, fromVersionId, toVersionId);
  }
}
