import { MeiliTaskLedger } from './meili-tasks';

describe('MeiliTaskLedger (tasks enqueued by sync, not waited for)', () => {
  it('counts the documents waiting, and forgets tasks that finished or that Meilisearch no longer lists', () => {
    const ledger = new MeiliTaskLedger(3);
    ledger.enqueued(1, [], 1, true);
    ledger.enqueued(2, ['a', 'b'], 1);
    ledger.enqueued(3, ['c'], 1);
    ledger.enqueued(4, ['d'], 1);
    expect(ledger.waiting()).toBe(4);
    expect(ledger.pending(2)).toEqual([1, 2]);
    const settled = ledger.settle(
      [1, 2, 3, 4],
      [
        { uid: 1, status: 'succeeded' },
        { uid: 2, status: 'processing' },
        { uid: 4, status: 'enqueued' },
      ],
    );
    expect(settled).toEqual({ settingsFailed: null, retried: [], gaveUp: [] });
    expect(ledger.pending()).toEqual([2, 4]);
    expect(ledger.waiting()).toBe(3);
  });

  it("owes a failed task's comments again, one attempt more, until the attempts run out", () => {
    const ledger = new MeiliTaskLedger(3);
    ledger.enqueued(7, ['a', 'b'], 1);
    expect(ledger.settle([7], [{ uid: 7, status: 'failed', error: { message: 'bad document' } }])).toEqual({
      settingsFailed: null,
      retried: [{ uid: 7, comments: 2, error: 'bad document' }],
      gaveUp: [],
    });
    expect(ledger.toRetry()).toEqual(['a', 'b']);
    // The next sync takes them with its own comments: attempt 2 for the chunk holding them.
    expect(ledger.attemptOf(['x', 'a'])).toBe(2);
    expect(ledger.attemptOf(['x'])).toBe(1);
    ledger.written(['a', 'b']);
    expect(ledger.toRetry()).toEqual([]);
    ledger.enqueued(8, ['a', 'b'], 2);
    ledger.settle([8], [{ uid: 8, status: 'canceled' }]);
    ledger.written(['a', 'b']);
    ledger.enqueued(9, ['a', 'b'], ledger.attemptOf([]) + 2);
    expect(ledger.settle([9], [{ uid: 9, status: 'failed' }])).toEqual({
      settingsFailed: null,
      retried: [],
      gaveUp: [{ uid: 9, comments: 2, error: 'failed' }],
    });
    expect(ledger.toRetry()).toEqual([]);
  });

  it('says when the settings task failed, so that the settings are enqueued again', () => {
    const ledger = new MeiliTaskLedger(3);
    ledger.enqueued(1, [], 1, true);
    expect(
      ledger.settle([1], [{ uid: 1, status: 'failed', error: { message: 'invalid_settings' } }]),
    ).toEqual({
      settingsFailed: 'invalid_settings',
      retried: [],
      gaveUp: [],
    });
    expect(ledger.pending()).toEqual([]);
  });
});
