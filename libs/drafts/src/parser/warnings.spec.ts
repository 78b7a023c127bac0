import { parseLegalText } from './parse-legal-text';
import { parseWarnings, toParseWarnings } from './warnings';

describe('parser warnings: stable codes, Vietnamese messages', () => {
  it('names where points go wrong, with clause and article', () => {
    const o = parseLegalText(
      ['Điều 4. A', '1. Gồm:', 'a) một;', 'b) hai;', 'a) lại;', 'Điều 5. B', 'a) x;', 'c) y;'].join('\n'),
    );
    expect(o.warningDetails).toEqual([
      { code: 'POINT_LETTER_RESTART', message: 'Khoản 1 Điều 4: điểm bắt đầu lại từ a)' },
      { code: 'DUPLICATE_KEY', message: expect.stringContaining('"dieu-4/khoan-1/diem-a"') },
      { code: 'POINT_LETTER_GAP', message: 'Điều 5: điểm c) không theo thứ tự chữ cái' },
    ]);
  });

  it('writes every message in NFC Vietnamese, each under its own code', () => {
    const all = [
      parseWarnings.emptyDocument(),
      parseWarnings.noStructure(),
      parseWarnings.parserError('x'),
      parseWarnings.more(3),
      parseWarnings.duplicateKey('a', 'a-2'),
      parseWarnings.chapterNumber('III', 'I'),
      parseWarnings.articleGap('3', '5'),
      parseWarnings.articleOrder('2', '2'),
      parseWarnings.clauseGuessed('4', '2', '2..'),
      parseWarnings.clauseRestart('1', 2),
      parseWarnings.clauseGap('1', 3, 1),
      parseWarnings.pointRestart('điều 4'),
      parseWarnings.pointGap('điều 4', 'c'),
      parseWarnings.docxAutoNumbering(4),
      parseWarnings.pdfPagesSkipped([2, 7]),
    ];
    expect(new Set(all.map((w) => w.code)).size).toBe(all.length);
    for (const w of all) {
      expect(w.code).toMatch(/^[A-Z_]+$/);
      expect(w.message).toBe(w.message.normalize('NFC'));
      expect(w.message).not.toMatch(/\b(follows|is followed|renamed|Numbering|skipped)\b/);
    }
  });

  it('reads warnings stored before codes existed as UNCLASSIFIED', () => {
    expect(toParseWarnings(['Numbering gap: Điều 3 is followed by Điều 5', parseWarnings.more(1)])).toEqual([
      { code: 'UNCLASSIFIED', message: 'Numbering gap: Điều 3 is followed by Điều 5' },
      { code: 'MORE_WARNINGS', message: '… và 1 cảnh báo khác' },
    ]);
    expect(toParseWarnings(null)).toEqual([]);
  });
});
