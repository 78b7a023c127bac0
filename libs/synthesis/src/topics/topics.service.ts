import { Injectable } from '@nestjs/common';
import {
  Connection,
  decodeCursor,
  encodeCursor,
  GraphqlContext,
  isUuid,
  pageSize,
  Viewer,
} from '@thamvan/core';
import { CommentObject, CommentsService, CommentStatus } from '@thamvan/feedback';
import {
  OpinionGroupObject,
  OpinionGroupsObject,
  OpinionGroupsStatus,
  TopicObject,
} from './dto/topic.object';
import { OpinionGroupsSnapshot } from './opinion-groups-snapshot';
import { TopicLoaders } from './topic.loaders';
import { stanceCountsOf, TopicRow } from './topics.repository';

const NOT_READY: Record<string, OpinionGroupsStatus> = {
  'too-few-people': OpinionGroupsStatus.TOO_FEW_PEOPLE,
  'too-few-comments': OpinionGroupsStatus.TOO_FEW_COMMENTS,
  'no-clear-groups': OpinionGroupsStatus.NO_CLEAR_GROUPS,
};

/**
 * Reading topics and opinion groups for GraphQL. Topics hold published comments only and are
 * the same for every viewer; their comments are resolved through feedback's loaders, so a
 * comment hidden since the last rebuild is left out at once.
 */
@Injectable()
export class TopicsService {
  constructor(
    private readonly loaders: TopicLoaders,
    private readonly comments: CommentsService,
  ) {}

  /** One topic (e.g. to label a topicId filter); null when unknown or rebuilt away. */
  async byId(ctx: GraphqlContext, id: string): Promise<TopicObject | null> {
    if (!isUuid(id)) return null;
    const row = await ctx.loaders.get(this.loaders.byId).load(id);
    return row && toTopicObject(row);
  }

  async ofProvision(ctx: GraphqlContext, lineageId: string): Promise<TopicObject[]> {
    return (await ctx.loaders.get(this.loaders.byLineage).load(lineageId)).map(toTopicObject);
  }

  async ofDraft(ctx: GraphqlContext, draftId: string): Promise<TopicObject[]> {
    return (await ctx.loaders.get(this.loaders.byDraft).load(draftId)).map(toTopicObject);
  }

  /** The stored representative, or its first comment still published when it no longer is. */
  async representative(
    ctx: GraphqlContext,
    viewer: Viewer | null,
    topic: TopicObject,
  ): Promise<CommentObject> {
    const stored = await this.published(ctx, viewer, [topic.representativeId]);
    if (stored.length) return stored[0];
    const page = await this.commentPage(ctx, viewer, topic.id, { first: 1 });
    if (page.edges.length) return page.edges[0].node;
    // Every member was hidden since the rebuild (which is on its way): still the stored one.
    return (await this.comments.findVisible(ctx, null, topic.representativeId))!;
  }

  async commentPage(
    ctx: GraphqlContext,
    viewer: Viewer | null,
    topicId: string,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<CommentObject>> {
    const size = pageSize(args.first);
    const afterRank = args.after ? (decodeCursor(args.after, ['int'])[0] as number) : -1;
    const page = await ctx.loaders
      .get(this.loaders.memberPages)
      .load({ topicId, afterRank, limit: size + 1 });
    const shown = page.members.slice(0, size);
    const nodes = await Promise.all(shown.map((m) => this.comments.findVisible(ctx, viewer, m.commentId)));
    const edges = shown.flatMap((m, i) => {
      const node = nodes[i];
      return node ? [{ cursor: encodeCursor([m.rank]), node }] : [];
    });
    return {
      edges,
      totalCount: page.total,
      pageInfo: {
        hasNextPage: page.members.length > size,
        endCursor: shown.length ? encodeCursor([shown[shown.length - 1].rank]) : null,
      },
    };
  }

  async opinionGroups(ctx: GraphqlContext, draftId: string): Promise<OpinionGroupsObject> {
    const stored = await ctx.loaders.get(this.loaders.opinionGroups).load(draftId);
    return toOpinionGroupsObject(stored?.result ?? null, stored?.builtAt ?? null);
  }

  /** These comments as the viewer sees them, in order, leaving out any no longer PUBLISHED. */
  async published(
    ctx: GraphqlContext,
    viewer: Viewer | null,
    ids: readonly string[],
  ): Promise<CommentObject[]> {
    const found = await Promise.all(ids.map((id) => this.comments.findVisible(ctx, viewer, id)));
    return found.filter((c): c is CommentObject => !!c && c.status === CommentStatus.PUBLISHED);
  }
}

function toTopicObject(row: TopicRow): TopicObject {
  return {
    id: row.id,
    label: row.label,
    phrases: row.phrases,
    size: row.size,
    commentCount: row.commentCount,
    isOther: row.isOther,
    stanceCounts: stanceCountsOf(row.stanceCounts),
    representativeId: row.representativeId,
  };
}

function toOpinionGroupsObject(
  result: OpinionGroupsSnapshot | null,
  builtAt: Date | null,
): OpinionGroupsObject {
  if (!result) {
    // Nobody has reacted yet (or the first computation is on its way).
    return {
      status: OpinionGroupsStatus.TOO_FEW_PEOPLE,
      reason: 'No reactions yet.',
      people: 0,
      comments: 0,
      groups: [],
      builtAt: null,
      consensusIds: [],
    };
  }
  if (!result.enoughData) {
    return {
      status: NOT_READY[result.reason],
      reason: result.message,
      people: result.people,
      comments: result.comments,
      groups: [],
      builtAt,
      consensusIds: [],
    };
  }
  return {
    status: OpinionGroupsStatus.READY,
    reason: null,
    people: result.people,
    comments: result.comments,
    groups: result.groups.map((g): OpinionGroupObject => ({
      id: g.id,
      size: g.size,
      topCommentIds: g.topComments.map((c) => c.commentId),
    })),
    builtAt,
    consensusIds: result.consensus.map((c) => c.commentId),
  };
}
