/**
 * Synthesis rules in one place, bound as SYNTHESIS_OPTIONS so a deployment or a test can
 * override them.
 */
export interface SynthesisOptions {
  /** A comment joins a campaign when its shingle Jaccard similarity to the representative is at least this. */
  campaignThreshold: number;
}

export const SYNTHESIS_OPTIONS = Symbol('SYNTHESIS_OPTIONS');

export const DEFAULT_SYNTHESIS_OPTIONS: SynthesisOptions = { campaignThreshold: 0.8 };

/** Outbox topics written by synthesis (payloads carry ids; consumers re-read rows). */
export const SynthesisTopic = {
  responsePublished: 'response.published',
  campaignUpdated: 'campaign.updated',
} as const;

export interface ResponsePublishedPayload {
  draftId: string;
  responseId: string;
  disposition: string;
  /** The answer's text (public, as Comment.response.explanation). */
  explanation: string;
  commentIds: string[];
}

export interface CampaignUpdatedPayload {
  draftId: string;
  campaignId: string;
  commentIds: string[];
}
