import { BadInputError, PayloadTooLargeError } from '@thamvan/core/pure';
import { crc32, inflateRawSync } from 'node:zlib';
import { MAX_DOCX_UNPACKED_BYTES } from './limits';
import { readZipDirectory, ZipEntry } from './zip-directory';

const LOCAL_SIGNATURE = 0x04034b50;

/** The parts of a .docx that a reader of its text opens: XML and relationship files. */
const TEXT_PART = /\.(?:xml|rels)$/i;

function unreadable(why: string): BadInputError {
  return new BadInputError(`the .docx file could not be read: ${why}`, 'base64');
}

export function docxTooLarge(limit = MAX_DOCX_UNPACKED_BYTES): PayloadTooLargeError {
  return new PayloadTooLargeError(`the .docx unpacks to more than ${limit / (1024 * 1024)} MB`, 'base64');
}

/** The entry's bytes as stored: the local header says where they start. */
function storedBytes(buffer: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw unreadable(`damaged entry ${entry.name}`);
  }
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw unreadable(`truncated entry ${entry.name}`);
  return buffer.subarray(start, end);
}

/**
 * A .docx's text parts, inflated with a bound on what really comes out (the directory's
 * declared sizes are the attacker's to choose), repacked as a stored zip for mammoth: mammoth
 * (through JSZip) then reads exactly the bytes counted here and inflates nothing itself.
 * Other entries (images, fonts, embedded files) are never inflated; they stay as empty
 * placeholders, since the text reader does not read them. Refusals: PAYLOAD_TOO_LARGE over
 * `limit` unpacked bytes in total; BAD_USER_INPUT for an unreadable, encrypted or zip64 file.
 */
export function unpackDocxText(buffer: Buffer, limit = MAX_DOCX_UNPACKED_BYTES): Buffer {
  const entries = readZipDirectory(buffer);
  if (!entries) throw unreadable('its zip directory is damaged or not supported');
  const seen = new Set<string>();
  const files: { name: string; data: Buffer }[] = [];
  let total = 0;
  for (const entry of entries) {
    if (seen.has(entry.name)) throw unreadable(`the entry ${entry.name} appears twice`);
    seen.add(entry.name);
    if (entry.name.endsWith('/') || !TEXT_PART.test(entry.name)) {
      files.push({ name: entry.name, data: Buffer.alloc(0) });
      continue;
    }
    if (entry.flags & 1) throw unreadable('it is encrypted');
    const stored = storedBytes(buffer, entry);
    let data: Buffer;
    if (entry.method === 0) data = stored;
    else if (entry.method === 8) {
      try {
        // One byte over the remaining budget is enough to know it is over.
        data = inflateRawSync(stored, { maxOutputLength: limit - total + 1 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw docxTooLarge(limit);
        throw unreadable(`entry ${entry.name} does not inflate`);
      }
    } else throw unreadable(`entry ${entry.name} uses compression method ${entry.method}`);
    total += data.length;
    if (total > limit) throw docxTooLarge(limit);
    files.push({ name: entry.name, data });
  }
  return storedZip(files);
}

/** A zip of uncompressed entries (what JSZip reads without inflating). */
function storedZip(files: { name: string; data: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    parts.push(local, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
