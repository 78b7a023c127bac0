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
}
