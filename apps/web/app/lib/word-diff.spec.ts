import { wordDiff } from './word-diff';

describe(wordDiff.name, () => {
  const render = (before: string, after: string) =>
    wordDiff(before, after)
      .map((s) => (s.op === 'insert' ? `[+${s.text}]` : s.op === 'delete' ? `[-${s.text}]` : s.text))
      .join('');

  it('marks the words a proposal changes and keeps the rest', () => {
    expect(render('Thời hạn lưu trữ là 12 tháng.', 'Thời hạn lưu trữ là 24 tháng.')).toBe(
      'Thời hạn lưu trữ là [-12][+24] tháng.',
    );
  });

  it('handles insertions and deletions at the ends', () => {
    expect(render('cơ quan nhà nước', 'các cơ quan nhà nước có thẩm quyền')).toBe(
      '[+các ]cơ quan nhà nước[+ có thẩm quyền]',
    );
    expect(render('a b c', 'b c')).toBe('[-a ]b c');
  });

  it('rebuilds both texts exactly', () => {
    const before = 'Điều 5. Nguyên tắc bảo vệ an ninh mạng\n1. Tuân thủ Hiến pháp và pháp luật.';
    const after =
      'Điều 5. Nguyên tắc bảo đảm an ninh mạng\n1. Tuân thủ Hiến pháp, pháp luật; bảo đảm lợi ích.';
    const segments = wordDiff(before, after);
    expect(
      segments
        .filter((s) => s.op !== 'insert')
        .map((s) => s.text)
        .join(''),
    ).toBe(before);
    expect(
      segments
        .filter((s) => s.op !== 'delete')
        .map((s) => s.text)
        .join(''),
    ).toBe(after);
  });

  it('gives identical texts as one unchanged run, and empty texts as nothing', () => {
    expect(wordDiff('giữ nguyên', 'giữ nguyên')).toEqual([{ op: 'same', text: 'giữ nguyên' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('degrades to delete + insert on texts too long to compare word by word', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const ops = wordDiff(before, after).map((s) => s.op);
    expect(ops).toEqual(['delete', 'insert']);
  });
});
