import { BadInputError } from '@thamvan/core/pure';
import { MAX_DOCX_UNPACKED_BYTES } from './limits';
import { readZipDirectory } from './zip-directory';
import { docxTooLarge } from './zip-inflate';

export type FileKind = 'txt' | 'docx' | 'pdf';

/** What a buffer really is, judged from its bytes; used for checks and for telling the user. */
export type Sniffed = FileKind | 'zip' | 'doc' | 'binary';

const KINDS: ReadonlyArray<FileKind> = ['txt', 'docx', 'pdf'];
// The PDF header may follow a little junk (some generators emit a preamble); readers allow 1 KB.
const PDF_HEADER_WINDOW = 1024;
const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// OLE2 compound file: Word 97-2003 .doc (and .xls, .ppt).
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const DOCX_MAIN_PART = 'word/document.xml';

/** The type a filename claims, from its extension (case-insensitive). */
export function kindFromFilename(filename: string): FileKind {
  const base = filename.trim().split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const kind = KINDS.find((k) => k === ext);
  if (kind) return kind;
  const hint = ext === 'doc' ? ' (save a Word 97-2003 .doc as .docx first)' : '';
  const shown = ext === '' ? 'a file without an extension' : `a .${ext} file`;
  throw new BadInputError(`${shown} cannot be imported${hint}: use .docx, .pdf or .txt`, 'filename');
}

function isPdf(buffer: Buffer): boolean {
  return buffer.subarray(0, PDF_HEADER_WINDOW).includes(PDF_MAGIC);
}

function startsWith(buffer: Buffer, magic: Buffer): boolean {
  return buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic);
}

function isDocx(buffer: Buffer): boolean {
  if (!startsWith(buffer, ZIP_MAGIC)) return false;
  const entries = readZipDirectory(buffer);
  // Unreadable directory (zip64, damaged tail): fall back to looking for the part's name.
  if (!entries) return buffer.includes(DOCX_MAIN_PART);
  return entries.some((e) => e.name === DOCX_MAIN_PART);
}

/** Text files hold no NUL byte; binary formats (zip, PDF streams, images) almost always do. */
function looksBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 64 * 1024).includes(0) && !hasUtf16Bom(buffer);
}

function hasUtf16Bom(buffer: Buffer): boolean {
  return (
    buffer.length >= 2 &&
    ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))
  );
}

export function sniff(buffer: Buffer): Sniffed {
  if (isPdf(buffer)) return 'pdf';
  if (startsWith(buffer, ZIP_MAGIC)) return isDocx(buffer) ? 'docx' : 'zip';
  if (startsWith(buffer, OLE_MAGIC)) return 'doc';
  return looksBinary(buffer) ? 'binary' : 'txt';
}

const DESCRIBED: Record<Sniffed, string> = {
  txt: 'text',
  docx: 'a .docx',
  pdf: 'a .pdf',
  zip: 'a zip archive that is not a Word document',
  doc: 'a Word 97-2003 .doc or another Office file',
  binary: 'binary data',
};

/**
 * Refuses a file whose bytes are not what its extension says. A .txt is checked for real when
 * it is decoded (decodeTextFile); here it only must not be a known binary format.
 */
export function checkContent(buffer: Buffer, kind: FileKind): void {
  if (buffer.length === 0) throw new BadInputError('the file is empty', 'base64');
  const actual = sniff(buffer);
  if (actual !== kind) {
    throw new BadInputError(`file content is not a .${kind} (it looks like ${DESCRIBED[actual]})`, 'base64');
  }
  if (kind === 'docx') {
    // What the directory claims, refused at once when already too much; what it really
    // unpacks to is counted while inflating (unpackDocxText), where a lie would show.
    const unpacked = (readZipDirectory(buffer) ?? []).reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (unpacked > MAX_DOCX_UNPACKED_BYTES) throw docxTooLarge();
  }
}
