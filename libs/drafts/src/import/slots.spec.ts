import { Slots, SlotsFull } from './slots';

describe('Slots', () => {
  it('runs at most `size` tasks at once, the others in arrival order, and survives failures', async () => {
    const slots = new Slots(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (n: number, fail = false) =>
      slots.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        order.push(n);
        if (fail) throw new Error(`task ${n}`);
        return n;
      });
    const results = await Promise.allSettled([task(1), task(2, true), task(3), task(4), task(5)]);
    expect(peak).toBe(2);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(order.slice(2).sort()).toEqual([3, 4, 5]);
    await expect(task(6)).resolves.toBe(6);
  });

  it('refuses a task when `maxWaiting` already wait, and takes new ones once they have run', async () => {
    const slots = new Slots(1, 2);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const running = [slots.run(() => gate), slots.run(() => gate), slots.run(() => gate)];
    await expect(slots.run(() => Promise.resolve(4))).rejects.toBeInstanceOf(SlotsFull);
    release();
    await Promise.all(running);
    await expect(slots.run(() => Promise.resolve(5))).resolves.toBe(5);
  });
});
