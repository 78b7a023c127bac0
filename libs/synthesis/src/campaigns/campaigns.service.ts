import { Injectable } from '@nestjs/common';
import { isUuid } from '@thamvan/core';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CommentCampaignObject } from './dto/comment-campaign.object';

/** Reads of the campaigns CampaignGrouper writes, for the GraphQL side. */
@Injectable()
export class CampaignsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Per-request loader: each comment's campaign (null when in none). Sizes are counted once
   * per distinct campaign of the batch, not once per comment: a triage page is often 50
   * members of one campaign of 100,000.
   */
  readonly byCommentId = () =>
    new DataLoader<string, CommentCampaignObject | null>(async (ids) => {
      const rows: { commentId: string; id: string; size: number }[] = await this.dataSource.query(
        `WITH mine AS (
           SELECT comment_id, campaign_id FROM campaign_member WHERE comment_id = ANY($1::uuid[])
         ), sizes AS (
           SELECT m.campaign_id, count(*)::int AS size
             FROM campaign_member m JOIN comment c ON c.id = m.comment_id AND c.status = 'PUBLISHED'
            WHERE m.campaign_id IN (SELECT campaign_id FROM mine)
            GROUP BY m.campaign_id
         )
         SELECT mine.comment_id AS "commentId", mine.campaign_id AS id, coalesce(sizes.size, 0) AS size
           FROM mine LEFT JOIN sizes USING (campaign_id)`,
        [ids.filter(isUuid)],
      );
      const byId = new Map(rows.map((r) => [r.commentId, { id: r.id, size: r.size }]));
      return ids.map((id) => byId.get(id) ?? null);
    });
}
