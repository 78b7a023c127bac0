import { BadInputError, ErrorCode } from '@thamvan/core';
import { flattenOutline } from '../parser/collect-text';
import { makeDocx, wordParagraph as p, wordTable } from './import.test-helpers';
import { extractText, parseDraftSource } from './index';

const b64 = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64');

describe('parseDraftSource (inline: jest runs the TypeScript sources, so no worker thread)', () => {
  it('parses pasted text and a .txt file alike', async () => {
    const text =
      'NGHỊ ĐỊNH THỬ\nĐiều 1. Phạm vi\nQuy định về thử nghiệm.\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.';
    const fromText = await parseDraftSource({ text });
    const fromFile = await parseDraftSource({ filename: 'nghi-dinh.TXT', base64: b64(text), text: null });
    expect(fromFile).toEqual(fromText);
    expect(fromText.nodes.map((n) => n.key)).toEqual(['dieu-1', 'dieu-2']);
  });

  it('reads a .docx: lists, tables and entities, with a warning for rebuilt numbers', async () => {
    const docx = makeDocx(
      [
        p('NGHỊ ĐỊNH THỬ'),
        p('Điều 1. Phạm vi &amp; đối tượng'),
        p('Cơ quan có trách nhiệm:'),
        p('Báo cáo định kỳ;', [1, 0]),
        p('Lập kế hoạch gồm:', [1, 0]),
        p('mục tiêu;', [1, 1]),
        p('lộ trình.', [1, 1]),
        wordTable([
          ['TT', 'Nội dung', 'Thời hạn'],
          ['1', 'Báo cáo', '30 ngày'],
        ]),
      ].join(''),
    );
    const outline = await parseDraftSource({ filename: 'a.docx', base64: b64(docx) });
    expect(flattenOutline(outline.nodes).map((n) => [n.key, n.heading, n.text])).toEqual([
      ['dieu-1', 'Phạm vi & đối tượng', 'Cơ quan có trách nhiệm:'],
      ['dieu-1/khoan-1', null, 'Báo cáo định kỳ;'],
      ['dieu-1/khoan-2', null, 'Lập kế hoạch gồm:'],
      ['dieu-1/khoan-2/diem-a', null, 'mục tiêu;'],
      ['dieu-1/khoan-2/diem-b', null, 'lộ trình.\nTT | Nội dung | Thời hạn\n1 | Báo cáo | 30 ngày'],
    ]);
    expect(outline.warningDetails).toEqual([
      { code: 'DOCX_AUTO_NUMBERING', message: expect.stringMatching(/^4 mục dùng đánh số tự động của Word/) },
    ]);
  });

  it('keeps odd but valid content as one provision with a warning', async () => {
    const outline = await parseDraftSource({ text: 'Ghi chú họp\nKhông có điều khoản nào.' });
    expect(outline.nodes).toHaveLength(1);
    expect(outline.nodes[0]).toMatchObject({
      key: 'toan-van',
      text: 'Ghi chú họp\nKhông có điều khoản nào.',
    });
    expect(outline.warningDetails).toEqual([
      {
        code: 'NO_STRUCTURE',
        message: 'Không tìm thấy Phần, Chương, Mục hay Điều: toàn bộ văn bản được giữ thành một quy định',
      },
    ]);
  });

  it.each([
    [{}, 'give the draft as text, or as a file with filename and base64'],
    [
      { text: null, filename: null, base64: null },
      'give the draft as text, or as a file with filename and base64',
    ],
    [
      { text: 'Điều 1.', filename: 'a.txt', base64: b64('x') },
      'give the draft either as text or as a file (filename and base64), not both',
    ],
    [{ base64: b64('x') }, 'a file needs its filename: the extension (.docx, .pdf, .txt) gives its type'],
    [{ filename: 'a.txt' }, 'a file needs its content as base64'],
    [{ text: ' \n ' }, 'the draft text is empty'],
    [{ text: 'x'.repeat(10 * 1024 * 1024 + 1) }, 'the draft text is larger than 10 MB'],
    [{ text: 'đ'.repeat(6 * 1024 * 1024) }, 'the draft text is larger than 10 MB'],
    [
      { filename: 'a.pdf', base64: b64('Điều 1. Không phải PDF') },
      'file content is not a .pdf (it looks like text)',
    ],
    [{ filename: 'a.docx', base64: b64('%PDF-1.4\n') }, 'file content is not a .docx (it looks like a .pdf)'],
    [{ filename: 'a.txt', base64: '@@@' }, 'the file is not valid base64'],
    [{ filename: 'a.pdf', base64: b64('%PDF-1.4\nnot really') }, /^the \.pdf file could not be read/],
    [{ filename: 'a.docx', base64: b64(makeDocx('')) }, 'the .docx file contains no text'],
  ])('refuses %j with BAD_USER_INPUT', async (source, message) => {
    const refusal = parseDraftSource(source);
    await expect(refusal).rejects.toBeInstanceOf(BadInputError);
    await expect(refusal).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, message });
  });

  it('extracts text for callers that do their own parsing', async () => {
    await expect(extractText(Buffer.from('\ufeffĐiều 1. A', 'utf8'), 'txt')).resolves.toBe('Điều 1. A');
    await expect(extractText(Buffer.from('x'), 'pdf')).rejects.toThrow('file content is not a .pdf');
  });
});
