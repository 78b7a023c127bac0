import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, Viewer } from '@thamvan/core';
import DataLoader from 'dataloader';
import { AttachmentsService } from './attachments.service';
import { DraftAttachmentInput } from './dto/draft.inputs';
import { DraftAttachmentObject, DraftObject } from './dto/draft.object';
import { DraftAttachmentEntity } from './entities/draft-attachment.entity';

function toAttachmentObject(a: DraftAttachmentEntity): DraftAttachmentObject {
  return {
    id: a.id,
    title: a.title,
    filename: a.filename,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    createdAt: a.createdAt,
    url: `/api/drafts/${a.draftId}/attachments/${a.id}`,
  };
}

@Resolver(() => DraftObject)
export class AttachmentsResolver {
  constructor(private readonly attachmentsService: AttachmentsService) {}

  private readonly byDraft = () =>
    new DataLoader<string, DraftAttachmentEntity[]>(async (draftIds) => {
      const rows = await this.attachmentsService.byDraftIds(draftIds);
      return draftIds.map((id) => rows.filter((r) => r.draftId === id));
    });

  @ResolveField(() => [DraftAttachmentObject], {
    description: 'Accompanying documents, in the order attached.',
  })
  async attachments(@Parent() draft: DraftObject, @Context() ctx: GraphqlContext) {
    return (await ctx.loaders.get(this.byDraft).load(draft.id)).map(toAttachmentObject);
  }

  @Mutation(() => DraftAttachmentObject, {
    description: 'Editors: attach a .pdf or .docx (≤ 10 MB) to a draft.',
  })
  async addDraftAttachment(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('input') input: DraftAttachmentInput,
  ) {
    return toAttachmentObject(await this.attachmentsService.add(viewer, draftId, input));
  }
}
