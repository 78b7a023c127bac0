import { parseLegalText } from '../parser/parse-legal-text';
import type { Outline } from '../parser/types';
import { extractDocument } from './extract-text';
import type { FileKind } from './file-kind';

/** One parse, as sent to a worker thread (structured-clonable) or run inline. */
export type ParseJob = { kind: 'text'; text: string } | { kind: FileKind; data: Uint8Array };

export type WorkerReply =
  { ok: true; outline: Outline } | { ok: false; badInput: boolean; message: string; field: string | null };

export async function runParseJob(job: ParseJob): Promise<Outline> {
  if (job.kind === 'text') return parseLegalText(job.text);
  const buffer = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  const { text, warnings } = await extractDocument(buffer, job.kind);
  const outline = parseLegalText(text);
  outline.warnings = [...warnings, ...outline.warnings];
  return outline;
}
