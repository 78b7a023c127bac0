import { matchedForms } from './highlights';

describe('matchedForms', () => {
  it('lists the words a search matched as the comments wrote them, phrases whole, each once', () => {
    expect(
      matchedForms([
        'Quy định về <mark>đất</mark> <mark>đai</mark> cần rõ',
        '<mark>Đất</mark> <mark>Đai</mark> là tài sản; <mark>đất</mark> <mark>đai</mark> nữa',
        'Thu hồi <mark>đất</mark>, <mark>đai</mark> ốc',
      ]),
    ).toEqual(['đất đai', 'Đất Đai', 'đất', 'đai']);
  });

  it('decodes the escaped text and stops at the limit', () => {
    expect(matchedForms(['<mark>a &amp; b</mark> <mark>&lt;c&gt;</mark>'])).toEqual(['a & b <c>']);
    expect(matchedForms(['<mark>a</mark>, <mark>b</mark>, <mark>c</mark>'], 2)).toEqual(['a', 'b']);
    expect(matchedForms(['không có gì được đánh dấu'])).toEqual([]);
  });
});
