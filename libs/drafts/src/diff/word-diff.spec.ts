import fc from 'fast-check';
import type { WordDiffPart } from './types';
import { diffWords, tokenize } from './word-diff';

const side = (parts: WordDiffPart[], skip: 'INSERT' | 'DELETE') =>
  parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');

describe('diffWords', () => {
  it('keeps equal texts whole and empty texts empty', () => {
    expect(diffWords('Điều này.', 'Điều này.')).toEqual([{ op: 'EQUAL', text: 'Điều này.' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'Mới.')).toEqual([{ op: 'INSERT', text: 'Mới.' }]);
  });

  it('diffs by whole words, diacritics included', () => {
    expect(diffWords('thời hạn 30 ngày', 'thời hạn 60 ngày')).toEqual([
      { op: 'EQUAL', text: 'thời hạn ' },
      { op: 'DELETE', text: '30' },
      { op: 'INSERT', text: '60' },
      { op: 'EQUAL', text: ' ngày' },
    ]);
    expect(diffWords('cơ quan nhà nước', 'cơ quan Nhà nước')).toEqual([
      { op: 'EQUAL', text: 'cơ quan ' },
      { op: 'DELETE', text: 'nhà' },
      { op: 'INSERT', text: 'Nhà' },
      { op: 'EQUAL', text: ' nước' },
    ]);
  });

  it('merges a run of replaced words separated only by spaces', () => {
    expect(diffWords('a x y z b', 'a p q r b')).toEqual([
      { op: 'EQUAL', text: 'a ' },
      { op: 'DELETE', text: 'x y z' },
      { op: 'INSERT', text: 'p q r' },
      { op: 'EQUAL', text: ' b' },
    ]);
  });

  it('finds a minimal script: an inserted sentence is one INSERT', () => {
    const from = 'Cơ quan chủ trì đăng tải dự thảo. Thời hạn góp ý là 30 ngày.';
    const to = 'Cơ quan chủ trì đăng tải dự thảo. Ý kiến được công khai. Thời hạn góp ý là 30 ngày.';
    expect(diffWords(from, to)).toEqual([
      { op: 'EQUAL', text: 'Cơ quan chủ trì đăng tải dự thảo. ' },
      { op: 'INSERT', text: 'Ý kiến được công khai. ' },
      { op: 'EQUAL', text: 'Thời hạn góp ý là 30 ngày.' },
    ]);
  });

  it('tokenizes without losing a character', () => {
    const text = 'Điều 5: “khoản 2” – 3.000.000 đồng;\n\ta)';
    expect(tokenize(text).join('')).toBe(text);
  });

  it('always rebuilds both texts from the parts (property)', () => {
    const words = fc.constantFrom(
      'Điều',
      'khoản',
      '1.',
      'a)',
      'đất',
      'đai',
      'cơ',
      'quan',
      ',',
      ' ',
      '\n',
      'Nhà',
      'nước',
    );
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (from, to) => {
        const parts = diffWords(from, to);
        expect(side(parts, 'INSERT')).toBe(from);
        expect(side(parts, 'DELETE')).toBe(to);
        for (let i = 1; i < parts.length; i++)
          expect(parts[i].op === 'EQUAL' && parts[i - 1].op === 'EQUAL').toBe(false);
      }),
    );
  });

  it('gives up on word-level detail beyond 2,000 edits', () => {
    const from = Array.from({ length: 1500 }, (_, i) => `a${i}`).join(' ');
    const to = Array.from({ length: 1500 }, (_, i) => `b${i}`).join(' ');
    const parts = diffWords(from, to);
    expect(parts.map((p) => p.op)).toEqual(['DELETE', 'INSERT']);
    expect(side(parts, 'INSERT')).toBe(from);
  });
});
