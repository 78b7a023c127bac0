import { parse } from './parser.test-helpers';

describe('parseLegalText: header cases (issue 19)', () => {
  it('a constitution: full title, issuer once, "Lời nói đầu" not in the title', () => {
    const o = parse(
      'QUỐC HỘI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'HIẾN PHÁP',
      'NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'LỜI NÓI ĐẦU',
      'Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam …',
      'Chương I',
      'CHẾ ĐỘ CHÍNH TRỊ',
      'Điều 1',
      'Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập.',
    );
    expect(o.title).toBe('HIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(o.issuer).toBe('QUỐC HỘI');
  });

  it('"Lời nói đầu" is a provision people can comment on, first in the outline, not the preamble', () => {
    const o = parse(
      'QUỐC HỘI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'HIẾN PHÁP',
      'NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'LỜI NÓI ĐẦU',
      'Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam …',
      'Thể chế hóa Cương lĩnh xây dựng đất nước …',
      'Chương I',
      'CHẾ ĐỘ CHÍNH TRỊ',
      'Điều 1',
      'Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập.',
    );
    expect(o.title).toBe('HIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(o.preamble).toBeNull();
    expect(o.nodes.map((n) => [n.kind, n.key, n.label])).toEqual([
      ['ARTICLE', 'loi-noi-dau', 'Lời nói đầu'],
      ['CHAPTER', 'chuong-i', 'Chương I'],
    ]);
    expect(o.nodes[0]).toMatchObject({
      number: '',
      heading: null,
      text: 'Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam …\nThể chế hóa Cương lĩnh xây dựng đất nước …',
      children: [],
    });
    expect(o.nodes[1].children.map((n) => n.key)).toEqual(['chuong-i/dieu-1']);
    expect(o.warnings).toEqual([]);
  });

  it('keeps "Căn cứ …" lines before "Lời nói đầu" as the preamble; a heading with no text stays there too', () => {
    const o = parse(
      'LUẬT',
      'THỬ NGHIỆM',
      'Căn cứ Hiến pháp;',
      'Lời nói đầu',
      'Luật này ra đời vì …',
      'Điều 1. A',
      'X.',
    );
    expect(o.preamble).toBe('Căn cứ Hiến pháp;');
    expect(o.nodes.map((n) => n.key)).toEqual(['loi-noi-dau', 'dieu-1']);
    const bare = parse('LUẬT', 'THỬ NGHIỆM', 'LỜI NÓI ĐẦU', 'Điều 1. A', 'X.');
    expect(bare.nodes.map((n) => n.key)).toEqual(['dieu-1']);
  });

  it('"QUỐC HỘI NƯỚC CỘNG HÒA …" after "QUỐC HỘI": issuer once; the session line is not preamble', () => {
    const o = parse(
      'QUỐC HỘI',
      'QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Khóa XI, kỳ họp thứ 9',
      'LUẬT',
      'AN NINH',
      'Căn cứ Hiến pháp;',
      'Điều 1. A',
      'X.',
    );
    expect(o.issuer).toBe('QUỐC HỘI');
    expect(o.title).toBe('LUẬT AN NINH');
    expect(o.preamble).toBe('Căn cứ Hiến pháp;');
  });
});
