import { keys, node, parse } from './parser.test-helpers';
import { parseLegalText } from './index';

describe('parseLegalText: Unicode and whitespace', () => {
  it('parses NFD input and returns NFC', () => {
    const nfd = ['Chương I', 'NHỮNG QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi', 'đ) Điểm đ'].join('\n');
    const o = parseLegalText(nfd.normalize('NFD'));
    expect(nfd.normalize('NFD')).not.toBe(nfd);
    expect(keys(o)).toEqual(['chuong-i', 'chuong-i/dieu-1']);
    expect(node(o, 'chuong-i/dieu-1')).toMatchObject({ heading: 'Phạm vi', text: 'đ) Điểm đ' });
    expect(o.nodes[0].heading).toBe('NHỮNG QUY ĐỊNH CHUNG');
  });

  it('reads "Ðiều" written with the look-alike eth of legacy converters', () => {
    const o = parseLegalText('\u00D0iều 1. Phạm vi\n\u00F0) x');
    expect(keys(o)).toEqual(['dieu-1']);
    expect(node(o, 'dieu-1').text).toBe('đ) x');
  });

  it('handles CRLF, NBSP, tabs, blank lines and indentation', () => {
    const o = parseLegalText('\uFEFFĐiều\u00A01.\tPhạm vi  \r\n\r\n   1.\u00A0Nội dung \r\n');
    expect(keys(o)).toEqual(['dieu-1', 'dieu-1/khoan-1']);
    expect(node(o, 'dieu-1/khoan-1').text).toBe('Nội dung');
    expect(node(o, 'dieu-1').heading).toBe('Phạm vi');
  });
});

