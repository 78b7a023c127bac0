import type { CampaignUpdatedPayload, OutboxTopic, ResponsePublishedPayload } from '@thamvan/core';

/**
 * Synthesis rules in one place, bound as SYNTHESIS_OPTIONS so a deployment or a test can
 * override them.
 */
export interface SynthesisOptions {
  /** A comment joins a campaign when its shingle Jaccard similarity to the representative is at least this. */
  campaignThreshold: number;
  /**
   * A scope's topics (a provision, a draft's own comments) and a draft's opinion groups are
   * rebuilt at most once per this many seconds: a burst of comments costs one rebuild.
   * TOPICS_DEBOUNCE_SECONDS; tests set 0.
   */
  topicsDebounceSeconds: number;
}

export const SYNTHESIS_OPTIONS = Symbol('SYNTHESIS_OPTIONS');

export const DEFAULT_SYNTHESIS_OPTIONS: SynthesisOptions = {
  campaignThreshold: 0.8,
  topicsDebounceSeconds: 30,
};

/** The options of this process: the defaults with what the configuration sets. */
export function synthesisOptionsFrom(config: { topicsDebounceSeconds: number }): SynthesisOptions {
  return { ...DEFAULT_SYNTHESIS_OPTIONS, topicsDebounceSeconds: config.topicsDebounceSeconds };
}

/** Outbox topics written by synthesis (payloads: core's OutboxTopics). */
export const SynthesisTopic = {
  responsePublished: 'response.published',
  campaignUpdated: 'campaign.updated',
  /** A scope's topics or opinion groups are due to be rebuilt (aggregate id: the scope key). */
  topicsRebuild: 'topics.rebuild',
} as const satisfies Record<string, OutboxTopic>;

export type { CampaignUpdatedPayload, ResponsePublishedPayload };
