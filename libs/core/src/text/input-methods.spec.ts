import { decodeTypedText, decodeTypedWord } from './input-methods';

describe('decodeTypedWord (Telex and VNI typed with the input method off)', () => {
  it.each([
    ['quyeenf', 'quyền'],
    ['thoong', 'thông'],
    ['dduwowngf', 'đường'],
    ['dduowngf', 'đường'],
    ['nguwowif', 'người'],
    ['rieeng', 'riêng'],
    ['tuw', 'tư'],
    ['hoawcj', 'hoặc'],
    ['ddaats', 'đất'],
    ['ddai', 'đai'],
    ['khoons', 'khốn'],
    ['nanj', 'nạn'],
    ['ddoof', 'đồ'],
    ['nhuw', 'như'],
    ['bof', 'bò'],
    ['huwu', 'hưu'],
    ['hoaf', 'hòa'],
    ['toans', 'toán'],
    ['ngoais', 'ngoái'],
    ['quys', 'quý'],
    ['gias', 'giá'],
    ['gif', 'gì'],
    ['thuowngr', 'thưởng'],
    ['Quyeenf', 'quyền'],
  ])('Telex %s → %s', (typed, word) => {
    expect(decodeTypedWord(typed)).toBe(word);
  });

  it.each([
    ['quye62n', 'quyền'],
    ['quyen62', 'quyền'],
    ['tho6ng', 'thông'],
    ['d9u7o7ng2', 'đường'],
    ['d9uo7ng2', 'đường'],
    ['ngu7o7i2', 'người'],
    ['d9a6t1', 'đất'],
    ['hoa8c5', 'hoặc'],
  ])('VNI %s → %s', (typed, word) => {
    expect(decodeTypedWord(typed)).toBe(word);
  });

  it.each([
    'quyen', // plain unmarked Vietnamese: nothing to decode
    'thong',
    'book', // not a Vietnamese syllable once read as keys
    'good',
    'laws',
    'covid19',
    'h5n1',
    '2018',
    'nd30',
    'đất', // already marked
  ])('leaves %s alone', (word) => {
    expect(decodeTypedWord(word)).toBeNull();
  });

  it('decodes the typed words of a text and keeps the others', () => {
    expect(decodeTypedText('quyeenf rieeng tuw')).toBe('quyền riêng tư');
    expect(decodeTypedText('thoong tin ca nhaan')).toBe('thông tin ca nhân');
    expect(decodeTypedText('Điều 21, khoản 2')).toBeNull();
    expect(decodeTypedText('an ninh mang')).toBeNull();
  });
});
