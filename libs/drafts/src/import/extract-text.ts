import { BadInputError, PayloadTooLargeError } from '@thamvan/core/pure';
import { extractDocx } from './docx';
import type { Extracted } from './extracted';
import { checkContent, FileKind } from './file-kind';
import { MAX_EXTRACTED_TEXT_BYTES } from './limits';
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
  // No file yields more text than may be pasted; each reader also stops early on its own bound.
  if (
    extracted.text.length > MAX_EXTRACTED_TEXT_BYTES ||
    Buffer.byteLength(extracted.text, 'utf8') > MAX_EXTRACTED_TEXT_BYTES
  ) {
    throw new PayloadTooLargeError(`the .${kind} file holds more than 10 MB of text`, 'base64');
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
