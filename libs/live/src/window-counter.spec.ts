import { WindowCounter } from './window-counter';

describe(WindowCounter.name, () => {
  it('allows `limit` hits per window and starts afresh in the next window', () => {
    const counter = new WindowCounter(2, 1000);
    expect([counter.hit('a', 0), counter.hit('a', 10), counter.hit('a', 20)]).toEqual([true, true, false]);
    expect(counter.hit('b', 20)).toBe(true);
    expect(counter.hit('a', 1000)).toBe(true);
  });
});
