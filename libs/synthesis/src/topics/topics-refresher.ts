import { Injectable, Logger } from '@nestjs/common';
import { buildOpinionGroups } from './opinion-groups';
import { toSnapshot } from './opinion-groups-snapshot';
import { carryOverIds } from './topic-ids';
import { buildTopics, OTHER_LABEL, TopicsResult } from './topics';
import { NewTopic, TopicScope, TopicsRepository } from './topics.repository';

/**
 * Rebuilds one scope from what the database holds now (so a redelivered or late event is
 * harmless): a provision's or a draft's topics, or a draft's opinion groups.
 */
@Injectable()
export class TopicsRefresher {
  private readonly logger = new Logger(TopicsRefresher.name);

  constructor(private readonly repository: TopicsRepository) {}

  /** Runs the rebuild scheduled for this scope key; nothing when none is (already taken). */
  async rebuild(scopeKey: string): Promise<void> {
    const scope = await this.repository.takeScheduled(scopeKey);
    if (!scope) return;
    const started = Date.now();
    if (scope.kind === 'OPINION_GROUPS') {
      const reactions = await this.repository.reactionsOf(scope.draftId);
      await this.repository.saveOpinionGroups(
        scope.draftId,
        scope.takenAt,
        toSnapshot(buildOpinionGroups(reactions)),
      );
    } else {
      await this.rebuildTopics(scope);
    }
    this.logger.debug({ scopeKey, ms: Date.now() - started }, 'topics rebuilt');
  }

  private async rebuildTopics(scope: TopicScope & { takenAt: string }): Promise<void> {
    const result = buildTopics(await this.repository.commentsOf(scope));
    await this.repository.replaceTopics(scope, (previous) => toNewTopics(result, previous));
  }
}

/** The result as rows to store, in order (largest first, "Ý kiến khác" last), ids carried over. */
export function toNewTopics(
  result: TopicsResult,
  previous: readonly { id: string; isOther: boolean; members: string[] }[],
): NewTopic[] {
  const ids = carryOverIds(
    previous.filter((p) => !p.isOther),
    result.topics.map((t) => ({ members: t.commentIds })),
  );
  const rows: NewTopic[] = result.topics.map((t, i) => ({
    id: ids[i],
    isOther: false,
    label: t.label,
    phrases: t.phrases,
    size: t.size,
    commentCount: t.commentCount,
    representativeId: t.representativeId,
    stanceCounts: t.stanceCounts,
    campaigns: t.campaigns,
    commentIds: t.commentIds,
  }));
  const other = result.other;
  if (other && other.commentIds.length) {
    rows.push({
      // One "Ý kiến khác" per scope, under the same id from build to build.
      id: previous.find((p) => p.isOther)?.id ?? null,
      isOther: true,
      label: OTHER_LABEL,
      phrases: [],
      size: other.size,
      commentCount: other.commentCount,
      // It has no centre: its first comment stands for it.
      representativeId: other.commentIds[0],
      stanceCounts: other.stanceCounts,
      campaigns: other.campaigns,
      commentIds: other.commentIds,
    });
  }
  return rows;
}
