import { laneOf, OutboxConsumerRegistry } from '@thamvan/core';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * Consumers join the relay through the @AsOutboxConsumer() decorator (Nest discovery), not
 * each through its own onModuleInit: the API's whole set, in their lanes, and Meilisearch's
 * consumer only where MEILI_URL is set.
 */
describe('outbox consumers found by discovery', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('registers every decorated consumer once, in its lane, leaving out the disabled ones', () => {
    const consumers = t.app.get(OutboxConsumerRegistry).all();
    expect(Object.fromEntries(consumers.map((c) => [c.name, laneOf(c)]))).toEqual({
      'answer-mail': 'bulk',
      'feedback-counters': 'prompt',
      'follow-mail': 'bulk',
      live: 'prompt',
      'live-sessions': 'prompt',
      'search-projection': 'bulk',
      'synthesis-campaigns': 'bulk',
      'synthesis-topics': 'bulk',
      ...(process.env.MEILI_URL ? { 'search-meili': 'bulk' } : {}),
    });
  });
});
