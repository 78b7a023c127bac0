/** A limit before RATE_LIMIT_MULTIPLIER: `limit` requests per `windowSeconds`. */
export interface LimitRule {
  limit: number;
  windowSeconds: number;
}

/**
 * Lifetimes and abuse limits of identity, in one place. Bound as IDENTITY_OPTIONS, so a
 * deployment (or a test) can override it; every limit is multiplied by
 * RATE_LIMIT_MULTIPLIER when applied.
 */
export interface IdentityOptions {
  issuer: string;
  accessTokenSeconds: number;
  refreshTokenDays: number;
  /**
   * A refresh token presented again this soon after its rotation is one browser's concurrent
   * requests (or a lost Set-Cookie), answered with a new pair; later, reuse ends the session.
   */
  refreshGraceSeconds: number;
  verifyEmailHours: number;
  resetPasswordHours: number;
  /** The version of the terms of use that registration accepts by default. */
  termsVersion: string;
  limits: {
    /** Failed logins per account (also counts failed passwords on deleteMyAccount/changePassword). */
    loginPerAccount: LimitRule;
    /** Failed logins per client IP. */
    loginPerIp: LimitRule;
    registerPerIp: LimitRule;
    passwordResetPerIp: LimitRule;
    /** Reset mails per address; more requests are answered `true` without sending. */
    passwordResetPerAccount: LimitRule;
    verificationMailPerAccount: LimitRule;
  };
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export const DEFAULT_IDENTITY_OPTIONS: IdentityOptions = {
  issuer: 'thamvan',
  accessTokenSeconds: 15 * 60,
  refreshTokenDays: 30,
  refreshGraceSeconds: 30,
  verifyEmailHours: 24,
  resetPasswordHours: 1,
  termsVersion: '2025-07-01',
  limits: {
    loginPerAccount: { limit: 10, windowSeconds: 15 * 60 },
    loginPerIp: { limit: 10, windowSeconds: 15 * 60 },
    registerPerIp: { limit: 20, windowSeconds: 60 * 60 },
    passwordResetPerIp: { limit: 20, windowSeconds: 60 * 60 },
    passwordResetPerAccount: { limit: 3, windowSeconds: 60 * 60 },
    verificationMailPerAccount: { limit: 5, windowSeconds: 60 * 60 },
  },
};

/** "Người dùng đã xóa": the name a deleted account's comments keep showing. */
export const DELETED_USER_NAME = 'Người dùng đã xóa';
