import { LiveServer } from './live-server';
import { REACTION_COALESCE_MS, ReactionCoalescer } from './reaction-coalescer';
import { ReactionCounts } from './reaction-counts';

describe(ReactionCoalescer.name, () => {
  let now = 0;
  const sent: {
    at: number;
    room: string;
    payload: { seq: string; commentId: string; agreeCount: number };
  }[] = [];
  let agree = 0;
  let reads = 0;
  const live = {
    emit: (room: string, _event: string, payload: (typeof sent)[number]['payload']) =>
      sent.push({ at: Date.now(), room, payload }),
  } as unknown as LiveServer;
  // The scheduling is under test here; the counts query runs against PostgreSQL in
  // test/live (reactions coalesce end to end).
  const counts = {
    of: (ids: string[]) => {
      reads++;
      return Promise.resolve(new Map(ids.map((id) => [id, { agree, disagree: 0 }])));
    },
  } as unknown as ReactionCounts;

  beforeEach(() => {
    jest.useFakeTimers();
    now = 0;
    jest.setSystemTime(0);
    sent.length = 0;
    reads = 0;
  });
  afterEach(() => jest.useRealTimers());

  const advance = async (ms: number) => {
    now += ms;
    await jest.advanceTimersByTimeAsync(ms);
  };

  it('sends the first reaction at once, then at most one per comment per 250 ms with the newest seq', async () => {
    const coalescer = new ReactionCoalescer(counts, live);
    agree = 1;
    coalescer.add('d1', 'c1', '10', now);
    await advance(1);
    expect(sent.map((s) => s.payload)).toEqual([
      { seq: '10', draftId: 'd1', commentId: 'c1', agreeCount: 1, disagreeCount: 0 },
    ]);
    expect(sent[0].room).toBe('draft:d1');
    // A burst within the window: one event at its end, counts read then, newest seq.
    for (const [i, seq] of ['11', '13', '12'].entries()) {
      agree = 2 + i;
      coalescer.add('d1', 'c1', seq, now);
      await advance(50);
    }
    expect(sent).toHaveLength(1);
    await advance(REACTION_COALESCE_MS);
    expect(sent).toHaveLength(2);
    expect(sent[1].payload).toMatchObject({ seq: '13', agreeCount: 4 });
    expect(sent[1].at - sent[0].at).toBeGreaterThanOrEqual(REACTION_COALESCE_MS);
    // Another comment is not held back by the first one's window.
    coalescer.add('d1', 'c2', '14', now);
    await advance(1);
    expect(sent.map((s) => s.payload.commentId)).toEqual(['c1', 'c1', 'c2']);
    coalescer.onModuleDestroy();
  });

  it('reads the counts of every comment due at once in one query', async () => {
    const coalescer = new ReactionCoalescer(counts, live);
    for (let i = 0; i < 20; i++) coalescer.add('d1', `c${i}`, String(100 + i), now);
    await advance(1);
    expect(sent).toHaveLength(20);
    expect(reads).toBe(1);
    coalescer.onModuleDestroy();
  });
});
