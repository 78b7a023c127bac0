import { readFileSync } from 'fs';
import { join } from 'path';
import { flattenOutline } from './collect-text';
import { Outline, OutlineNode, parseLegalText } from './index';

const FIXTURES = join(__dirname, '../../../../test/fixtures/laws');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

interface Expected {
  chapters: Array<{ number: string; title: string; articleCount: number; firstArticle: string }>;
  articleCount: number;
  articles: Array<{ number: string; heading: string }>;
}

const byKind = (outline: Outline, kind: OutlineNode['kind']): OutlineNode[] =>
  flattenOutline(outline.nodes).filter((n) => n.kind === kind);

const find = (outline: Outline, key: string): OutlineNode | undefined =>
  flattenOutline(outline.nodes).find((n) => n.key === key);

describe('parseLegalText on luat-an-ninh-mang-2018.txt', () => {
  const source = read('luat-an-ninh-mang-2018.txt');
  const expected = JSON.parse(read('luat-an-ninh-mang-2018.expected.json')) as Expected;
  const outline = parseLegalText(source);

  it('reads the header', () => {
    expect(outline.docType).toBe('LAW');
    expect(outline.number).toBe('24/2018/QH14');
    expect(outline.title).toBe('LUẬT AN NINH MẠNG');
    expect(outline.issuer).toBe('QUỐC HỘI');
    expect(outline.preamble).toBe(
      'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n' + 'Quốc hội ban hành Luật An ninh mạng.',
    );
  });

  it('finds every chapter with its title, article count and first article', () => {
    const chapters = outline.nodes.map((c) => ({
      number: c.number,
      title: c.heading,
      articleCount: c.children.filter((n) => n.kind === 'ARTICLE').length,
      firstArticle: c.children.find((n) => n.kind === 'ARTICLE')?.number,
    }));
    expect(outline.nodes.every((n) => n.kind === 'CHAPTER')).toBe(true);
    expect(chapters).toEqual(expected.chapters);
    expect(outline.nodes.map((c) => c.key)).toEqual(
      expected.chapters.map((c) => `chuong-${c.number.toLowerCase()}`),
    );
  });

  it('finds all 43 articles in order with their headings', () => {
    const articles = byKind(outline, 'ARTICLE');
    expect(articles).toHaveLength(expected.articleCount);
    expect(articles.map((a) => ({ number: a.number, heading: a.heading }))).toEqual(expected.articles);
    expect(articles.map((a) => a.label)).toEqual(expected.articles.map((a) => `Điều ${a.number}`));
  });

  it('builds clause and point keys from the chapter down', () => {
    const article5 = find(outline, 'chuong-i/dieu-5');
    expect(article5?.heading).toBe('Biện pháp bảo vệ an ninh mạng');
    const points = find(outline, 'chuong-i/dieu-5/khoan-1')?.children.map((p) => p.number);
    expect(points).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n']);
    const pointA = find(outline, 'chuong-i/dieu-5/khoan-1/diem-a');
    expect(pointA).toMatchObject({ kind: 'POINT', label: 'Điểm a', heading: null });
    expect(pointA?.text.startsWith('Thẩm định an ninh mạng')).toBe(true);
    expect(find(outline, 'chuong-i/dieu-5/khoan-1/diem-dd')?.label).toBe('Điểm đ');
    expect(find(outline, 'chuong-ii/dieu-13/khoan-3/diem-dd')).toBeDefined();
    const clause = find(outline, 'chuong-i/dieu-2/khoan-1');
    expect(clause).toMatchObject({ kind: 'CLAUSE', number: '1', label: 'Khoản 1' });
    expect(clause?.text.startsWith('An ninh mạng là sự bảo đảm')).toBe(true);
    expect(find(outline, 'chuong-vii/dieu-43/khoan-3')).toBeDefined();
  });

  it('keeps own text apart from children, continuation lines included', () => {
    const article2 = find(outline, 'chuong-i/dieu-2');
    expect(article2?.text).toBe('Trong Luật này, các từ ngữ dưới đây được hiểu như sau:');
    expect(article2?.children).toHaveLength(14);
    // A paragraph after point c) belongs to point c).
    const pointC = find(outline, 'chuong-i/dieu-2/khoan-5/diem-c');
    expect(pointC?.text.split('\n')).toHaveLength(2);
    expect(pointC?.text).toContain('\nDịch vụ trực tuyến bao gồm chính phủ điện tử');
  });

  it('counts every clause and point of the source', () => {
    // Counted in the Vietnamese part with grep: 164 lines "N. " and 175 lines "x) ".
    expect(byKind(outline, 'CLAUSE')).toHaveLength(164);
    expect(byKind(outline, 'POINT')).toHaveLength(175);
    expect(outline.warnings).toEqual([]);
  });

  it('moves the adoption line, signature and English translation to the trailer', () => {
    const last = find(outline, 'chuong-vii/dieu-43');
    expect(last?.children.map((c) => c.number)).toEqual(['1', '2', '3']);
    expect(flattenOutline(last?.children ?? []).some((n) => n.text.includes('Quốc hội'))).toBe(false);
    expect(outline.trailer?.split('\n').slice(0, 3)).toEqual([
      'Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 5 thông qua ngày 12 tháng 6 năm 2018.',
      'CHỦ TỊCH QUỐC HỘI',
      'Nguyễn Thị Kim Ngân',
    ]);
    expect(outline.trailer).toContain('Article 43. Effect');
    expect(outline.trailer?.endsWith('Nguyen Thi Kim Ngan')).toBe(true);
  });

  it('parses the 140 KB law well under 50 ms', () => {
    parseLegalText(source); // warm up the JIT and regex caches
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      parseLegalText(source);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(50);
  });
});

