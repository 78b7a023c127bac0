/**
 * Sessions recently seen open in PostgreSQL, so that an access token does not cost a query on
 * every request (docs/benchmarks.md: that query was a third of an authenticated request).
 *
 * Exact within this process: revoking a session (logout, reuse detection) or all of a user's
 * sessions (password change, account deletion) drops the entries at once and, for
 * `bypassMs`, makes every check of that session or user go to the database and not be
 * cached. That window covers the revoking transaction until it commits and any check already
 * in flight that read the row before the commit. A revocation made by ANOTHER process
 * (a second API replica, SQL by hand) takes effect here within `ttlMs`.
 *
 * Only "open" is cached, never "revoked"; entries are bounded (oldest dropped first).
 * Times are monotonic (performance.now), not the domain Clock: this is a cache lifetime.
 */
export class OpenSessionCache {
  private readonly open = new Map<string, { userId: string; until: number }>();
  /** `s:<sessionId>` or `u:<userId>` → until when checks bypass the cache. */
  private readonly bypass = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly bypassMs = 60_000,
    private readonly maxEntries = 50_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** True when the session was confirmed open less than ttlMs ago (and not revoked here since). */
  isOpen(sessionId: string, userId: string): boolean {
    const entry = this.open.get(sessionId);
    if (!entry) return false;
    if (entry.until <= this.now() || entry.userId !== userId) {
      this.open.delete(sessionId);
      return false;
    }
    return true;
  }

  /**
   * Records the database's answer "open" for a check that started at `checkedAt` (this.now()),
   * unless the session or user was revoked here within the last bypassMs: until that
   * revocation has surely committed, only the database can tell.
   */
  rememberOpen(sessionId: string, userId: string, checkedAt: number): void {
    if (this.ttlMs <= 0 || this.bypassed(`s:${sessionId}`) || this.bypassed(`u:${userId}`)) return;
    if (this.open.size >= this.maxEntries) {
      const oldest = this.open.keys().next();
      if (!oldest.done) this.open.delete(oldest.value);
    }
    this.open.delete(sessionId); // re-inserted last: Map order is insertion order
    this.open.set(sessionId, { userId, until: checkedAt + this.ttlMs });
  }

  revokeSession(sessionId: string): void {
    this.open.delete(sessionId);
    this.markBypass(`s:${sessionId}`);
  }

  revokeUser(userId: string): void {
    for (const [sessionId, entry] of this.open) if (entry.userId === userId) this.open.delete(sessionId);
    this.markBypass(`u:${userId}`);
  }

  private markBypass(key: string): void {
    const now = this.now();
    for (const [k, until] of this.bypass) if (until <= now) this.bypass.delete(k);
    this.bypass.set(key, now + this.bypassMs);
  }

  private bypassed(key: string): boolean {
    const until = this.bypass.get(key);
    return until !== undefined && until > this.now();
  }
}
