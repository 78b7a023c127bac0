import { ErrorCode } from '@thamvan/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { extractDocx } from './docx';
import { makeDocx, wordParagraph } from './import.test-helpers';
import { readZipDirectory } from './zip-directory';
import { unpackDocxText } from './zip-inflate';

const LAWS = join(__dirname, '../../../../test/fixtures/laws');

/** A one-entry zip whose entry is deflated and whose directory claims `declared` bytes. */
function deflatedZip(name: string, content: Buffer, declared: number): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(content), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt32LE(crc32(content), 16);
  entry.writeUInt32LE(data.length, 20);
  entry.writeUInt32LE(declared, 24);
  entry.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, entry, nameBytes, end]);
}

describe(unpackDocxText.name, () => {
  it('repacks the text parts stored, so mammoth reads what was counted, and gives the same text', async () => {
    const docx = readFileSync(join(LAWS, 'luat-an-ninh-mang-2018.docx'));
    const repacked = unpackDocxText(docx);
    const entries = readZipDirectory(repacked)!;
    expect(entries.every((e) => e.method === 0)).toBe(true);
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
    const text = (await extractDocx(docx)).text;
    expect(text).toContain('Điều 1. Phạm vi điều chỉnh');
  });

  it('counts what really comes out, not what the directory claims', () => {
    const bomb = deflatedZip('word/document.xml', Buffer.alloc(3 * 1024 * 1024, 0x20), 100);
    expect(() => unpackDocxText(bomb, 2 * 1024 * 1024)).toThrow(
      expect.objectContaining({
        code: ErrorCode.PAYLOAD_TOO_LARGE,
        message: 'the .docx unpacks to more than 2 MB',
      }),
    );
    expect(unpackDocxText(bomb, 4 * 1024 * 1024).length).toBeGreaterThan(3 * 1024 * 1024);
  });

  it('refuses what it cannot read as BAD_USER_INPUT', () => {
    const docx = makeDocx(wordParagraph('Điều 1. A'));
    const damaged = Buffer.from(docx);
    damaged.writeUInt32LE(0, 0); // first local header gone
    expect(() => unpackDocxText(damaged)).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
    expect(() => unpackDocxText(Buffer.from('PK\u0003\u0004 truncated'))).toThrow(/zip directory/);
  });
});
