import { PeriodicTask } from './periodic-task';

/** A run that stays in progress until `finish` or `fail` is called. */
function deferredRuns() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const run = jest.fn(() => new Promise<void>((resolve, reject) => pending.push({ resolve, reject })));
  return {
    run,
    finish: () => pending.shift()!.resolve(),
    fail: (error: Error) => pending.shift()!.reject(error),
  };
}

describe(PeriodicTask.name, () => {
  const logger = { error: jest.fn() };

  beforeEach(() => {
    jest.useFakeTimers();
    logger.error.mockClear();
  });
  afterEach(() => jest.useRealTimers());

  it('runs every period, never two runs at once', async () => {
    const runs = deferredRuns();
    const task = new PeriodicTask({ name: 'test sweep', everyMs: 1000, run: runs.run, logger });
    task.start();
    expect(runs.run).not.toHaveBeenCalled();

    await jest.advanceTimersByTimeAsync(1000);
    expect(runs.run).toHaveBeenCalledTimes(1);
    // Still running: the next ticks are skipped, not queued.
    await jest.advanceTimersByTimeAsync(3000);
    expect(runs.run).toHaveBeenCalledTimes(1);

    runs.finish();
    await jest.advanceTimersByTimeAsync(1000);
    expect(runs.run).toHaveBeenCalledTimes(2);
    runs.finish();
    await task.stop();
  });

  it('logs a failed run and runs again at the next tick', async () => {
    const runs = deferredRuns();
    const task = new PeriodicTask({ name: 'test sweep', everyMs: 1000, run: runs.run, logger });
    task.start();
    await jest.advanceTimersByTimeAsync(1000);
    const error = new Error('database gone');
    runs.fail(error);
    await jest.advanceTimersByTimeAsync(0);
    expect(logger.error).toHaveBeenCalledWith({ err: error }, 'test sweep failed');

    await jest.advanceTimersByTimeAsync(1000);
    expect(runs.run).toHaveBeenCalledTimes(2);
    runs.finish();
    await task.stop();
  });

  it('stop waits for the run in progress, and nothing runs after it', async () => {
    const runs = deferredRuns();
    const task = new PeriodicTask({ name: 'test sweep', everyMs: 1000, run: runs.run, logger });
    task.start();
    await jest.advanceTimersByTimeAsync(1000);

    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    runs.finish();
    await stopping;
    expect(stopped).toBe(true);

    await jest.advanceTimersByTimeAsync(10_000);
    expect(runs.run).toHaveBeenCalledTimes(1);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('stop before any run resolves at once, and the timer never fires', async () => {
    const run = jest.fn(() => Promise.resolve());
    const task = new PeriodicTask({ name: 'test sweep', everyMs: 1000, run, logger });
    task.start();
    await task.stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
