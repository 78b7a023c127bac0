import { OutboxConsumerRegistry } from './outbox-consumer.registry';
import { OutboxBacklog } from './outbox-stats.service';

describe('OutboxBacklog', () => {
  const registry = new OutboxConsumerRegistry();
  for (const [name, topics] of [
    ['search-projection', ['comment.*']],
    ['search-meili', ['comment.*']],
    ['live', ['comment.created', 'response.published']],
  ] as const) {
    registry.register({ name, topics: [...topics], handle: () => Promise.resolve() });
  }
  const backlog = new OutboxBacklog(
    [
      // Owed to every consumer of its topic (nobody has had it yet).
      { topic: 'comment.created', status: 'PENDING', pendingConsumers: null, count: 3, lag: 12.34 },
      // Only search-meili still owes these.
      { topic: 'comment.edited', status: 'PENDING', pendingConsumers: ['search-meili'], count: 2, lag: 40 },
      // Owed to live only.
      { topic: 'response.published', status: 'PENDING', pendingConsumers: ['live'], count: 5, lag: 90 },
      {
        topic: 'comment.created',
        status: 'DEAD',
        pendingConsumers: ['search-projection'],
        count: 1,
        lag: 500,
      },
    ],
    registry,
  );

  it('sums the whole backlog, its lag the oldest pending event', () => {
    expect(backlog.total).toEqual({ pending: 10, dead: 1, lagSeconds: 90 });
  });

  it('counts for a set of consumers what any of them is owed, each event once', () => {
    expect(backlog.of(['search-projection', 'search-meili'])).toEqual({
      pending: 5,
      dead: 1,
      lagSeconds: 40,
    });
    expect(backlog.of(['search-projection'])).toEqual({ pending: 3, dead: 1, lagSeconds: 12.3 });
    expect(backlog.of(['live'])).toEqual({ pending: 8, dead: 0, lagSeconds: 90 });
    expect(backlog.of(['nobody'])).toEqual({ pending: 0, dead: 0, lagSeconds: 0 });
  });
});
