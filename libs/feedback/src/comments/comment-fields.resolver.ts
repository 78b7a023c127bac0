import { Inject } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, CurrentViewer, GraphqlContext, hasRole, NotFoundError, Viewer } from '@thamvan/core';
import {
  consultationStatus,
  ConsultationStatus,
  DraftLoaders,
  DraftObject,
  ProvisionObject,
  toDraftObject,
  toProvisionObject,
} from '@thamvan/drafts';
import { DELETED_USER_NAME, PublicAuthorObject, PublicAuthorsService, AuthorKind } from '@thamvan/identity';
import { Clock } from '@thamvan/core';
import { renderCommentHtml } from '../rendering/render-markdown';
import { ReactionKind } from '../reactions/dto/reaction-kind.enum';
import { ReactionsService } from '../reactions/reactions.service';
import { FEEDBACK_OPTIONS, FeedbackOptions } from '../feedback.options';
import { CommentLoaders } from './comment.loaders';
import { toRevisionObject } from './comment.mapper';
import { editableUntil, editBlock } from './edit-rule';
import { CommentsQueryService } from './comments-query.service';
import { CommentsService } from './comments.service';
import { RepliesArgs } from './dto/comments.args';
import { CommentOrder } from './dto/comment.enums';
import { CommentConnection, CommentObject, CommentRevisionObject } from './dto/comment.object';

/** Relations and per-viewer fields of Comment, each through a per-request DataLoader. */
@Resolver(() => CommentObject)
export class CommentFieldsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly query: CommentsQueryService,
    private readonly authors: PublicAuthorsService,
    private readonly reactions: ReactionsService,
    private readonly drafts: DraftLoaders,
    private readonly clock: Clock,
    private readonly loaders: CommentLoaders,
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
  ) {}

  @ResolveField(() => String, {
    description: 'The body rendered from minimal Markdown and sanitised: safe to insert.',
  })
  bodyHtml(@Parent() comment: CommentObject): string {
    return comment.visible ? renderCommentHtml(comment.body) : '';
  }

  @ResolveField(() => PublicAuthorObject, { description: 'Who wrote it, as the public may see them.' })
  async author(
    @Parent() comment: CommentObject,
    @Context() ctx: GraphqlContext,
  ): Promise<PublicAuthorObject> {
    const author = await ctx.loaders.get(this.authors.loader).load(comment.authorId);
    // The foreign key keeps authors; an erased account still has its row ("Người dùng đã xóa").
    return (
      author ?? {
        displayName: DELETED_USER_NAME,
        kind: AuthorKind.INDIVIDUAL,
        organizationName: null,
        province: null,
        verified: false,
      }
    );
  }

  @ResolveField(() => DraftObject, { description: 'The draft commented on.' })
  async draft(@Parent() comment: CommentObject, @Context() ctx: GraphqlContext): Promise<DraftObject> {
    const draft = await ctx.loaders.get(this.drafts.draftById).load(comment.draftId);
    if (!draft) throw new NotFoundError('Draft', comment.draftId);
    return toDraftObject(draft, this.clock.now());
  }

  @ResolveField(() => ProvisionObject, {
    nullable: true,
    description:
      'The provision commented on (of the version the comment was made on); null for the whole draft.',
  })
  async provision(
    @Parent() comment: CommentObject,
    @Context() ctx: GraphqlContext,
  ): Promise<ProvisionObject | null> {
    if (!comment.provisionId) return null;
    const provision = await ctx.loaders.get(this.drafts.provisionById).load(comment.provisionId);
    return provision ? toProvisionObject(provision) : null;
  }

  @ResolveField(() => CommentObject, { nullable: true, description: 'The comment this one replies to.' })
  parent(
    @Parent() comment: CommentObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<CommentObject | null> {
    return comment.parentId
      ? this.comments.findVisible(ctx, viewer, comment.parentId)
      : Promise.resolve(null);
  }

  @ResolveField(() => CommentConnection, {
    description: 'Replies, in conversation order unless asked otherwise.',
  })
  replies(
    @Parent() comment: CommentObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
    @Args() args: RepliesArgs,
  ): Promise<Connection<CommentObject>> {
    return this.comments.list(ctx, viewer, 'replies', comment.id, {
      ...args,
      orderBy: args.orderBy ?? CommentOrder.OLDEST,
    });
  }

  @ResolveField(() => ReactionKind, {
    nullable: true,
    description:
      'The viewer’s own reaction (null when none or signed out); reflects their last reaction at once.',
  })
  async myReaction(
    @Parent() comment: CommentObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<ReactionKind | null> {
    if (!viewer) return null;
    const kind = await ctx.loaders
      .get(this.reactions.myReactionLoader)
      .load({ userId: viewer.userId, commentId: comment.id });
    return kind ? ReactionKind[kind] : null;
  }

  @ResolveField(() => [CommentRevisionObject], {
    description:
      'Earlier texts of an edited comment, oldest first: for its author and moderators; empty for others.',
  })
  async revisions(
    @Parent() comment: CommentObject,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<CommentRevisionObject[]> {
    if (!viewer || (viewer.userId !== comment.authorId && !hasRole(viewer, 'MODERATOR'))) return [];
    if (!comment.editedAt) return [];
    return (await this.query.revisions(comment.id)).map(toRevisionObject);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer wrote this comment (false when signed out).',
  })
  viewerIsAuthor(@Parent() comment: CommentObject, @CurrentViewer() viewer: Viewer | null): boolean {
    return !!viewer && viewer.userId === comment.authorId;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'For its author: until when it may be edited (30 minutes after posting); null for everyone else.',
  })
  editableUntil(@Parent() comment: CommentObject, @CurrentViewer() viewer: Viewer | null): Date | null {
    if (!viewer || viewer.userId !== comment.authorId) return null;
    return editableUntil(comment.createdAt, this.options.editWindowSeconds);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer may edit it now (editComment): its author, while the consultation is open, within the edit window, not hidden or withdrawn, and before any reply.',
  })
  async viewerCanEdit(
    @Parent() comment: CommentObject,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    if (!viewer || viewer.userId !== comment.authorId) return false;
    const now = this.clock.now();
    const window = this.options.editWindowSeconds;
    // The cheap conditions first: most of an author's comments are past the window.
    if (editBlock({ ...comment, consultationOpen: true }, now, window)) return false;
    const draft = await ctx.loaders.get(this.drafts.draftById).load(comment.draftId);
    const consultationOpen = !!draft && consultationStatus(draft, now) === ConsultationStatus.OPEN;
    const [hasReplies, answered] = await Promise.all([
      ctx.loaders.get(this.loaders.hasReplies).load(comment.id),
      ctx.loaders.get(this.loaders.hasAnswer).load(comment.id),
    ]);
    return editBlock({ ...comment, consultationOpen, hasReplies, answered }, now, window) === null;
  }
}
