import { Injectable } from '@nestjs/common';

/**
 * The server's idea of "now". Consultation windows and edit windows are enforced on this
 * clock, never the client's; tests move it forward instead of sleeping.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Test helper: shift the clock by `ms` (cumulative). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /**
   * How far `advance` has moved this clock from the system's: 0 outside tests. For rules
   * timed by the database's clock (the outbox relay's retries), so a test that moves this
   * clock moves them too.
   */
  get advancedMs(): number {
    return this.offsetMs;
  }
}
