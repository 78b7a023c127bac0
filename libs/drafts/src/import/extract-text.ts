import { BadInputError } from '@thamvan/core/errors/domain-error';
import { extractDocx } from './docx';
import type { Extracted } from './extracted';
import { checkContent, FileKind } from './file-kind';
import { extractPdf } from './pdf-text';
import { decodeTextFile } from './text-file';

/** A file's text and what to double-check, after checking the bytes are what `kind` says. */
export async function extractDocument(buffer: Buffer, kind: FileKind): Promise<Extracted> {
  checkContent(buffer, kind);
  let extracted: Extracted;
  switch (kind) {
    case 'txt':
      extracted = { text: decodeTextFile(buffer), warnings: [] };
      break;
    case 'docx':
      extracted = await extractDocx(buffer);
      break;
    case 'pdf':
      extracted = await extractPdf(buffer);
      break;
  }
  if (extracted.text.trim() === '') {
    const why =
      kind === 'pdf' ? '; a scanned PDF has no text layer: upload the .docx or a PDF with text' : '';
    throw new BadInputError(`the .${kind} file contains no text${why}`, 'base64');
  }
  return extracted;
}

/**
 * The plain text of a .txt, .docx or .pdf draft, one paragraph per line, ready for
 * parseLegalText. Throws BadInputError (BAD_USER_INPUT) when the bytes are not a readable file
 * of that kind or hold no text.
 */
export async function extractText(buffer: Buffer, kind: FileKind): Promise<string> {
  return (await extractDocument(buffer, kind)).text;
}
