import { RENDER_CACHE_ENTRIES, renderCacheSize, renderCommentHtml } from './render-markdown';

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

  it('keeps at most RENDER_CACHE_ENTRIES rendered bodies, none over 4,000 characters, and renders the same again', () => {
    const text = '**Đề nghị** bỏ khoản 2: https://vbpl.vn/x';
    const first = renderCommentHtml(text);
    expect(renderCommentHtml(text)).toBe(first);
    for (let i = 0; i < RENDER_CACHE_ENTRIES + 10; i++) renderCommentHtml(`Ý kiến số ${i}`);
    expect(renderCacheSize()).toBe(RENDER_CACHE_ENTRIES);
    expect(renderCommentHtml(text)).toBe(first); // evicted, rendered again
    const long = `${'Rất dài. '.repeat(500)}`;
    expect(long.length).toBeGreaterThan(4000);
    const before = renderCacheSize();
    renderCommentHtml(`x ${long}`);
    expect(renderCacheSize()).toBe(before);
  });
});
