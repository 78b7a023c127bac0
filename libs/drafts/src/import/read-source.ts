import { BadInputError } from '@thamvan/core/pure';
import { decodeBase64, tooLarge } from './base64';
import { checkContent, kindFromFilename } from './file-kind';
import { MAX_DRAFT_BYTES } from './limits';
import type { ParseJob } from './parse-job';

/** DraftSourceInput (CONTRACT.md): pasted text, or a .txt/.docx/.pdf file sent as base64. */
export interface DraftSource {
  text?: string | null;
  filename?: string | null;
  base64?: string | null;
}

export interface ReadSource {
  job: ParseJob;
  /** Size of the text in UTF-8, or of the decoded file. */
  bytes: number;
}

function readText(text: string): ReadSource {
  // Every UTF-16 unit takes at least one UTF-8 byte: a long string is refused before measuring.
  if (text.length > MAX_DRAFT_BYTES) throw tooLarge('the draft text', 'text');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DRAFT_BYTES) throw tooLarge('the draft text', 'text');
  if (text.trim() === '') throw new BadInputError('the draft text is empty', 'text');
  return { job: { kind: 'text', text }, bytes };
}

/**
 * Checks a draft source and turns it into a parse job: exactly one of text or filename + base64;
 * at most 10 MB; a file's type from its extension, checked against its bytes. Every refusal is
 * a BadInputError (BAD_USER_INPUT) naming the field. Cheap: decoding base64 is all it does.
 */
export function readSource(source: DraftSource): ReadSource {
  const text = source.text ?? null;
  const filename = source.filename ?? null;
  const base64 = source.base64 ?? null;
  if (text !== null) {
    if (filename !== null || base64 !== null) {
      throw new BadInputError(
        'give the draft either as text or as a file (filename and base64), not both',
        'text',
      );
    }
    return readText(text);
  }
  if (filename === null && base64 === null) {
    throw new BadInputError('give the draft as text, or as a file with filename and base64', 'source');
  }
  if (filename === null || filename.trim() === '') {
    throw new BadInputError(
      'a file needs its filename: the extension (.docx, .pdf, .txt) gives its type',
      'filename',
    );
  }
  if (base64 === null) throw new BadInputError('a file needs its content as base64', 'base64');
  const kind = kindFromFilename(filename);
  const data = decodeBase64(base64);
  checkContent(data, kind);
  return { job: { kind, data }, bytes: data.length };
}
