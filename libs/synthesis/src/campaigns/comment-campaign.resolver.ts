import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@thamvan/core';
import { CommentObject } from '@thamvan/feedback';
import { CampaignsService } from './campaigns.service';
import { CommentCampaignObject } from './dto/comment-campaign.object';

/**
 * Comment.campaign, through a per-request DataLoader. Whoever may see the comment may see
 * which campaign it is in: membership says only that its text is near-identical to others.
 */
@Resolver(() => CommentObject)
export class CommentCampaignResolver {
  constructor(private readonly campaigns: CampaignsService) {}

  @ResolveField(() => CommentCampaignObject, {
    nullable: true,
    description: 'The campaign of near-identical comments it belongs to; null when none.',
  })
  campaign(
    @Parent() comment: CommentObject,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentCampaignObject | null> {
    return ctx.loaders.get(this.campaigns.byCommentId).load(comment.id);
  }
}
