import type { Outline } from '../parser/types';
import { OFF_THREAD_ABOVE_BYTES } from './limits';
import { canParseOffThread, parseOffThread, WorkerLimits } from './off-thread';
import { runParseJob } from './parse-job';
import { DraftSource, readSource } from './read-source';

export interface ParseDraftOptions {
  /**
   * Inputs larger than this (bytes) are parsed in a worker thread. Default: files always
   * (their size says nothing of what they unpack to), pasted text above 32 KB.
   */
  offThreadAboveBytes?: number;
  /** Tighter bounds for the worker (tests). */
  worker?: WorkerLimits;
}

/**
 * The outline of a draft sent as text or as a .txt/.docx/.pdf file. Pure: no Nest, no database.
 * Refusals (both or neither of text and file, over 10 MB, bad base64, bytes that are not what
 * the extension says, an unreadable or textless file) are BadInputError with BAD_USER_INPUT;
 * any other content, however odd, yields an outline (at worst one provision and warnings).
 * Files and large texts are extracted and parsed off the event loop, in a worker thread bounded
 * in time and memory, when running from the compiled build (see off-thread.ts); under
 * ts-jest-like loaders they run inline. Either way what a file unpacks to is bounded (limits.ts):
 * over it, PayloadTooLargeError (PAYLOAD_TOO_LARGE).
 */
export async function parseDraftSource(
  source: DraftSource,
  options: ParseDraftOptions = {},
): Promise<Outline> {
  const { job, bytes } = readSource(source);
  const threshold = options.offThreadAboveBytes ?? (job.kind === 'text' ? OFF_THREAD_ABOVE_BYTES : -1);
  if (bytes > threshold && canParseOffThread()) return parseOffThread(job, options.worker);
  return runParseJob(job);
}