describe('parseLegalText: header and trailer', () => {
  it.each([
    ['LUẬT', 'LAW'],
    ['BỘ LUẬT', 'LAW'],
    ['NGHỊ ĐỊNH', 'DECREE'],
    ['THÔNG TƯ', 'CIRCULAR'],
    ['THÔNG TƯ LIÊN TỊCH', 'CIRCULAR'],
    ['QUYẾT ĐỊNH', 'DECISION'],
    ['NGHỊ QUYẾT', 'RESOLUTION'],
    ['PHÁP LỆNH', 'ORDINANCE'],
    ['CHỈ THỊ', 'OTHER'],
  ])('maps the type line %s to %s', (type, docType) => {
    const o = parse(
      'CHÍNH PHỦ',
      '-------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/2020/XX-CP',
      'Hà Nội, ngày 03 tháng 02 năm 2020',
      type,
      'QUY ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH',
      'TRONG LĨNH VỰC BƯU CHÍNH',
      'Căn cứ Luật Tổ chức Chính phủ;',
      'Chính phủ ban hành Nghị định.',
      'Điều 1. Phạm vi',
    );
    expect(o).toMatchObject({
      docType,
      issuer: 'CHÍNH PHỦ',
      number: '15/2020/XX-CP',
      title: `${type} QUY ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC BƯU CHÍNH`,
      preamble: 'Căn cứ Luật Tổ chức Chính phủ;\nChính phủ ban hành Nghị định.',
    });
  });

  it('infers the type from the number when there is no type line, and takes "Về việc" subjects', () => {
    const o = parse('Số: 12/NĐ-CP', 'Điều 1. A');
    expect(o).toMatchObject({ docType: 'DECREE', number: '12/NĐ-CP', title: null, preamble: null });
    const d = parse('QUYẾT ĐỊNH', 'Về việc ban hành Quy chế', 'QUYẾT ĐỊNH:', 'Điều 1. A');
    expect(d).toMatchObject({
      title: 'QUYẾT ĐỊNH Về việc ban hành Quy chế',
      preamble: 'QUYẾT ĐỊNH:',
    });
    const n = parse('NGHỊ ĐỊNH', 'Quy định chi tiết Luật Đất đai', 'Căn cứ Luật;', 'Điều 1. A');
    expect(n).toMatchObject({
      title: 'NGHỊ ĐỊNH Quy định chi tiết Luật Đất đai',
      preamble: 'Căn cứ Luật;',
    });
  });

  it('takes the issuer from leading upper-case lines followed by the number when there is no motto', () => {
    const o = parse('BỘ TƯ PHÁP', '-----', 'Số: 12/2020/TT-BTP', 'THÔNG TƯ', 'Điều 1. A');
    expect(o).toMatchObject({ issuer: 'BỘ TƯ PHÁP', docType: 'CIRCULAR', title: 'THÔNG TƯ' });
    const excerpt = parse('BÁO CÁO TỔNG HỢP', 'Điều 1. A');
    expect(excerpt).toMatchObject({ issuer: null, preamble: 'BÁO CÁO TỔNG HỢP' });
  });

  it('reads a flattened two-column header and a blank draft number', () => {
    const o = parse(
      'DỰ THẢO',
      'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:      /2024/TT-BTC',
      'Hà Nội, ngày    tháng    năm 2024',
      'THÔNG TƯ',
      'HƯỚNG DẪN',
      'Điều 1. A',
    );
    expect(o).toMatchObject({
      issuer: 'BỘ TÀI CHÍNH',
      number: '/2024/TT-BTC',
      docType: 'CIRCULAR',
      title: 'THÔNG TƯ HƯỚNG DẪN',
      preamble: 'DỰ THẢO',
    });
  });

  it('does not end the document at an upper-case signer-like line followed by the next article', () => {
    const o = parse('Điều 1. A', 'GIÁM ĐỐC SỞ', 'Điều 2. B', 'Nơi nhận:', '- Như Điều 2;', 'Điều 1. Quy chế');
    expect(keys(o)).toEqual(['dieu-1', 'dieu-2']);
    expect(node(o, 'dieu-1').text).toBe('GIÁM ĐỐC SỞ');
    expect(o.trailer).toBe('Nơi nhận:\n- Như Điều 2;\nĐiều 1. Quy chế');
  });

  it('keeps an appendix before the signature in the last article', () => {
    const o = parse(
      'Điều 2. Hiệu lực',
      'Quyết định có hiệu lực.',
      'PHỤ LỤC',
      'Bảng 1',
      'KT. CHỦ TỊCH',
      'Nguyễn Văn A',
    );
    expect(node(o, 'dieu-2').text).toBe('Quyết định có hiệu lực.\nPHỤ LỤC\nBảng 1');
    expect(o.trailer).toBe('KT. CHỦ TỊCH\nNguyễn Văn A');
  });

  it('keeps a quoted article of an amending law as text', () => {
    const o = parse(
      'Điều 1. Sửa đổi, bổ sung một số điều của Luật X',
      '1. Điều 5 được sửa đổi, bổ sung như sau:',
      '“Điều 5. Nguyên tắc',
      '1. Nguyên tắc một.',
      'a) Điểm a.',
      '2. Nguyên tắc hai.”.',
      '2. Bổ sung khoản 3 vào Điều 7.',
      'Điều 2. Hiệu lực thi hành',
    );
    expect(keys(o)).toEqual(['dieu-1', 'dieu-1/khoan-1', 'dieu-1/khoan-2', 'dieu-2']);
    expect(node(o, 'dieu-1/khoan-1').text.split('\n')).toHaveLength(5);
  });
});

describe('parseLegalText: unstructured and odd input', () => {
  it('returns no nodes and a warning for an empty or blank string', () => {
    for (const input of ['', '  \n\t\r\n']) {
      const o = parseLegalText(input);
      expect(o.nodes).toEqual([]);
      expect(o.warningDetails).toEqual([{ code: 'EMPTY_DOCUMENT', message: 'Văn bản trống' }]);
      expect(o.warnings).toEqual(['Văn bản trống']);
    }
  });

  it('keeps unstructured text as one "Toàn văn" provision', () => {
    const o = parseLegalText('Kính gửi Bộ Tư pháp,\n1. Ý kiến thứ nhất.\nTrân trọng.');
    expect(o.nodes).toEqual([
      {
        kind: 'ARTICLE',
        number: '1',
        label: 'Toàn văn',
        heading: null,
        key: 'toan-van',
        text: 'Kính gửi Bộ Tư pháp,\n1. Ý kiến thứ nhất.\nTrân trọng.',
        children: [],
      },
    ]);
    expect(o.warnings).toHaveLength(1);
    expect(o.warningDetails.map((w) => w.code)).toEqual(['NO_STRUCTURE']);
  });

  it('survives binary garbage and non-string input', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 7919) % 65536));
    expect(() => parseLegalText(garbage)).not.toThrow();
    expect(parseLegalText(undefined as unknown as string).nodes).toEqual([]);
    const withNul = parseLegalText('Điều 1.\u0000 A\u0000');
    expect(withNul.nodes[0]).toMatchObject({ key: 'dieu-1', heading: 'A' });
  });
});
