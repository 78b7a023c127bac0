import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { extractPdf, itemsToLines, mendCutSyllables } from './pdf-text';

const LAWS = join(__dirname, '../../../../test/fixtures/laws');

const item = (str: string, x: number, y: number, width: number, hasEOL = false): TextItem => ({
  str,
  dir: 'ltr',
  transform: [12, 0, 0, 12, x, y],
  width,
  height: 12,
  fontName: 'f1',
  hasEOL,
});

describe('itemsToLines', () => {
  it('groups runs on one baseline into a line, and starts another when the baseline moves', () => {
    const lines = itemsToLines([
      item('Điề', 72, 700, 18),
      item('u 1. Phạm vi', 90, 700, 70),
      item('', 72, 686, 0, true),
      item('Luật này quy định', 72, 686, 100),
    ]);
    expect(lines.map((l) => [l.text, l.x, l.right, l.y])).toEqual([
      ['Điều 1. Phạm vi', 72, 160, 700],
      ['Luật này quy định', 72, 172, 686],
    ]);
  });

  it('keeps the spaces the layout shows and splits cells that a wide gap separates', () => {
    const lines = itemsToLines([
      item('Luật số: 24/2018/QH14', 72, 642, 142),
      item(' ', 214, 642, 92),
      item('Hà Nội, ngày 12 tháng 6 năm 2018', 306, 642, 214),
      item('An', 72, 600, 12),
      item('ninh', 88, 600, 24),
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      'Luật số: 24/2018/QH14',
      'Hà Nội, ngày 12 tháng 6 năm 2018',
      'An ninh',
    ]);
  });
});

describe('words of a PDF printed from decomposed (NFD) text', () => {
  it('mends syllables cut after a combining mark, and only those', () => {
    const nfd = (s: string) => s.normalize('NFD');
    expect(mendCutSyllables(nfd('lợi í ch hợp pháp, ứ ng dụng, Ư u tiên, bả o vệ'))).toBe(
      nfd('lợi ích hợp pháp, ứng dụng, Ưu tiên, bảo vệ'),
    );
    // Real spaces after a decomposed word: the two parts are no single syllable.
    for (const text of ['nhà ở', 'bà ấy', 'hoà nhập', 'cá nhân'])
      expect(mendCutSyllables(nfd(text))).toBe(nfd(text));
    // Precomposed text has no marks to cut after.
    expect(mendCutSyllables('lợi í ch')).toBe('lợi í ch');
  });

  it('reads at most 0.5 % of the words otherwise than the same law imported as text', async () => {
    const words = (s: string) => s.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    const pdf = await extractPdf(readFileSync(join(LAWS, 'extra/luat-an-ninh-mang-2018-nfd.pdf')));
    const expected = new Map<string, number>();
    for (const w of words(readFileSync(join(LAWS, 'luat-an-ninh-mang-2018.txt'), 'utf8'))) {
      expected.set(w, (expected.get(w) ?? 0) + 1);
    }
    const read = words(pdf.text);
    const differing = read.filter((w) => {
      const left = expected.get(w) ?? 0;
      expected.set(w, left - 1);
      return left <= 0;
    });
    expect(read.length).toBeGreaterThan(20_000);
    // Before mending: 241 of 22,038 words (1.09 %), "lợi í ch", "ứ ng".
    expect(differing.length / read.length).toBeLessThanOrEqual(0.005);
  }, 60_000);
});
