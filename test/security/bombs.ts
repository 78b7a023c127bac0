import { crc32, createDeflate, createDeflateRaw, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * Small files that expand into a lot (decompression bombs), built the way an attacker would,
 * for the import suites. Each is a few hundred KB at most.
 */

/** `chunk` repeated `times`, deflated as one stream (zlib-wrapped for PDF, raw for zip), without holding it all. */
async function deflateRepeated(chunk: Buffer, times: number, raw: boolean): Promise<Buffer> {
  const deflate = raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.once('end', resolve);
    deflate.once('error', reject);
  });
  for (let i = 0; i < times; i++) {
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

interface ZipEntry {
  name: string;
  /** Raw-deflated data (method 8), or stored bytes when `stored`. */
  data: Buffer;
  size: number;
  crc: number;
  stored?: boolean;
  /** What the central directory claims the entry unpacks to (a lie, for bombs). */
  declaredSize?: number;
}

function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize ?? e.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(e.crc, 16);
    entry.writeUInt32LE(e.data.length, 20);
    entry.writeUInt32LE(e.declaredSize ?? e.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function deflated(name: string, text: string): ZipEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DOCX_PARTS = [
  deflated(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>',
  ),
  deflated(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  ),
];

/**
 * A .docx whose word/document.xml unpacks to about `megabytes` MB of paragraphs (the issue's
 * was 190 MB from 195 KB). `declaredSize` makes the central directory claim a harmless size.
 */
export async function docxBomb(megabytes: number, options: { declaredSize?: number } = {}): Promise<Buffer> {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`);
  const tail = Buffer.from('</w:body></w:document>');
  const paragraph = '<w:p><w:r><w:t>Điều khoản lặp lại vô tận để làm đầy bộ nhớ. </w:t></w:r></w:p>';
  const chunk = Buffer.from(paragraph.repeat(Math.ceil(65536 / paragraph.length)));
  const times = Math.ceil((megabytes * 1024 * 1024) / chunk.length);
  // One deflate stream: head, the repeated paragraphs, tail.
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve) => deflate.once('end', resolve));
  let crc = crc32(head);
  deflate.write(head);
  for (let i = 0; i < times; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await done;
  const size = head.length + times * chunk.length + tail.length;
  const document: ZipEntry = {
    name: 'word/document.xml',
    data: Buffer.concat(out),
    size: size % 2 ** 32,
    crc,
    declaredSize: options.declaredSize,
  };
  return zip([...DOCX_PARTS, document]);
}

/** A real .docx with `parts` extra XML parts of `megabytesEach` MB each: each under any per-part limit, together over. */
export async function docxManyParts(parts: number, megabytesEach: number): Promise<Buffer> {
  const filler = Buffer.from('<x>'.padEnd(65536, ' ') + '</x>');
  const entries: ZipEntry[] = [
    ...DOCX_PARTS,
    deflated(
      'word/document.xml',
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Điều 1. A</w:t></w:r></w:p></w:body></w:document>`,
    ),
  ];
  const times = Math.ceil((megabytesEach * 1024 * 1024) / filler.length);
  const data = await deflateRepeated(filler, times, true);
  let crc = 0;
  for (let i = 0; i < times; i++) crc = crc32(filler, crc);
  for (let i = 0; i < parts; i++) {
    entries.push({
      name: `customXml/item${i}.xml`,
      data,
      size: times * filler.length,
      crc,
      declaredSize: 100,
    });
  }
  return zip(entries);
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/** A PDF from its objects (1-based, in order), with a correct cross-reference table. */
function pdf(objects: PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const head = o.stream
      ? `${i + 1} 0 obj\n${o.dict.replace(/>>$/, ` /Length ${o.stream.length}>>`)}\nstream\n`
      : `${i + 1} 0 obj\n${o.dict}\nendobj\n`;
    const chunk = o.stream
      ? Buffer.concat([Buffer.from(head, 'latin1'), o.stream, Buffer.from('\nendstream\nendobj\n', 'latin1')])
      : Buffer.from(head, 'latin1');
    parts.push(chunk);
    length += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

const FONT = '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>';

/** A one-page PDF whose content stream draws `text` (ASCII) with Helvetica; FlateDecode. */
export function textPdf(lines: string[]): Buffer {
  const ops = lines
    .map((l, i) => `BT /F1 11 Tf 72 ${760 - i * 14} Td (${l.replace(/[()\\]/g, '\\$&')}) Tj ET`)
    .join('\n');
  return pdf([
    { dict: '<</Type /Catalog /Pages 2 0 R>>' },
    { dict: '<</Type /Pages /Kids [3 0 R] /Count 1>>' },
    {
      dict: '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F1 5 0 R>>>> /Contents 4 0 R>>',
    },
    { dict: '<</Filter /FlateDecode>>', stream: deflateSync(Buffer.from(ops, 'latin1')) },
    { dict: FONT },
  ]);
}

/**
 * A one-page PDF whose content stream inflates to about `megabytes` MB. `text`: it shows that
 * much text (the issue's 214 KB PDF gave 38 million characters); otherwise it is blank
 * (spaces: nothing to extract, only bytes to inflate).
 */
export async function pdfBomb(megabytes: number, kind: 'text' | 'blank'): Promise<Buffer> {
  // Text: 50 lines down the page and back up (pdf.js drops text outside the page), each
  // line its own text item, as a long document would show them.
  const line =
    kind === 'text'
      ? '(Dieu khoan lap lai de lam day bo nho.) Tj 0 -14 Td\n'.repeat(50) + '0 700 Td\n'
      : ' '.repeat(4096);
  const chunk = Buffer.from(line.repeat(Math.ceil(65536 / line.length)), 'latin1');
  const times = Math.ceil((megabytes * 1024 * 1024) / chunk.length);
  const body = await deflateRepeated(chunk, times, false);
  // The bomb is a Flate stream inside the content: BT … ET around it comes from a second stream.
  return pdf([
    { dict: '<</Type /Catalog /Pages 2 0 R>>' },
    { dict: '<</Type /Pages /Kids [3 0 R] /Count 1>>' },
    {
      dict: '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F1 6 0 R>>>> /Contents [4 0 R 5 0 R 7 0 R]>>',
    },
    {
      dict: '<</Filter /FlateDecode>>',
      stream: deflateSync(Buffer.from('BT /F1 11 Tf 14 TL 72 760 Td ', 'latin1')),
    },
    { dict: '<</Filter /FlateDecode>>', stream: body },
    { dict: FONT },
    { dict: '<</Filter /FlateDecode>>', stream: deflateSync(Buffer.from(' ET', 'latin1')) },
  ]);
}

/** A PDF of `count` real pages sharing one small content stream: a tiny file, a long page loop. */
export function pdfManyPages(count: number): Buffer {
  const first = 5; // page objects start here
  const kids = Array.from({ length: count }, (_, i) => `${first + i} 0 R`).join(' ');
  const page =
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F1 4 0 R>>>> /Contents 3 0 R>>';
  return pdf([
    { dict: '<</Type /Catalog /Pages 2 0 R>>' },
    { dict: `<</Type /Pages /Kids [${kids}] /Count ${count}>>` },
    {
      dict: '<</Filter /FlateDecode>>',
      stream: deflateSync(Buffer.from('BT /F1 11 Tf 72 760 Td (Dieu 1. A) Tj ET', 'latin1')),
    },
    { dict: FONT },
    ...Array.from({ length: count }, () => ({ dict: page })),
  ]);
}
