import { editDistance, typosAllowed } from './edit-distance';
import { fold, parseQuery } from './fold';

describe('search text', () => {
  it('folds diacritics, đ and case, from NFC or NFD', () => {
    expect(fold('Đất Đai')).toBe('dat dai');
    expect(fold('Điều 5'.normalize('NFD'))).toBe('dieu 5');
    expect(fold('QUYỀN')).toBe('quyen');
  });

  it('parses words and quoted phrases', () => {
    expect(parseQuery(' "Cơ quan  nhà nước" trách-nhiệm ')).toEqual({
      raw: '"Cơ quan  nhà nước" trách-nhiệm',
      words: ['trach', 'nhiem'],
      phrases: [['co', 'quan', 'nha', 'nuoc']],
    });
    expect(parseQuery('"đất"')?.words).toEqual(['dat']);
    expect(parseQuery('  ?! ')).toBeNull();
    expect(parseQuery(null)).toBeNull();
  });

  it('counts one typo as one edit or one swap of neighbours', () => {
    expect(editDistance('nghiep', 'nghiepp')).toBe(1);
    expect(editDistance('trach', 'tarch')).toBe(1);
    expect(editDistance('quyen', 'quyet')).toBe(1);
    expect(editDistance('nghi', 'nghiepp', 1)).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('allows typos from 5 letters, two from 9', () => {
    expect(typosAllowed('dat')).toBe(0);
    expect(typosAllowed('quyen')).toBe(1);
    expect(typosAllowed('thuonghieu')).toBe(2);
  });
});
