import { Injectable } from '@nestjs/common';
import { Connection, GraphqlContext, isUuid, requireViewer, Viewer } from '@thamvan/core';
import { CommentScope } from './comment-pages';
import { CommentRow } from './comment-row';
import { canSeeComment } from './comment-visibility';
import { toCommentObject } from './comment.mapper';
import { CommentLoaders } from './comment.loaders';
import { CommentObject } from './dto/comment.object';
import { CommentOrder } from './dto/comment.enums';

/** Reading comments for GraphQL: one comment, and connections of any scope, per viewer. */
@Injectable()
export class CommentsService {
  constructor(private readonly loaders: CommentLoaders) {}

  async findVisible(ctx: GraphqlContext, viewer: Viewer | null, id: string): Promise<CommentObject | null> {
    if (!isUuid(id)) return null;
    const row = await ctx.loaders.get(this.loaders.byId).load(id);
    return row && canSeeComment(viewer, row) ? toCommentObject(row, viewer) : null;
  }

  async list(
    ctx: GraphqlContext,
    viewer: Viewer | null,
    scope: CommentScope,
    id: string,
    args: { first?: number | null; after?: string | null; orderBy: CommentOrder },
  ): Promise<Connection<CommentObject>> {
    const page = await ctx.loaders.get(this.loaders.pages).load({ scope, id, ...args, viewer });
    return mapConnection(page, viewer);
  }

  /** myComments: everything the requester wrote, newest first, whatever its status. */
  async mine(
    ctx: GraphqlContext,
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<CommentObject>> {
    const me = requireViewer(viewer);
    return this.list(ctx, me, 'author', me.userId, { ...args, orderBy: CommentOrder.NEWEST });
  }
}

function mapConnection(page: Connection<CommentRow>, viewer: Viewer | null): Connection<CommentObject> {
  return {
    ...page,
    edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCommentObject(e.node, viewer) })),
  };
}
