import { editDistance, editsOf, typosAllowed } from './edit-distance';
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
      typed: {},
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

  it('reads words typed in Telex or VNI a second time, folded', () => {
    expect(parseQuery('quyeenf rieeng tuw')?.typed).toEqual({ quyeenf: 'quyen', rieeng: 'rieng', tuw: 'tu' });
    expect(parseQuery('quye62n dduwowngf')?.typed).toEqual({ quye62n: 'quyen', dduwowngf: 'duong' });
    expect(parseQuery('quyền riêng tư an ninh')?.typed).toEqual({});
  });

  it('lists the one-edit variants of a short word, slips of an extra letter first', () => {
    const edits = editsOf('tinn');
    expect(edits[0]).toBe('inn');
    expect(edits).toEqual(expect.arrayContaining(['tin', 'tinh', 'tnin']));
    expect(edits.every((e) => editDistance(e, 'tinn') === 1)).toBe(true);
    expect(edits).not.toContain('tinn');
  });

  it('allows typos from 5 letters, two from 9', () => {
    expect(typosAllowed('dat')).toBe(0);
    expect(typosAllowed('quyen')).toBe(1);
    expect(typosAllowed('thuonghieu')).toBe(2);
  });
});
