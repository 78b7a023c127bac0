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
