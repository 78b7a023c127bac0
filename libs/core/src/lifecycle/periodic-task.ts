import type { Logger } from '@nestjs/common';

export interface PeriodicTaskOptions {
  /** Names the task in the log: "<name> failed". */
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
  logger: Pick<Logger, 'error'>;
}

/**
 * Runs `run` every `everyMs`, one run at a time: a tick that comes while a run is still in
 * progress is skipped, not queued. A failed run is logged and the next tick runs again. The
 * timer never keeps the process alive (unref); `stop` clears it and waits for the run in
 * progress, so nothing runs after it and shutdown never cuts a run in half. The sweeps that
 * run where the outbox relay runs (milestones, topics) share it.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly options: PeriodicTaskOptions) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.running ??= this.options
        .run()
        .then(
          () => undefined,
          (error: unknown) => this.options.logger.error({ err: error }, `${this.options.name} failed`),
        )
        .finally(() => (this.running = undefined));
    }, this.options.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
