import { commentExcerpt, excerpt } from './meta';

describe('excerpts', () => {
  it('cuts at a word with an ellipsis', () => {
    expect(excerpt('Đề nghị   làm rõ\nkhái niệm dữ liệu cá nhân', 20)).toBe('Đề nghị làm rõ khái…');
  });

  it("drops a comment's Markdown marks and keeps its words", () => {
    expect(
      commentExcerpt(
        'Nhất trí. Đề nghị sớm có **văn bản hướng dẫn** và _mẫu_ `thống nhất`.\n> trích\n- một ý',
        200,
      ),
    ).toBe('Nhất trí. Đề nghị sớm có văn bản hướng dẫn và mẫu thống nhất. trích một ý');
    // A lone asterisk or underscore is text, not a mark.
    expect(commentExcerpt('Điều 5 * khoản 2, mã_số 7', 200)).toBe('Điều 5 * khoản 2, mã_số 7');
  });
});
