import { StoredEvent, touchedIds } from './search-events';

// Partial payloads, as a rebuild may read back from outbox_event.
const event = (topic: string, payload: Record<string, unknown>): StoredEvent => ({ topic, payload });

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
