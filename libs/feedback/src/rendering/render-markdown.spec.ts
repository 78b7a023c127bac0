import { renderCommentHtml } from './render-markdown';

describe(renderCommentHtml.name, () => {
  it('renders emphasis, links and lists', () => {
    const html = renderCommentHtml(
      '**Đề nghị** _sửa_ [Điều 8](https://luatvietnam.vn/a)\n\n- một\n- hai\n\n1. ba',
    );
    expect(html).toContain('<strong>Đề nghị</strong>');
    expect(html).toContain('<em>sửa</em>');
    expect(html).toContain(
      '<a href="https://luatvietnam.vn/a" rel="nofollow noopener ugc" target="_blank">Điều 8</a>',
    );
    expect(html).toContain('<ul>\n<li>một</li>\n<li>hai</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>ba</li>\n</ol>');
  });

  it('turns bare addresses into links with rel="nofollow noopener ugc"', () => {
    expect(renderCommentHtml('xem www.example.vn')).toContain(
      '<a href="http://www.example.vn" rel="nofollow noopener ugc" target="_blank">www.example.vn</a>',
    );
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror="alert(1)">', /<img|<[a-z][^>]*\son\w+=/i],
    ['[bấm](javascript:alert(1))', /href="javascript:/i],
    ['[bấm](JaVaScRiPt:alert(1))', /href="javascript:/i],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', /href="data:/i],
    ['<a href="https://a.vn" onclick="steal()">a</a>', /<a [^>]*onclick/i],
    ['[a](https://a.vn "t" onmouseover=x)', /<[a-z][^>]*\son\w+=/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/i],
  ])('never lets %p through as markup', (input, forbidden) => {
    expect(renderCommentHtml(input)).not.toMatch(forbidden);
  });

  it('keeps text of raw HTML visible as text, escaped', () => {
    expect(renderCommentHtml('a <b>b</b>')).toBe('<p>a &lt;b&gt;b&lt;/b&gt;</p>');
  });

  it('renders an empty body as empty HTML', () => {
    expect(renderCommentHtml('')).toBe('');
  });
});
