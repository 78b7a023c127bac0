import fc from 'fast-check';
import { slugify } from './fold';
import { normalizeText } from './index';

describe('normalizeText', () => {
  it('composes NFD into NFC', () => {
    const nfd = 'Điều 1. Phạm vi điều chỉnh'.normalize('NFD');
    expect(nfd).not.toBe('Điều 1. Phạm vi điều chỉnh');
    expect(normalizeText(nfd)).toBe('Điều 1. Phạm vi điều chỉnh');
  });

  it('turns odd spaces into spaces, unifies line ends and trims line ends only', () => {
    expect(normalizeText('\uFEFF  Điều\u00A01.\u2003A\u200B \t\r\nB\rC\u2028D  ')).toBe(
      '  Điều 1. A\nB\nC\nD',
    );
  });

  it('removes NUL and other control characters', () => {
    expect(normalizeText('a\u0000b\u0007c\u009Fd')).toBe('abcd');
  });

  it('is idempotent and keeps the number of lines of LF text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
        expect(once).toBe(once.normalize('NFC'));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme-ascii' })), (lines) => {
        const text = lines.map((l) => l.replace(/[\r\n\v\f]/g, '')).join('\n');
        expect(normalizeText(text).split('\n')).toHaveLength(text.split('\n').length);
      }),
    );
  });
});

describe('slugify (key segments)', () => {
  it('keeps đ distinct from d', () => {
    expect(slugify('đ')).toBe('dd');
    expect(slugify('d')).toBe('d');
    expect(slugify('thứ nhất')).toBe('thu-nhat');
    expect(slugify('IV')).toBe('iv');
    expect(slugify('???')).toBe('x');
  });
});
