import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@thamvan/core';
import { CommentStatus, Stance } from './comment.enums';

@ObjectType('Comment', { description: 'A comment on a provision or on a whole draft, or a reply to one.' })
export class CommentObject {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({
    description:
      'The text as written (NFC), with personal data (phone numbers, e-mail addresses, ID and bank account numbers) masked for everyone but its author and moderators. Empty for the public when the comment is HIDDEN or WITHDRAWN; its author and moderators still see it.',
  })
  body: string;

  @Field(() => Stance, { nullable: true, description: 'The commenter’s position; null when not given.' })
  stance: Stance | null;

  @Field(() => String, {
    nullable: true,
    description: 'Wording the commenter proposes (AMEND); masked and withheld like the body.',
  })
  proposedText: string | null;

  @Field(() => CommentStatus, { description: 'PUBLISHED, PENDING, HIDDEN or WITHDRAWN.' })
  status: CommentStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it is PENDING or HIDDEN (automatic screening or the last moderation decision): for its author and moderators; null for everyone else.',
  })
  moderationReason: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The stable code of moderationReason, for programs: HELD_BY_SCREENING, HELD_PRE_MODERATION, HIDDEN_BY_READER_REPORTS, MODERATOR_DECISION (new codes may be added); null when there is no reason, and for everyone but its author and moderators.',
  })
  moderationReasonCode: string | null;

  @Field({ description: 'When it was posted (server clock).' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last edited; null if never.' })
  editedAt: Date | null;

  @Field(() => Int, { description: 'Number of the draft version the comment was made on.' })
  versionNumber: number;

  @Field(() => Int, { description: '0 for a comment, 1–3 for replies (threads are at most 3 replies deep).' })
  depth: number;

  @Field(() => Int, { description: 'People who agree (updated within 2 s of a reaction).' })
  agreeCount: number;

  @Field(() => Int, { description: 'People who disagree (updated within 2 s of a reaction).' })
  disagreeCount: number;

  @Field(() => Int, { description: 'Published direct replies (updated within 2 s).' })
  replyCount: number;

  /** Read by resolved fields and visibility rules; not part of the schema. */
  draftId: string;
  agencyId: string;
  versionId: string;
  provisionId: string | null;
  parentId: string | null;
  authorId: string;
  /** The unmasked text, rendered to bodyHtml only when the viewer may see it. */
  visible: boolean;
}

export const CommentConnection = ConnectionType(CommentObject, 'Comment');

@ObjectType('CommentRevision', { description: 'The text of a comment before one of its edits.' })
export class CommentRevisionObject {
  @Field({ description: 'The previous body.' })
  body: string;

  @Field(() => Stance, { nullable: true, description: 'The previous stance.' })
  stance: Stance | null;

  @Field(() => String, { nullable: true, description: 'The previous proposed wording.' })
  proposedText: string | null;

  @Field({ description: 'When that text was written.' })
  writtenAt: Date;

  @Field({ description: 'When an edit replaced it.' })
  replacedAt: Date;
}
