import { Injectable } from '@nestjs/common';
import { isUuid } from '@thamvan/core';
import DataLoader from 'dataloader';
import { CampaignsRepository } from './campaigns.repository';
import { CommentCampaignObject } from './dto/comment-campaign.object';

/** Reads of the campaigns CampaignGrouper writes, for the GraphQL side. */
@Injectable()
export class CampaignsService {
  constructor(private readonly repository: CampaignsRepository) {}

  /**
   * Per-request loader: each comment's campaign (null when in none). Sizes are counted once
   * per distinct campaign of the batch, not once per comment: a triage page is often 50
   * members of one campaign of 100,000.
   */
  readonly byCommentId = () =>
    new DataLoader<string, CommentCampaignObject | null>(async (ids) => {
      const rows = await this.repository.ofComments(ids.filter(isUuid));
      const byId = new Map(rows.map((r) => [r.commentId, { id: r.id, size: r.size }]));
      return ids.map((id) => byId.get(id) ?? null);
    });
}
