import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLinks, hostOf, LINK, screenLinks } from './links';

describe(screenLinks.name, () => {
  it('lets up to three links pass', () => {
    const text = 'Xem https://vbpl.vn/a, https://thuvienphapluat.vn/b và www.moj.gov.vn/c';
    expect(findLinks(text)).toHaveLength(3);
    expect(screenLinks(text)).toEqual({ findings: [], hold: false });
  });

  it('holds more than three links', () => {
    const text = 'a.com b.vn https://c.org/x www.d.net/y http://e.info';
    expect(screenLinks(text)).toEqual({
      findings: [{ rule: 'LINKS', kind: 'TOO_MANY', count: 5 }],
      hold: true,
    });
  });

  it('holds links to denied domains and their subdomains', () => {
    const result = screenLinks('Nhận quà tại https://bit.ly/abc hoặc m.fb88.com/khuyen-mai');
    expect(result.hold).toBe(true);
    expect(result.findings).toEqual([
      { rule: 'LINKS', kind: 'DENIED_DOMAIN', count: 1, detail: 'bit.ly' },
      { rule: 'LINKS', kind: 'DENIED_DOMAIN', count: 1, detail: 'fb88.com' },
    ]);
  });

  it('does not take legal numbering, versions or e-mail domains for links', () => {
    expect(findLinks('Điều 12.3, phiên bản v1.2, Luật 24/2018/QH14, khoản 1.a')).toEqual([]);
    expect(findLinks('viết cho an@example.com')).toEqual([]);
  });

  it('reads the host of a link', () => {
    expect(hostOf('https://www.Example.vn:8080/a?b')).toBe('example.vn');
    expect(hostOf('bit.ly/x')).toBe('bit.ly');
  });
});

describe(findLinks.name, () => {
  const law = readFileSync(
    join(__dirname, '../../../../test/fixtures/laws/luat-an-ninh-mang-2018.txt'),
    'utf8',
  );
  // One edge per text: the pre-test looks at the whole text.
  const linky = [
    'Xem https://vbpl.vn/a',
    'http://1.2.3.4/b',
    'www.123',
    'WWW.MOJ.GOV.VN',
    'bit.ly/abc',
    'httpſ://1 (ſ is s under LINK’s flags)',
    'ſite.vn',
    'trang example.com.vn/luat?x=1',
    'Điều 12.3, v1.2, ngày 12.3.2024',
  ];
  // The cheap pre-test may only skip texts in which LINK finds nothing.
  it('finds what LINK finds, in every line of a law and in text with links', () => {
    const texts = [...law.split('\n').filter(Boolean), ...linky];
    const found = texts.map((text) => ({ text, links: findLinks(text) }));
    expect(found).toEqual(texts.map((text) => ({ text, links: text.match(LINK) ?? [] })));
    expect(found.flatMap((f) => f.links).length).toBeGreaterThanOrEqual(8);
  });
});
