import { Inject, Injectable } from '@nestjs/common';
import { AsOutboxConsumer, OutboxConsumer, OutboxMessage } from '@thamvan/core';
import { FeedbackTopic } from '@thamvan/feedback';
import { SYNTHESIS_OPTIONS, SynthesisOptions, SynthesisTopic } from '../synthesis.options';
import { TopicScope, TopicsRepository } from './topics.repository';
import { TopicsRefresher } from './topics-refresher';

interface CommentRef {
  draftId?: string;
  lineageId?: string | null;
  parentId?: string | null;
  commentIds?: string[];
  scopeKey?: string;
}

/**
 * Keeps topics and opinion groups current off the write path. A comment written, edited,
 * withdrawn or moderated marks its scope dirty (its provision lineage, or the draft's own
 * comments), a reaction or a moderation its draft's opinion groups, a campaign change the
 * scopes of its comments. A dirty scope whose last build is `topicsDebounceSeconds` old gets
 * one `topics.rebuild` event at once, the others when that time has passed (TopicsSweep);
 * this consumer then runs the rebuild.
 * Posting only writes its usual outbox event: it never waits for any of this.
 */
@Injectable()
@AsOutboxConsumer()
export class TopicsRefreshConsumer implements OutboxConsumer {
  readonly name = 'synthesis-topics';
  // Seconds of CPU per large provision, read by officers later: never ahead of live events.
  readonly lane = 'bulk' as const;
  readonly topics = [
    FeedbackTopic.commentCreated,
    FeedbackTopic.commentUpdated,
    FeedbackTopic.commentRemoved,
    FeedbackTopic.commentModerated,
    FeedbackTopic.reactionUpdated,
    SynthesisTopic.campaignUpdated,
    SynthesisTopic.topicsRebuild,
  ] as const;

  constructor(
    private readonly repository: TopicsRepository,
    private readonly refresher: TopicsRefresher,
    @Inject(SYNTHESIS_OPTIONS) private readonly options: SynthesisOptions,
  ) {}

  async handle(events: OutboxMessage[]): Promise<void> {
    const dirty: TopicScope[] = [];
    const campaignComments: string[] = [];
    const rebuilds = new Set<string>();
    for (const event of events) {
      const ref = event.payload as CommentRef;
      switch (event.topic) {
        case SynthesisTopic.topicsRebuild:
          rebuilds.add(ref.scopeKey ?? event.aggregateId);
          break;
        case SynthesisTopic.campaignUpdated:
          campaignComments.push(...(ref.commentIds ?? []));
          break;
        case FeedbackTopic.reactionUpdated:
          if (ref.draftId) dirty.push(groupsOf(ref.draftId));
          break;
        default: {
          if (!ref.draftId) break;
          // What people may react to changed too (a comment hidden or withdrawn).
          if (event.topic !== FeedbackTopic.commentCreated) dirty.push(groupsOf(ref.draftId));
          // Replies are not in topics (their sense depends on what they answer).
          if (ref.parentId) break;
          dirty.push(
            ref.lineageId
              ? { kind: 'PROVISION', draftId: ref.draftId, lineageId: ref.lineageId }
              : { kind: 'DRAFT', draftId: ref.draftId, lineageId: null },
          );
        }
      }
    }
    dirty.push(...(await this.repository.scopesOfComments([...new Set(campaignComments)])));
    await this.repository.markDirty(dirty, this.options.topicsDebounceSeconds);
    for (const key of rebuilds) await this.refresher.rebuild(key);
  }
}

const groupsOf = (draftId: string): TopicScope => ({ kind: 'OPINION_GROUPS', draftId, lineageId: null });
