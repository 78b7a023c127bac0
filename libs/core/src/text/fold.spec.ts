import { foldByCharacter, foldVietnamese, foldVietnameseWith, writtenWithoutMarks } from './fold';

const VIETNAMESE =
  'ĐẤT ĐAI, Điều 12: Các bạn dự buổi họp lớn; ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ í ì ỉ ĩ ị ơ ư ă â ê ô';

describe(foldVietnamese.name, () => {
  it('lower-cases, strips diacritics and maps đ to d', () => {
    expect(foldVietnamese('Đất Đai')).toBe('dat dai');
    expect(foldVietnamese('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('cong hoa xa hoi chu nghia viet nam');
    expect(foldVietnamese('Điều 5'.normalize('NFD'))).toBe('dieu 5');
    expect(foldVietnamese('ứ ự ừ ử ữ ơ ă â ê ô')).toBe('u u u u u o a a e o');
    expect(foldVietnamese('Ðà Nẵng ðường')).toBe('da nang duong');
  });

  it('keeps punctuation, digits and spacing', () => {
    expect(foldVietnamese('  Khoản 2, Điều 5 (sửa đổi)!  ')).toBe('  khoan 2, dieu 5 (sua doi)!  ');
  });

  it("folds every combining mark; with marks: 'latin' only U+0300–U+036F", () => {
    expect(foldVietnamese('a\u0483b ά\u20d7')).toBe('ab α');
    expect(foldVietnameseWith('a\u0483b ά\u20d7', { marks: 'latin' })).toBe('a\u0483b α\u20d7');
    expect(foldVietnameseWith(VIETNAMESE, { marks: 'latin' })).toBe(foldVietnamese(VIETNAMESE));
  });

  it('reads ð as đ unless eth is false', () => {
    expect(foldVietnameseWith('Ðắk Lắk', { eth: false })).toBe('ðak lak');
    expect(foldVietnameseWith('Đắk Lắk', { eth: false })).toBe('dak lak');
  });
});

describe(foldByCharacter.name, () => {
  it('folds Vietnamese like foldVietnamese, NFD or NFC', () => {
    expect(foldByCharacter(VIETNAMESE)).toBe(foldVietnamese(VIETNAMESE));
    expect(foldByCharacter(VIETNAMESE.normalize('NFD'))).toBe(foldVietnamese(VIETNAMESE));
    expect(foldByCharacter(VIETNAMESE.toUpperCase())).toBe(foldVietnamese(VIETNAMESE));
  });

  it('keeps characters from U+1F00 on as they are', () => {
    expect(foldByCharacter('ἀ a\u20d7b')).toBe('ἀ a\u20d7b');
  });
});

describe(writtenWithoutMarks.name, () => {
  it('tells text typed without marks', () => {
    expect(writtenWithoutMarks('cac ban du hop')).toBe(true);
    expect(writtenWithoutMarks('cac ban dự hop')).toBe(false);
    expect(writtenWithoutMarks('dat dai')).toBe(true);
    expect(writtenWithoutMarks('đat dai')).toBe(false);
    expect(writtenWithoutMarks('DAT ĐAI'.normalize('NFD'))).toBe(false);
    expect(writtenWithoutMarks('12/2018')).toBe(false);
  });
});
