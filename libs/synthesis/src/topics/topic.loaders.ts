import { Injectable } from '@nestjs/common';
import { groupBy } from '@thamvan/core';
import DataLoader from 'dataloader';
import { OpinionGroupsSnapshot } from './opinion-groups-snapshot';
import { TopicRow, TopicsRepository } from './topics.repository';

export interface MemberPageKey {
  topicId: string;
  afterRank: number;
  limit: number;
}

export interface MemberPage {
  members: { commentId: string; rank: number }[];
  total: number;
}

const pageKey = (k: MemberPageKey) => `${k.topicId}|${k.afterRank}|${k.limit}`;

/**
 * Per-request DataLoaders of topics (use through `ctx.loaders.get(loaders.x)`): the topics of
 * every provision of a page in one query, the comments of every topic of a list in one.
 */
@Injectable()
export class TopicLoaders {
  constructor(private readonly repository: TopicsRepository) {}

  readonly byId = () =>
    new DataLoader<string, TopicRow | null>(async (ids) => {
      const rows = new Map((await this.repository.topicsByIds(ids)).map((t) => [t.id, t]));
      return ids.map((id) => rows.get(id) ?? null);
    });

  readonly byLineage = () =>
    new DataLoader<string, TopicRow[]>(async (lineageIds) => {
      const rows = groupBy(await this.repository.topicsOfLineages(lineageIds), (t) => t.lineageId ?? '');
      return lineageIds.map((id) => rows.get(id) ?? []);
    });

  /** The topics of the comments on each draft as a whole. */
  readonly byDraft = () =>
    new DataLoader<string, TopicRow[]>(async (draftIds) => {
      const rows = groupBy(await this.repository.topicsOfDrafts(draftIds), (t) => t.draftId);
      return draftIds.map((id) => rows.get(id) ?? []);
    });

  readonly memberPages = () =>
    new DataLoader<MemberPageKey, MemberPage, string>(
      async (keys) => {
        const results = new Map<string, MemberPage>();
        // One query per distinct (after, first): in practice one for a whole list of topics.
        for (const group of groupBy(keys, (k) => `${k.afterRank}|${k.limit}`).values()) {
          const { afterRank, limit } = group[0];
          const { pages, totals } = await this.repository.memberPages(
            group.map((k) => k.topicId),
            afterRank,
            limit,
          );
          for (const k of group) {
            results.set(pageKey(k), {
              members: pages.get(k.topicId) ?? [],
              total: totals.get(k.topicId) ?? 0,
            });
          }
        }
        return keys.map((k) => results.get(pageKey(k))!);
      },
      { cacheKeyFn: pageKey },
    );

  readonly opinionGroups = () =>
    new DataLoader<string, { result: OpinionGroupsSnapshot; builtAt: Date } | null>(async (draftIds) => {
      const rows = new Map((await this.repository.opinionGroupsOf(draftIds)).map((r) => [r.draftId, r]));
      return draftIds.map((id) => rows.get(id) ?? null);
    });
}
