import { foldVietnamese } from '@thamvan/drafts/parser/fold';
import { fold, writtenWithoutMarks } from './fold';

describe(fold.name, () => {
  it('folds like the parser’s foldVietnamese, NFD or NFC', () => {
    const text =
      'ĐẤT ĐAI, Điều 12: Các bạn dự buổi họp lớn; ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ í ì ỉ ĩ ị ơ ư ă â ê ô';
    expect(fold(text)).toBe(foldVietnamese(text));
    expect(fold(text.normalize('NFD'))).toBe(foldVietnamese(text));
  });

  it('tells text typed without marks', () => {
    expect(writtenWithoutMarks('cac ban du hop')).toBe(true);
    expect(writtenWithoutMarks('cac ban dự hop')).toBe(false);
    expect(writtenWithoutMarks('dat dai')).toBe(true);
    expect(writtenWithoutMarks('đat dai')).toBe(false);
    expect(writtenWithoutMarks('12/2018')).toBe(false);
  });
});
