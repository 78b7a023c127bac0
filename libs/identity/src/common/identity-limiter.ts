import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, RateLimitedError, RateLimiter } from '@thamvan/core';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { bucketKey } from './text';

export type LimitName = keyof IdentityOptions['limits'];

/** Identity's limits on the shared RateLimiter: scaled, hashed keys, typed errors. */
@Injectable()
export class IdentityLimiter {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Counts one attempt; false when it is over the limit. */
  async tryConsume(
    name: LimitName,
    subject: string,
  ): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
    const rule = this.options.limits[name];
    return this.limiter.consume(
      bucketKey(name, subject),
      this.config.scaleLimit(rule.limit),
      rule.windowSeconds,
    );
  }

  /** Counts attempts against every subject; RATE_LIMITED when any is over its limit. */
  async consume(...attempts: [LimitName, string][]): Promise<void> {
    const decisions = await Promise.all(attempts.map(([name, subject]) => this.tryConsume(name, subject)));
    const refused = decisions.filter((d) => !d.allowed);
    if (refused.length > 0) throw new RateLimitedError(Math.max(...refused.map((d) => d.retryAfterSeconds)));
  }

  /** Gives back attempts that turned out to be legitimate (a correct password). */
  async refund(...attempts: [LimitName, string][]): Promise<void> {
    await Promise.all(attempts.map(([name, subject]) => this.limiter.refund(bucketKey(name, subject))));
  }
}
