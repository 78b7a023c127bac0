import { OutboxMessage } from '@thamvan/core';
import { touchedIds } from './search-events';

const event = (topic: string, payload: Record<string, unknown>): OutboxMessage => ({
  seq: '1',
  topic,
  aggregateId: 'x',
  payload,
  createdAt: new Date(0),
  attempt: 1,
});

describe(touchedIds.name, () => {
  it('collects comment ids, answered and campaign comment ids, and authors', () => {
    expect(
      touchedIds([
        event('comment.created', { commentId: 'a' }),
        event('comment.moderated', { commentId: 'b', status: 'HIDDEN' }),
        event('response.published', { commentIds: ['c', 'd'] }),
        event('campaign.updated', { commentIds: ['d', 'e'] }),
        event('user.deleted', { userId: 'u' }),
      ]),
    ).toEqual({ commentIds: ['a', 'b', 'c', 'd', 'e'], userIds: ['u'], countsOnly: [] });
  });

  it('recounts reactions alone unless the comment changed otherwise in the same batch', () => {
    expect(
      touchedIds([
        event('reaction.updated', { commentId: 'a' }),
        event('reaction.updated', { commentId: 'b' }),
        event('comment.updated', { commentId: 'b' }),
      ]),
    ).toEqual({ commentIds: ['b'], userIds: [], countsOnly: ['a'] });
  });
});
