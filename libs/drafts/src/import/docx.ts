import { BadInputError } from '@thamvan/core/pure';
import { htmlToLines } from './html-to-lines';
import type { Extracted } from './extracted';
import { parseWarnings } from '../parser/warnings';
import { unpackDocxText } from './zip-inflate';

/**
 * .docx → text through mammoth's HTML (it keeps paragraphs, lists and tables apart, which its
 * raw-text mode does not), then htmlToLines. Images are not converted (no data URIs to build)
 * and external file access stays off: a document must not make us read local files.
 * mammoth reads the text parts as unpackDocxText inflated them, within its byte limit.
 */
export async function extractDocx(buffer: Buffer, unpackedLimit?: number): Promise<Extracted> {
  const unpacked = unpackDocxText(buffer, unpackedLimit);
  const mammoth = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: unpacked },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error: unknown) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new BadInputError(`the .docx file could not be read: ${why}`, 'base64');
  }
  const { lines, rebuiltNumbers } = htmlToLines(html);
  const warnings = rebuiltNumbers > 0 ? [parseWarnings.docxAutoNumbering(rebuiltNumbers)] : [];
  return { text: lines.join('\n'), warnings };
}
