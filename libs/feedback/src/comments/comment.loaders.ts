import { Injectable } from '@nestjs/common';
import { Connection, groupBy, Viewer } from '@thamvan/core';
import DataLoader from 'dataloader';
import { PageRequest } from './comment-pages';
import { CommentRow } from './comment-row';
import { CommentsQueryService } from './comments-query.service';

const pageKey = (k: PageRequest) => `${k.scope}|${k.id}|${k.first ?? ''}|${k.after ?? ''}|${k.orderBy}`;
const batchKey = (k: PageRequest) => `${k.scope}|${k.first ?? ''}|${k.after ?? ''}|${k.orderBy}`;

/**
 * Per-request DataLoaders of comments. Each property is a stable factory, so
 * `ctx.loaders.get(loaders.pages)` is one loader per request. Pages of many anchors with
 * the same arguments (e.g. the first replies of every comment on a page) are one query.
 */
@Injectable()
export class CommentLoaders {
  constructor(private readonly comments: CommentsQueryService) {}

  readonly byId = () =>
    new DataLoader<string, CommentRow | null>(async (ids) => {
      const byId = new Map((await this.comments.byIds(ids)).map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    });

  /** Whether a comment has any reply (batched: the author's comments of a page in one query). */
  readonly hasReplies = () =>
    new DataLoader<string, boolean>(async (ids) => {
      const replied = await this.comments.withReplies(ids);
      return ids.map((id) => replied.has(id));
    });

  /** Whether the agency has answered a comment (batched like hasReplies). */
  readonly hasAnswer = () =>
    new DataLoader<string, boolean>(async (ids) => {
      const answered = await this.comments.withAnswers(ids);
      return ids.map((id) => answered.has(id));
    });

  readonly pages = () =>
    new DataLoader<PageRequest, Connection<CommentRow>, string>(
      async (requests) => {
        const groups = groupBy(requests, batchKey);
        const results = new Map<string, Connection<CommentRow>>();
        // One viewer per request: the loader lives and dies with it.
        const viewer: Viewer | null = requests[0].viewer;
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { scope, first, after, orderBy } = group[0];
            const pages = await this.comments.pages(
              scope,
              group.map((r) => r.id),
              { first, after, orderBy },
              viewer,
            );
            for (const r of group) results.set(pageKey(r), pages.get(r.id) as Connection<CommentRow>);
          }),
        );
        return requests.map((r) => results.get(pageKey(r)) as Connection<CommentRow>);
      },
      { cacheKeyFn: pageKey },
    );
}
