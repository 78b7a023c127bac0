import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median time of one call, in milliseconds. */
  medianMs: number;
  runs: number;
  callsPerRun: number;
}

export interface MeasureOptions {
  warmup?: number;
  runs?: number;
  minRunMs?: number;
}

type Work = () => unknown;

/** Calls per run so that one run lasts at least `minRunMs` (sub-millisecond work is measurable). */
async function calibrate(fn: Work, minRunMs: number): Promise<number> {
  let calls = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) await fn();
    if (performance.now() - start >= minRunMs || calls >= 1 << 16) return calls;
    calls *= 2;
  }
}

async function timeRun(fn: Work, calls: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < calls; i++) await fn();
  return (performance.now() - start) / calls;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Times several pieces of work the same way: a few warm-up calls each (JIT, lazy module
 * loads), then `runs` rounds in which every piece gets one run, so that a busy neighbour or a
 * GC pause hits all of them alike and their ratio stays meaningful; the median per-call time.
 */
export async function measureTogether(
  work: Work[],
  { warmup = 3, runs = 15, minRunMs = 25 }: MeasureOptions = {},
): Promise<Timing[]> {
  for (const fn of work) for (let i = 0; i < warmup; i++) await fn();
  const calls: number[] = [];
  for (const fn of work) calls.push(await calibrate(fn, minRunMs));
  const samples: number[][] = work.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let w = 0; w < work.length; w++) samples[w].push(await timeRun(work[w], calls[w]));
  }
  return samples.map((s, w) => ({ medianMs: median(s), runs, callsPerRun: calls[w] }));
}

export interface PeakMemory<T> {
  result: T;
  ms: number;
  /** The process's highest RSS while `work` ran, in bytes. */
  peakRss: number;
  /** That peak above the RSS before, and the highest heap above the heap before, in bytes. */
  rssAbove: number;
  heapAbove: number;
}

/** Runs `work` once, sampling the process's memory every 20 ms (a timer, so async work only). */
export async function withPeakMemory<T>(work: () => Promise<T>): Promise<PeakMemory<T>> {
  const before = process.memoryUsage();
  let peak = { rss: before.rss, heap: before.heapUsed };
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peak = { rss: Math.max(peak.rss, now.rss), heap: Math.max(peak.heap, now.heapUsed) };
  }, 20);
  const start = performance.now();
  try {
    const result = await work();
    return {
      result,
      ms: performance.now() - start,
      peakRss: peak.rss,
      rssAbove: peak.rss - before.rss,
      heapAbove: peak.heap - before.heapUsed,
    };
  } finally {
    clearInterval(sampler);
  }
}
