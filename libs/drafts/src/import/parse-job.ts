import { parseLegalText, setWarnings } from '../parser/parse-legal-text';
import type { Outline } from '../parser/types';
import { extractDocument } from './extract-text';
import type { FileKind } from './file-kind';

/** One parse, as sent to a worker thread (structured-clonable) or run inline. */
export type ParseJob = { kind: 'text'; text: string } | { kind: FileKind; data: Uint8Array };

/** A refusal carries its code (BAD_USER_INPUT, PAYLOAD_TOO_LARGE); anything else is a failure. */
export type WorkerReply =
  { ok: true; outline: Outline } | { ok: false; code: string | null; message: string; field: string | null };

export async function runParseJob(job: ParseJob): Promise<Outline> {
  if (job.kind === 'text') return parseLegalText(job.text);
  const buffer = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  const { text, warnings } = await extractDocument(buffer, job.kind);
  const outline = parseLegalText(text);
  setWarnings(outline, [...warnings, ...outline.warningDetails]);
  return outline;
}
