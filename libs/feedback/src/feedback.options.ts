/** A limit before RATE_LIMIT_MULTIPLIER: `limit` requests per `windowSeconds`. */
export interface FeedbackLimitRule {
  limit: number;
  windowSeconds: number;
}

/**
 * Feedback's rules in one place. Bound as FEEDBACK_OPTIONS so a deployment (or a test) can
 * override them; posting limits are multiplied by RATE_LIMIT_MULTIPLIER when applied.
 */
export interface FeedbackOptions {
  limits: {
    postPerMinute: FeedbackLimitRule;
    postPerDay: FeedbackLimitRule;
  };
  /** An author may edit a comment this long after posting it, and only until its first reply. */
  editWindowSeconds: number;
  /** How long the write path trusts its cached copy of a draft's schedule (the insert re-checks it). */
  draftCacheMs: number;
}

export const FEEDBACK_OPTIONS = Symbol('FEEDBACK_OPTIONS');

export const DEFAULT_FEEDBACK_OPTIONS: FeedbackOptions = {
  limits: {
    postPerMinute: { limit: 10, windowSeconds: 60 },
    postPerDay: { limit: 200, windowSeconds: 24 * 60 * 60 },
  },
  editWindowSeconds: 30 * 60,
  draftCacheMs: 1000,
};

/** Threads are at most this many replies deep; deeper replies attach at this depth. */
export const MAX_REPLY_DEPTH = 3;
