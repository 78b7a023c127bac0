import { BadInputError } from '@thamvan/core/errors/domain-error';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Outline } from '../parser/types';
import { WORKER_TIMEOUT_MS } from './limits';
import type { ParseJob, WorkerReply } from './parse-job';
import { Slots } from './slots';

const WORKER_SCRIPT = join(__dirname, 'parse-worker.js');
// One parse per core at most: more would only make each one slower and hold more memory.
const slots = new Slots(Math.max(1, availableParallelism()));
// A 10 MB PDF needs a few hundred MB while pdf.js reads it; this bounds a hostile one.
const WORKER_HEAP_MB = 1536;

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

function runWorker(input: ParseJob): Promise<Outline> {
  const { job, transfer } = transferable(input);
  return new Promise<Outline>((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, {
      workerData: job,
      transferList: transfer,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
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
      WORKER_TIMEOUT_MS,
    );
    worker.once('message', (reply: WorkerReply) =>
      settle(() => {
        if (reply.ok) resolve(reply.outline);
        else if (reply.badInput) reject(new BadInputError(reply.message, reply.field ?? undefined));
        else reject(new Error(`draft parser worker failed: ${reply.message}`));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
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

/** Runs the job in a worker thread, at most one per core at a time. */
export function parseOffThread(job: ParseJob): Promise<Outline> {
  return slots.run(() => runWorker(job));
}
