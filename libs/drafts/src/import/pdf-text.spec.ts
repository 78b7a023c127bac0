import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { itemsToLines } from './pdf-text';

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
