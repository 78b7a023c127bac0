import { EXPORT_LIMITS } from '@thamvan/search/exports/comment-exports.controller';
import { startTestApp, TestApp } from '../utils/test-app';

/** Exports hold a connection and a snapshot each: they are rate-limited per client address. */
describe('export limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '1' } });
  });
  afterAll(() => t.close());

  it(`allows ${EXPORT_LIMITS.EXPORTS_PER_HOUR} exports an hour per address, then answers 429 RATE_LIMITED`, async () => {
    const url = `${t.url}/api/exports/comments.ndjson`;
    for (let i = 0; i < EXPORT_LIMITS.EXPORTS_PER_HOUR; i++) {
      const ok = await fetch(url);
      expect(ok.status).toBe(200);
      await ok.text();
    }
    const refused = await fetch(url);
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Bad input is still a 400 once the limit is reached: it is validated before it is counted.
    const bad = await fetch(`${t.url}/api/exports/comments.csv?stance=MAYBE`);
    expect(bad.status).toBe(400);
  });
});
