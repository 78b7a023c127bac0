import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock, Connection, CurrentViewer, PaginationArgs, Viewer } from '@thamvan/core';
import { ConsultationService } from './consultation.service';
import { toDraftObject, toOutlineObject } from './draft.mapper';
import { DraftsService } from './drafts.service';
import { CreateDraftInput, DraftFilter, DraftSourceInput } from './dto/draft.inputs';
import { DraftConnection, DraftObject } from './dto/draft.object';
import { DraftOrder } from './dto/enums';
import { OutlineObject } from './dto/outline.object';

@Resolver(() => DraftObject)
export class DraftsResolver {
  constructor(
    private readonly draftsService: DraftsService,
    private readonly consultation: ConsultationService,
    private readonly clock: Clock,
  ) {}

  @Query(() => DraftConnection, {
    description: 'Drafts the viewer may see, newest first (or in another orderBy).',
  })
  async drafts(
    @CurrentViewer() viewer: Viewer | null,
    @Args() page: PaginationArgs,
    @Args('filter', { type: () => DraftFilter, nullable: true }) filter?: DraftFilter | null,
    @Args('orderBy', { type: () => DraftOrder, nullable: true, defaultValue: DraftOrder.NEWEST })
    orderBy?: DraftOrder | null,
  ): Promise<Connection<DraftObject>> {
    const connection = await this.draftsService.list(viewer, filter, page, orderBy ?? DraftOrder.NEWEST);
    const now = this.clock.now();
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ ...e, node: toDraftObject(e.node, now) })),
    };
  }

  @Query(() => DraftObject, {
    nullable: true,
    description: 'A draft, or null if it does not exist or is not public yet.',
  })
  async draft(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string) {
    const draft = await this.draftsService.findVisible(viewer, id);
    return draft ? toDraftObject(draft, this.clock.now()) : null;
  }

  @Query(() => OutlineObject, {
    description: 'Agency officers: preview how a file or text will be structured.',
  })
  async parseDraft(@CurrentViewer() viewer: Viewer | null, @Args('source') source: DraftSourceInput) {
    return toOutlineObject(await this.draftsService.parse(viewer, source));
  }

  @Mutation(() => DraftObject, { description: 'Editors: import a draft (version 1, unpublished).' })
  async createDraft(@CurrentViewer() viewer: Viewer | null, @Args('input') input: CreateDraftInput) {
    return toDraftObject(await this.draftsService.create(viewer, input), this.clock.now());
  }

  @Mutation(() => DraftObject, {
    description:
      'Editors: publish the current version and set the window; on an open consultation, move closesAt.',
  })
  async scheduleConsultation(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('opensAt') opensAt: Date,
    @Args('closesAt') closesAt: Date,
  ) {
    return toDraftObject(
      await this.consultation.schedule(viewer, draftId, opensAt, closesAt),
      this.clock.now(),
    );
  }

  @Mutation(() => DraftObject, {
    description: 'Editors: close the consultation early, with a reason (audited).',
  })
  async closeConsultation(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('reason') reason: string,
  ) {
    return toDraftObject(await this.consultation.close(viewer, draftId, reason), this.clock.now());
  }

  @Mutation(() => DraftObject, {
    description:
      'Editors: a later closing date, with a reason shown to the public (Draft.consultationChanges; audited). An open consultation runs until closesAt; a closed one (on its date or early) opens again until closesAt. BAD_USER_INPUT before it opened (use scheduleConsultation) or for a date not in the future / not later than an open one’s.',
  })
  async extendConsultation(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('closesAt', { type: () => Date }) closesAt: Date,
    @Args('reason') reason: string,
  ) {
    return toDraftObject(await this.consultation.extend(viewer, draftId, closesAt, reason), this.clock.now());
  }
}
