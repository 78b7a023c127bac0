/**
 * Reads a zip's central directory (names and declared sizes) without inflating anything: enough
 * to tell a .docx from another zip (.xlsx, .odt, a plain archive) and to refuse a zip bomb
 * before mammoth unpacks it. Zip64 archives are not read (null): a draft is never that big.
 */
export interface ZipEntry {
  name: string;
  /** As the directory claims it: a zip bomb lies here, so only actual inflation counts. */
  uncompressedSize: number;
  compressedSize: number;
  /** 0 stored, 8 deflate; anything else is not something Word writes. */
  method: number;
  /** General-purpose flags; bit 0 = encrypted. */
  flags: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function findEndOfDirectory(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = buffer.length - EOCD_SIZE; i >= stop; i--) {
    if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

export function readZipDirectory(buffer: Buffer): ZipEntry[] | null {
  if (buffer.length < EOCD_SIZE) return null;
  const eocd = findEndOfDirectory(buffer);
  if (eocd < 0) return null;
  const count = buffer.readUInt16LE(eocd + 10);
  const offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || offset >= buffer.length) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== ENTRY_SIGNATURE) return null;
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const uncompressedSize = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localHeaderOffset = buffer.readUInt32LE(at + 42);
    if (at + 46 + nameLength > buffer.length) return null;
    entries.push({
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      uncompressedSize,
      compressedSize,
      method,
      flags,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
