import { BadInputError } from '@thamvan/core';
import { checkContent, kindFromFilename, sniff } from './file-kind';
import { makeDocx, makeZip, wordParagraph } from './import.test-helpers';
import { decodeTextFile } from './text-file';
import { readZipDirectory } from './zip-directory';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const DOCX = makeDocx(wordParagraph('Điều 1. Phạm vi'));

describe('kindFromFilename', () => {
  it('reads the extension, case-insensitively, from a path or a bare name', () => {
    expect(kindFromFilename('du-thao.DOCX')).toBe('docx');
    expect(kindFromFilename('C:\\Users\\a\\Luật.Pdf')).toBe('pdf');
    expect(kindFromFilename('/tmp/x.y.txt')).toBe('txt');
  });

  it.each([
    [
      'du-thao.doc',
      'a .doc file cannot be imported (save a Word 97-2003 .doc as .docx first): use .docx, .pdf or .txt',
    ],
    ['du-thao.odt', 'a .odt file cannot be imported: use .docx, .pdf or .txt'],
    ['README', 'a file without an extension cannot be imported: use .docx, .pdf or .txt'],
    ['.txt', 'a file without an extension cannot be imported: use .docx, .pdf or .txt'],
  ])('refuses %s', (name, message) => {
    expect(() => kindFromFilename(name)).toThrow(new BadInputError(message));
  });
});

describe('sniff and checkContent', () => {
  it('recognises each format by its bytes', () => {
    expect(sniff(PDF)).toBe('pdf');
    expect(sniff(Buffer.concat([Buffer.from('junk\n'), PDF]))).toBe('pdf');
    expect(sniff(DOCX)).toBe('docx');
    expect(sniff(makeZip({ 'xl/workbook.xml': '<x/>' }))).toBe('zip');
    expect(sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('doc');
    expect(sniff(Buffer.from([1, 2, 0, 3]))).toBe('binary');
    expect(sniff(Buffer.from('Điều 1.', 'utf8'))).toBe('txt');
    expect(sniff(Buffer.from('\ufeffĐiều 1.', 'utf16le'))).toBe('txt');
  });

  it.each([
    [Buffer.from('Điều 1. Phạm vi'), 'pdf', 'file content is not a .pdf (it looks like text)'],
    [PDF, 'docx', 'file content is not a .docx (it looks like a .pdf)'],
    [
      makeZip({ 'content.xml': '<x/>' }),
      'docx',
      'file content is not a .docx (it looks like a zip archive that is not a Word document)',
    ],
    [DOCX, 'txt', 'file content is not a .txt (it looks like a .docx)'],
    [Buffer.alloc(0), 'txt', 'the file is empty'],
  ] as const)('refuses content that is not what the name says (%#)', (buffer, kind, message) => {
    expect(() => checkContent(buffer, kind)).toThrow(new BadInputError(message));
  });

  it('refuses a .docx whose parts claim to unpack to more than 64 MB, as PAYLOAD_TOO_LARGE', () => {
    const bomb = makeZip({ 'word/document.xml': '<w:document/>' }, 65 * 1024 * 1024);
    expect(() => checkContent(bomb, 'docx')).toThrow('the .docx unpacks to more than 64 MB');
    expect(() => checkContent(bomb, 'docx')).toThrow(expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE' }));
  });

  it('lists a zip directory without inflating it', () => {
    expect(readZipDirectory(DOCX)?.map((e) => e.name)).toContain('word/document.xml');
    expect(readZipDirectory(Buffer.from('PK\u0003\u0004 truncated'))).toBeNull();
  });
});

describe('decodeTextFile', () => {
  const text = 'Điều 1. Phạm vi điều chỉnh';

  it('reads UTF-8 with or without BOM and UTF-16 with a BOM', () => {
    expect(decodeTextFile(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeTextFile(Buffer.from(`\ufeff${text}`, 'utf8'))).toBe(text);
    expect(decodeTextFile(Buffer.from(`\ufeff${text}`, 'utf16le'))).toBe(text);
    const be = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
    expect(decodeTextFile(be)).toBe(text);
  });

  it('refuses legacy encodings and NUL bytes with a hint to save as UTF-8', () => {
    // "Điều" in Windows-1258 / TCVN3-like single bytes: not UTF-8.
    expect(() => decodeTextFile(Buffer.from([0xd0, 0x69, 0xea, 0xd2, 0x75]))).toThrow(
      new BadInputError('file content is not a .txt (not valid UTF-8); save the draft as UTF-8 text'),
    );
    expect(() => decodeTextFile(Buffer.from('a\u0000b'))).toThrow(/holds NUL bytes/);
  });
});
