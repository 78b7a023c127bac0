import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CommentCampaign', {
  description:
    'The campaign of near-identical comments a comment belongs to; searchComments(campaignId) lists its members.',
})
export class CommentCampaignObject {
  @Field(() => ID)
  id: string;

  @Field(() => Int, {
    description: 'Published comments in the campaign, as the report counts them (Campaign.size).',
  })
  size: number;
}
