import { ErrorCode } from '@thamvan/core';
import { deflateSync } from 'node:zlib';
import { patchPdfWorkerSource } from './pdf-decode-budget';
import { extractPdf, PDF_LIMITS } from './pdf-text';

/** A one-page PDF whose single content stream is `content`, FlateDecode. */
function pdfWithContent(content: string): Buffer {
  const stream = deflateSync(Buffer.from(content, 'latin1'));
  const objects = [
    '<</Type /Catalog /Pages 2 0 R>>',
    '<</Type /Pages /Kids [3 0 R] /Count 1>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F1 5 0 R>>>> /Contents 4 0 R>>',
    null,
    '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((dict, i) => {
    offsets.push(length);
    const chunk = dict
      ? Buffer.from(`${i + 1} 0 obj\n${dict}\nendobj\n`, 'latin1')
      : Buffer.concat([
          Buffer.from(
            `${i + 1} 0 obj\n<</Filter /FlateDecode /Length ${stream.length}>>\nstream\n`,
            'latin1',
          ),
          stream,
          Buffer.from('\nendstream\nendobj\n', 'latin1'),
        ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 6\n0000000000 65535 f \n${xref}trailer\n<</Size 6 /Root 1 0 R>>\nstartxref\n${length}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

const lines = (n: number) =>
  `BT /F1 11 Tf 72 760 Td ${Array.from({ length: n }, (_, i) => `(Dieu ${i + 1}. Noi dung.) Tj 0 -1 Td`).join(' ')} ET`;

describe('PDF limits', () => {
  it('installs its charge in the pdf.js it ships with, and refuses a pdf.js it does not know', () => {
    expect(() => patchPdfWorkerSource('class Something {}')).toThrow(/pdfjs-dist changed/);
  });

  it('reads within the limits', async () => {
    expect((await extractPdf(pdfWithContent(lines(3)))).text).toContain('Dieu 1. Noi dung.');
  });

  it('refuses a PDF whose streams decode to more than the budget, counted inside pdf.js', async () => {
    const padded = `${' '.repeat(200_000)}${lines(3)}`;
    await expect(
      extractPdf(pdfWithContent(padded), { ...PDF_LIMITS, decodedBytes: 100_000 }),
    ).rejects.toMatchObject({
      code: ErrorCode.PAYLOAD_TOO_LARGE,
      message: 'the .pdf unpacks to more than 0 MB of streams',
    });
  });

  it('stops reading text past the limit, and refuses more pages than allowed', async () => {
    await expect(
      extractPdf(pdfWithContent(lines(400)), { ...PDF_LIMITS, textChars: 2000 }),
    ).rejects.toMatchObject({
      code: ErrorCode.PAYLOAD_TOO_LARGE,
    });
    await expect(extractPdf(pdfWithContent(lines(3)), { ...PDF_LIMITS, pages: 0 })).rejects.toMatchObject({
      code: ErrorCode.PAYLOAD_TOO_LARGE,
      message: 'the .pdf has more than 0 pages',
    });
  });
});
