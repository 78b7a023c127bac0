import { BadInputError, ErrorCode, PayloadTooLargeError, RateLimitedError } from '@thamvan/core/pure';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Outline } from '../parser/types';
import { WORKER_HEAP_MB, WORKER_TIMEOUT_MS, WORKER_YOUNG_GENERATION_MB } from './limits';
import type { ParseJob, WorkerReply } from './parse-job';
import { Slots, SlotsFull } from './slots';

const WORKER_SCRIPT = join(__dirname, 'parse-worker.js');
// Parses at once: one core is left to the event loop (requests, /health), so an import,
// however hostile, never takes the CPU that answers everyone else.
const PARALLEL = Math.max(1, availableParallelism() - 1);
// Waiting imports each hold their file (up to 10 MB): a queue past this is refused.
const MAX_WAITING = 16;
const slots = new Slots(PARALLEL, MAX_WAITING);

/** Per call, for tests: the same worker with tighter bounds. */
export interface WorkerLimits {
  timeoutMs?: number;
  heapMb?: number;
}

/**
 * Worker threads need a JavaScript entry file. The compiled build (scripts/build.js writes
 * dist/libs/.../parse-worker.js next to this file) has one; under jest this module is the
 * TypeScript source and there is none, so callers parse inline there.
 */
export function canParseOffThread(): boolean {
  return __filename.endsWith('.js') && existsSync(WORKER_SCRIPT);
}

function transferable(job: ParseJob): { job: ParseJob; transfer: ArrayBuffer[] } {
  if (job.kind === 'text') return { job, transfer: [] };
  // A fresh copy: the caller's Buffer may share a pooled ArrayBuffer, which cannot move.
  const data = new Uint8Array(job.data);
  return { job: { kind: job.kind, data }, transfer: [data.buffer] };
}

/** A refusal made in the worker, as the DomainError it was there. */
function refusal(reply: Extract<WorkerReply, { ok: false }>): Error {
  const field = reply.field ?? undefined;
  if (reply.code === ErrorCode.BAD_USER_INPUT) return new BadInputError(reply.message, field);
  if (reply.code === ErrorCode.PAYLOAD_TOO_LARGE) return new PayloadTooLargeError(reply.message, field);
  return new Error(`draft parser worker failed: ${reply.message}`);
}

function runWorker(input: ParseJob, limits: WorkerLimits): Promise<Outline> {
  const { job, transfer } = transferable(input);
  return new Promise<Outline>((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, {
      workerData: job,
      transferList: transfer,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.heapMb ?? WORKER_HEAP_MB,
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
        stackSizeMb: 4,
      },
    });
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(new BadInputError('the file took too long to read', 'base64'))),
      limits.timeoutMs ?? WORKER_TIMEOUT_MS,
    );
    worker.once('message', (reply: WorkerReply) =>
      settle(() => (reply.ok ? resolve(reply.outline) : reject(refusal(reply)))),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' || error instanceof RangeError
            ? new BadInputError('the file is too large or complex to read', 'base64')
            : error,
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`draft parser worker exited (code ${code}) without an answer`))),
    );
  });
}

/**
 * Runs the job in a worker thread, a few at a time (one core stays with the event loop); a
 * worker over its time or heap is terminated. Too many imports waiting: RATE_LIMITED.
 */
export async function parseOffThread(job: ParseJob, limits: WorkerLimits = {}): Promise<Outline> {
  try {
    return await slots.run(() => runWorker(job, limits));
  } catch (error) {
    if (error instanceof SlotsFull) throw new RateLimitedError(30);
    throw error;
  }
}
