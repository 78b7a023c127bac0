import { findLinks, hostOf, screenLinks } from './links';

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
