import { OpenSessionCache } from './open-session-cache';

describe('OpenSessionCache', () => {
  let now = 0;
  const cache = (ttlMs = 5000, maxEntries = 50_000) =>
    new OpenSessionCache(ttlMs, 60_000, maxEntries, () => now);
  beforeEach(() => (now = 1000));

  it('trusts a session seen open for ttlMs from the start of the check, for its own user only', () => {
    const c = cache();
    expect(c.isOpen('s1', 'u1')).toBe(false);
    c.rememberOpen('s1', 'u1', now - 1000);
    expect(c.isOpen('s1', 'u1')).toBe(true);
    expect(c.isOpen('s1', 'u2')).toBe(false);
    c.rememberOpen('s1', 'u1', now);
    now += 4999;
    expect(c.isOpen('s1', 'u1')).toBe(true);
    now += 1;
    expect(c.isOpen('s1', 'u1')).toBe(false);
  });

  it('forgets a revoked session at once, and does not cache it again while the revocation may be in flight', () => {
    const c = cache();
    c.rememberOpen('s1', 'u1', now);
    const inFlight = now; // a check that read the row before the revocation committed
    c.revokeSession('s1');
    expect(c.isOpen('s1', 'u1')).toBe(false);
    c.rememberOpen('s1', 'u1', inFlight);
    expect(c.isOpen('s1', 'u1')).toBe(false);
    now += 59_999;
    c.rememberOpen('s1', 'u1', now);
    expect(c.isOpen('s1', 'u1')).toBe(false);
    now += 1; // long after any commit: the database's answer is trusted again
    c.rememberOpen('s1', 'u1', now);
    expect(c.isOpen('s1', 'u1')).toBe(true);
  });

  it('revoking a user forgets all of that user’s sessions and no one else’s', () => {
    const c = cache();
    c.rememberOpen('a', 'u1', now);
    c.rememberOpen('b', 'u1', now);
    c.rememberOpen('c', 'u2', now);
    c.revokeUser('u1');
    expect([c.isOpen('a', 'u1'), c.isOpen('b', 'u1'), c.isOpen('c', 'u2')]).toEqual([false, false, true]);
    c.rememberOpen('d', 'u1', now);
    expect(c.isOpen('d', 'u1')).toBe(false);
  });

  it('keeps at most maxEntries, dropping the oldest; ttl 0 caches nothing', () => {
    const c = cache(5000, 2);
    c.rememberOpen('a', 'u', now);
    c.rememberOpen('b', 'u', now);
    c.rememberOpen('c', 'u', now);
    expect([c.isOpen('a', 'u'), c.isOpen('b', 'u'), c.isOpen('c', 'u')]).toEqual([false, true, true]);
    const off = cache(0);
    off.rememberOpen('a', 'u', now);
    expect(off.isOpen('a', 'u')).toBe(false);
  });
});
