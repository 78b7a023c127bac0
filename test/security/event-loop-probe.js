// Test-only preload (NODE_OPTIONS=--require …) for the compiled API: on SIGUSR2 it prints how
// late the main thread's event loop ran since the last SIGUSR2 (perf_hooks' histogram of
// timer lateness, 10 ms resolution), then starts over. It measures blocking inside the API,
// where a client's timing of /health/live also counts its own process and the network.
'use strict';
const { isMainThread } = require('node:worker_threads');
if (isMainThread) {
  const { monitorEventLoopDelay } = require('node:perf_hooks');
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  process.on('SIGUSR2', () => {
    process.stderr.write(`[event-loop] max=${(histogram.max / 1e6).toFixed(1)}\n`);
    histogram.reset();
  });
}
