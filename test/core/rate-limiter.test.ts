import { Clock, RateLimiter } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../utils/test-database';
import { openDataSource } from '../utils/test-data-source';

describe(`${RateLimiter.name} (PostgreSQL, shared by processes)`, () => {
  let db: TestDatabase;
  let a: DataSource;
  let b: DataSource;
  let clock: Clock;
  let limiterA: RateLimiter;
  let limiterB: RateLimiter;
  beforeAll(async () => {
    db = await createTestDatabase();
    a = await openDataSource(db.url);
    b = await openDataSource(db.url);
    clock = new Clock();
    // Two "processes" (pools) counting against the same buckets.
    limiterA = new RateLimiter(a, clock);
    limiterB = new RateLimiter(b, clock);
  });
  afterAll(async () => {
    await a.destroy();
    await b.destroy();
    await db.drop();
  });

  it('allows `limit` requests per window, then refuses with the time left', async () => {
    for (let i = 1; i <= 3; i++) {
      expect(await limiterA.consume('k1', 3, 60)).toEqual({ allowed: true, count: i, retryAfterSeconds: 0 });
    }
    const refused = await limiterB.consume('k1', 3, 60);
    expect(refused).toMatchObject({ allowed: false, count: 4 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(55);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await limiterA.peek('k1', 3)).toMatchObject({ allowed: false, count: 4 });
    expect(await limiterA.peek('unknown', 3)).toEqual({ allowed: true, count: 0, retryAfterSeconds: 0 });
  });

  it('starts a new window once the old one has passed on the Clock', async () => {
    await limiterA.consume('k2', 1, 60);
    expect((await limiterA.consume('k2', 1, 60)).allowed).toBe(false);
    clock.advance(61_000);
    expect(await limiterA.consume('k2', 1, 60)).toEqual({ allowed: true, count: 1, retryAfterSeconds: 0 });
  });

  it('counts a concurrent burst from two pools exactly', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? limiterA : limiterB).consume('burst', 10, 60)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.map((r) => r.count).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  it('refunds without going below zero, and prunes ended windows', async () => {
    await limiterA.consume('k3', 2, 60);
    await limiterA.consume('k3', 2, 60);
    await limiterA.refund('k3');
    expect((await limiterA.peek('k3', 2)).count).toBe(1);
    await limiterA.refund('k3');
    await limiterA.refund('k3');
    expect((await limiterA.peek('k3', 2)).count).toBe(0);
    clock.advance(120_000);
    expect(await limiterA.prune()).toBeGreaterThan(0);
    const [{ n }] = await a.query(`SELECT count(*)::int AS n FROM rate_limit_bucket`);
    expect(n).toBe(0);
  });
});
