/** Refused by Slots.run when `maxWaiting` tasks already wait. */
export class SlotsFull extends Error {
  override readonly name = 'SlotsFull';
}

/** At most `size` tasks at once; the others wait their turn in arrival order, up to `maxWaiting`. */
export class Slots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly size: number,
    private readonly maxWaiting = Infinity,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.size) this.active++;
    else if (this.waiting.length >= this.maxWaiting) throw new SlotsFull('too many tasks waiting');
    // A released slot is handed straight to the next waiter, so `active` stays counted.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