describe('parseLegalText on qd-1456-2021-ubnd-nam-dinh.txt', () => {
  const outline = parseLegalText(read('qd-1456-2021-ubnd-nam-dinh.txt'));

  it('reads the header of a provincial decision', () => {
    expect(outline.docType).toBe('DECISION');
    expect(outline.number).toBe('1456/QĐ-UBND');
    expect(outline.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH');
    expect(outline.title).toMatch(/^QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT QUY HOẠCH SỬ DỤNG ĐẤT/);
    expect(outline.title).toMatch(/HUYỆN VỤ BẢN, TỈNH NAM ĐỊNH$/);
    const preamble = outline.preamble?.split('\n') ?? [];
    expect(preamble[0]).toBe('ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH');
    expect(preamble[1]).toMatch(/^Căn cứ Luật Tổ chức chính quyền địa phương/);
    expect(preamble[preamble.length - 1]).toBe('QUYẾT ĐỊNH:');
  });

  it('finds 5 headless articles with the land-use tables kept as text of Điều 1', () => {
    expect(outline.nodes.map((n) => [n.kind, n.number, n.key, n.heading])).toEqual([
      ['ARTICLE', '1', 'dieu-1', null],
      ['ARTICLE', '2', 'dieu-2', null],
      ['ARTICLE', '3', 'dieu-3', null],
      ['ARTICLE', '4', 'dieu-4', null],
      ['ARTICLE', '5', 'dieu-5', null],
    ]);
    const article1 = outline.nodes[0];
    expect(article1.text).toMatch(/^Phê duyệt Quy hoạch sử dụng đất đến năm 2030 .* sau:$/);
    // Table rows numbered "1", "1.1", "2.3", "14" and figures "15.280,70" are not clauses.
    expect(article1.children.map((c) => c.key)).toEqual([
      'dieu-1/khoan-1',
      'dieu-1/khoan-2',
      'dieu-1/khoan-3',
    ]);
    const table = article1.children[0].text.split('\n');
    expect(table.slice(0, 4)).toEqual([
      'Diện tích, cơ cấu các loại đất',
      'Đơn vị tính: ha',
      'TT',
      'Chỉ tiêu sử dụng đất',
    ]);
    expect(table).toEqual(expect.arrayContaining(['15.280,70', '1.1', 'Đất trồng lúa', 'LUA']));
    expect(article1.children[2].text).toMatch(/\n\(Vị trí, diện tích các khu vực đất/);
    expect(outline.nodes[2].text.split('\n')[0]).toBe('Giao UBND huyện Vụ Bản:');
    expect(outline.nodes[2].text).toContain('\n- Tổ chức công bố công khai quy hoạch');
  });

  it('puts the signature block in the trailer', () => {
    expect(outline.nodes[4].text).toMatch(/^Quyết định này có hiệu lực kể từ ngày ký:\nChánh Văn phòng/);
    expect(outline.trailer).toBe(
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Anh Dũng\n' +
        'Văn bản này chưa cập nhật nội dung Tiếng Anh',
    );
    expect(outline.warnings).toEqual([]);
  });
});

describe('parseLegalText on qd-715-2023-ubnd-binh-dinh.txt', () => {
  const outline = parseLegalText(read('qd-715-2023-ubnd-binh-dinh.txt'));

  it('reads the header, with the enacting authority opening the preamble', () => {
    expect(outline.docType).toBe('DECISION');
    expect(outline.number).toBe('715/QĐ-UBND');
    expect(outline.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH');
    expect(outline.title).toBe(
      'QUYẾT ĐỊNH PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH KHÔNG LIÊN THÔNG ' +
        'TRONG LĨNH VỰC ĐIỆN THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ CÔNG THƯƠNG',
    );
    expect(outline.preamble?.split('\n')[0]).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
    expect(outline.preamble?.split('\n')[1]).toMatch(/^Căn cứ /);
  });

  it('finds 4 one-sentence articles', () => {
    expect(outline.nodes.map((n) => n.key)).toEqual(['dieu-1', 'dieu-2', 'dieu-3', 'dieu-4']);
    for (const article of outline.nodes) {
      expect(article.heading).toBeNull();
      expect(article.children).toEqual([]);
      expect(article.text.split('\n')).toHaveLength(1);
    }
    expect(outline.nodes[0].text).toMatch(/^Phê duyệt kèm theo Quyết định này quy trình nội bộ/);
  });

  it('keeps the procedure table attached after the signature in the trailer', () => {
    const trailer = outline.trailer?.split('\n') ?? [];
    expect(trailer[0]).toBe('Nơi nhận:');
    expect(trailer).toEqual(
      expect.arrayContaining([
        'KT. CHỦ TỊCH',
        'Lâm Hải Giang',
        'QUY TRÌNH NỘI BỘ',
        'Mục V, số thứ tự 24',
        '1. Lãnh đạo phòng chuyên môn phân công thụ lý: 0,5 ngày',
        'TỔNG SỐ: 03 TTHC',
      ]),
    );
    expect(outline.warnings).toEqual([]);
  });
});

describe('parseLegalText on extra/du-thao-nghi-dinh-tong-hop.txt (synthetic, NFD, CRLF)', () => {
  const outline = parseLegalText(read('extra/du-thao-nghi-dinh-tong-hop.txt'));

  it('reads the flattened header', () => {
    expect(outline).toMatchObject({
      docType: 'DECREE',
      number: '/2024/NĐ-CP',
      issuer: 'CHÍNH PHỦ',
      title: 'NGHỊ ĐỊNH Quy định chi tiết một số điều của Luật Tham vấn công chúng',
      warnings: [],
    });
    expect(outline.preamble?.split('\n')).toHaveLength(5);
    expect(outline.preamble?.startsWith('DỰ THẢO 3\nCăn cứ Luật Tổ chức Chính phủ')).toBe(true);
  });

  it('builds the whole tree', () => {
    const p1 = 'phan-thu-nhat/chuong-i';
    const c2 = 'phan-thu-hai/chuong-ii';
    const c3 = 'phan-thu-hai/chuong-iii';
    expect(flattenOutline(outline.nodes).map((n) => n.key)).toEqual([
      'phan-thu-nhat',
      p1,
      `${p1}/dieu-1`,
      `${p1}/dieu-2`,
      ...['a', 'b', 'c'].map((l) => `${p1}/dieu-2/diem-${l}`),
      `${p1}/dieu-3`,
      ...[1, 2, 3].map((n) => `${p1}/dieu-3/khoan-${n}`),
      'phan-thu-hai',
      c2,
      `${c2}/muc-1`,
      `${c2}/muc-1/dieu-4`,
      `${c2}/muc-1/dieu-4/khoan-1`,
      `${c2}/muc-1/dieu-4/khoan-2`,
      ...['a', 'b', 'c', 'd', 'dd', 'e'].map((l) => `${c2}/muc-1/dieu-4/khoan-2/diem-${l}`),
      `${c2}/muc-1/dieu-4/khoan-3`,
      `${c2}/muc-1/dieu-4a`,
      `${c2}/muc-2`,
      `${c2}/muc-2/tieu-muc-1`,
      `${c2}/muc-2/tieu-muc-1/dieu-5`,
      `${c2}/muc-2/tieu-muc-2`,
      `${c2}/muc-2/tieu-muc-2/dieu-6`,
      `${c2}/muc-2/tieu-muc-2/dieu-6/khoan-1`,
      c3,
      `${c3}/muc-1`,
      `${c3}/muc-1/dieu-7`,
      `${c3}/muc-1/dieu-7/khoan-1`,
      `${c3}/muc-1/dieu-7/khoan-2`,
      `${c3}/muc-1/dieu-8`,
    ]);
  });

  it('keeps headings, references, wrapped figures and the appendix where they belong', () => {
    const get = (key: string): OutlineNode | undefined => find(outline, key);
    expect(get('phan-thu-nhat')?.heading).toBe('QUY ĐỊNH CHUNG');
    expect(get('phan-thu-nhat/chuong-i')?.heading).toBe('PHẠM VI ĐIỀU CHỈNH VÀ ĐỐI TƯỢNG ÁP DỤNG');
    expect(get('phan-thu-nhat/chuong-i/dieu-2')?.heading).toBe('Đối tượng áp dụng');
    expect(get('phan-thu-nhat/chuong-i/dieu-3')?.heading).toBe('Giải thích từ ngữ');
    expect(get('phan-thu-nhat/chuong-i/dieu-3/khoan-2')?.text).toBe(
      'Góp ý là ý kiến của tổ chức, cá nhân về dự thảo.\n' +
        'Điều 12 của Luật quy định về thời hạn góp ý; thời hạn này không ít hơn 30 ngày.',
    );
    expect(get('phan-thu-hai/chuong-ii/muc-1/dieu-4/khoan-3')?.text).toBe(
      'Chi phí đăng tải không quá\n3.000.000 đồng cho mỗi dự thảo.',
    );
    expect(get('phan-thu-hai/chuong-ii/muc-1/dieu-4a')?.text).toBe(
      'Trường hợp dự thảo được chỉnh lý, cơ quan chủ trì đăng tải lại trong 12 ngày.\n' +
        '12 ngày được tính theo ngày làm việc.',
    );
    const last = get('phan-thu-hai/chuong-iii/muc-1/dieu-8')?.text.split('\n') ?? [];
    expect(last.slice(1, 3)).toEqual(['PHỤ LỤC', 'MẪU PHIẾU GÓP Ý']);
    expect(last[last.length - 1]).toBe('Ý kiến');
    expect(outline.trailer).toBe(
      'Nơi nhận:\n- Ban Bí thư Trung ương Đảng;\n- Lưu: VT, PL.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG',
    );
  });
});
