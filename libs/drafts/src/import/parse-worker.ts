/**
 * Worker-thread entry (dist/libs/drafts/src/import/parse-worker.js): runs one ParseJob and
 * posts a WorkerReply. It loads only the parser and the extractors, not @thamvan/core's index
 * (Nest, TypeORM: a second of start-up): core's framework-free surface, @thamvan/core/pure.
 */
import { DomainError } from '@thamvan/core/pure';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { ParseJob, runParseJob, WorkerReply } from './parse-job';

function failure(error: unknown): WorkerReply {
  const code = error instanceof DomainError ? error.code : null;
  const field =
    error instanceof DomainError && typeof error.details?.field === 'string' ? error.details.field : null;
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, code, message, field };
}

if (parentPort) {
  const port = parentPort;
  // Below the event loop's priority: on a busy machine the thread that answers requests (and
  // /health) gets about three times the CPU of an import. Not lower: an import starved by a
  // busy database would run into its time limit. On Linux setpriority(0) is this thread's
  // alone; elsewhere it would be the whole process's, so it is left alone there.
  if (process.platform === 'linux') {
    try {
      setPriority(5);
    } catch {
      // Not permitted here: parse at the normal priority.
    }
  }
  runParseJob(workerData as ParseJob).then(
    (outline) => port.postMessage({ ok: true, outline } satisfies WorkerReply),
    (error: unknown) => port.postMessage(failure(error)),
  );
}
