import { DraftEntity } from '@thamvan/drafts';
import { CommentEntity } from '@thamvan/feedback';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

/** A comment's campaign (the representative is a member too); at most one per comment. */
@Entity('campaign_member')
@Index('campaign_member_campaign_idx', ['campaignId'])
@Index('campaign_member_draft_idx', ['draftId'])
export class CampaignMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => CommentEntity, { name: 'campaign_member_comment_fk' })
  commentId: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => CampaignEntity, { name: 'campaign_member_campaign_fk', onDelete: 'CASCADE' })
  campaignId: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftEntity, { name: 'campaign_member_draft_fk' })
  draftId: string;
}
