/**
 * Graceful shutdown on SIGINT/SIGTERM. In a terminal, Ctrl-C signals npm and the app
 * together and people press it twice: the first signal starts one shutdown (drain HTTP,
 * stop the relay, close the pool, stop embedded PostgreSQL), later signals only say it is
 * under way. A hard deadline still stops PostgreSQL before exiting, so nothing is left
 * running even if draining hangs.
 */
export interface ShutdownOptions {
  /** Graceful work: close the app (HTTP drain, relay, pool). */
  close: () => Promise<void>;
  /** Last step, also run when `close` overruns: stop embedded PostgreSQL. */
  finally: () => Promise<void>;
  log: (message: string) => void;
  deadlineMs?: number;
}

/** Starts the shutdown (once); `exitCode` 1 says to a supervisor that something failed. */
export type RequestShutdown = (reason?: string, exitCode?: number) => Promise<void>;

export function installShutdown(options: ShutdownOptions): RequestShutdown {
  const deadlineMs = options.deadlineMs ?? 9000;
  let shutdown: Promise<void> | undefined;

  const run = (reason: string, exitCode = 0): Promise<void> => {
    if (shutdown) {
      options.log(`${reason}: shutdown already in progress`);
      return shutdown;
    }
    options.log(`${reason}: shutting down`);
    shutdown = (async () => {
      let timer: NodeJS.Timeout | undefined;
      const overrun = new Promise<'overrun'>((resolve) => {
        timer = setTimeout(() => resolve('overrun'), deadlineMs);
      });
      let code = exitCode;
      try {
        const outcome = await Promise.race([options.close().then(() => 'closed' as const), overrun]);
        if (outcome === 'overrun') {
          options.log(`graceful close took longer than ${deadlineMs} ms; stopping anyway`);
          code = 1;
        }
      } catch (error) {
        options.log(`error while closing: ${error instanceof Error ? error.message : String(error)}`);
        code = 1;
      } finally {
        clearTimeout(timer);
      }
      try {
        await options.finally();
      } catch (error) {
        options.log(`error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        code = 1;
      }
      process.exit(code);
    })();
    return shutdown;
  };

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void run(signal));
  }
  return (reason = 'requested', exitCode = 0) => run(reason, exitCode);
}
