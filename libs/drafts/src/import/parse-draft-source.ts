import type { Outline } from '../parser/types';
import { OFF_THREAD_ABOVE_BYTES } from './limits';
import { canParseOffThread, parseOffThread } from './off-thread';
import { runParseJob } from './parse-job';
import { DraftSource, readSource } from './read-source';

export interface ParseDraftOptions {
  /** Inputs larger than this (bytes) are parsed in a worker thread; default 256 KB. */
  offThreadAboveBytes?: number;
}

/**
 * The outline of a draft sent as text or as a .txt/.docx/.pdf file. Pure: no Nest, no database.
 * Refusals (both or neither of text and file, over 10 MB, bad base64, bytes that are not what
 * the extension says, an unreadable or textless file) are BadInputError with BAD_USER_INPUT;
 * any other content, however odd, yields an outline (at worst one provision and warnings).
 * Large inputs are extracted and parsed off the event loop, in a worker thread, when running
 * from the compiled build (see off-thread.ts); under ts-jest-like loaders they run inline.
 */
export async function parseDraftSource(
  source: DraftSource,
  options: ParseDraftOptions = {},
): Promise<Outline> {
  const { job, bytes } = readSource(source);
  const threshold = options.offThreadAboveBytes ?? OFF_THREAD_ABOVE_BYTES;
  if (bytes > threshold && canParseOffThread()) return parseOffThread(job);
  return runParseJob(job);
}
