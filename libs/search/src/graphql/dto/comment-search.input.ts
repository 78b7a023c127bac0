import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CommentStatus, Stance } from '@thamvan/feedback';
import { AuthorKind } from '@thamvan/identity';
import { Disposition } from '@thamvan/synthesis';
import { SearchFacet, SearchField, SearchSort } from './search.enums';

@InputType('CommentSearchInput', {
  description: 'Full-text search and filters over comments; every field optional.',
})
export class CommentSearchInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to find (all of them), with or without diacritics; "quoted words" as a phrase; in what the comment says unless `in` says otherwise. An unknown word tolerates one typo (words of 3–4 letters only beside other words); words typed in Telex or VNI without an input method are also read as Vietnamese.',
  })
  q?: string | null;

  @Field(() => [SearchField], {
    nullable: true,
    description: 'Where the words of q are looked for; default [COMMENT] (body and proposed wording).',
  })
  in?: SearchField[] | null;

  @Field(() => ID, { nullable: true })
  draftId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A provision: that provision and everything under it (dieu-2 never matches dieu-28). With draftId, also its last key segments ("dieu-21", "dieu-21/khoan-2") or its label ("Điều 21", "Khoản 2 Điều 21").',
  })
  provisionKey?: string | null;

  @Field(() => [Stance], { nullable: true })
  stance?: Stance[] | null;

  @Field(() => [AuthorKind], { nullable: true })
  authorKind?: AuthorKind[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Province names, as on PublicAuthor.province; also without marks or by a former name (as at registration).',
  })
  province?: string[] | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true })
  hasProposedText?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Answered by the agency (or not).' })
  answered?: boolean | null;

  @Field(() => [Disposition], { nullable: true })
  disposition?: Disposition[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Author verified (e-mail or eID) or not.' })
  verified?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Posted at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Posted at or before this time.' })
  to?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'One comment per campaign of near-identical comments (its representative).',
  })
  uniqueOnly?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only the members of this campaign (Comment.campaign.id): a campaign row expanded.',
  })
  campaignId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only the comments of this topic (Topic.id of Provision.topics or Draft.topics, "Ý kiến khác" included), as last computed.',
  })
  topicId?: string | null;

  @Field(() => [CommentStatus], {
    nullable: true,
    description:
      'Only comments in these statuses. PENDING and HIDDEN are found only by moderators and the owning agency’s officers (e.g. [PENDING]: what screening holds); for others the filter only narrows PUBLISHED.',
  })
  status?: CommentStatus[] | null;

  // Nullable with a default, as the contract writes them (`sort: SearchSort = RELEVANCE`).
  @Field(() => SearchSort, { nullable: true, defaultValue: SearchSort.RELEVANCE })
  sort?: SearchSort | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size; capped at 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;

  @Field(() => [SearchFacet], { nullable: true, description: 'Facets to count over all matches.' })
  facets?: SearchFacet[] | null;
}
