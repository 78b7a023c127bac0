import { markdownBlocks } from './markdown-blocks';

describe(markdownBlocks.name, () => {
  it('reads bold, italics and paragraphs, never leaving raw asterisks', () => {
    expect(markdownBlocks('Đề nghị **bỏ khoản 2** vì *không khả thi*.\n\nĐoạn hai.')).toEqual([
      {
        marker: null,
        depth: 0,
        spans: [
          { text: 'Đề nghị ' },
          { text: 'bỏ khoản 2', bold: true },
          { text: ' vì ' },
          { text: 'không khả thi', italics: true },
          { text: '.' },
        ],
      },
      { marker: null, depth: 0, spans: [{ text: 'Đoạn hai.' }] },
    ]);
  });

  it('keeps lists with their bullets or numbers, and line breaks', () => {
    const blocks = markdownBlocks('Ba ý:\n1. Một\n2. Hai\n   - con\n\n- Khác\ndòng sau');
    expect(
      blocks.map((b) => [
        b.marker,
        b.depth,
        b.spans.map((s) => (s.breakBefore ? '↵' : '') + s.text).join(''),
      ]),
    ).toEqual([
      [null, 0, 'Ba ý:'],
      ['1.', 1, 'Một'],
      ['2.', 1, 'Hai'],
      ['•', 2, 'con'],
      ['•', 1, 'Khác↵dòng sau'],
    ]);
  });

  it('shows HTML and links as the text they are', () => {
    const text = markdownBlocks('<b>x</b> [trang](https://example.vn) `mã`')
      .flatMap((b) => b.spans.map((s) => s.text))
      .join('');
    expect(text).toBe('<b>x</b> trang mã');
  });
});
