import { all, keys, node, parse } from './parser.test-helpers';

describe('parseLegalText: article lines', () => {
  it.each([
    ['Điều 5. Phạm vi điều chỉnh', 'Phạm vi điều chỉnh'],
    ['Điều 5: Phạm vi điều chỉnh', 'Phạm vi điều chỉnh'],
    ['Điều 5 - Phạm vi điều chỉnh', 'Phạm vi điều chỉnh'],
    ['Điều 5.- Phạm vi điều chỉnh', 'Phạm vi điều chỉnh'],
    ['Điều 5 . Phạm vi điều chỉnh', 'Phạm vi điều chỉnh'],
    ['Điều 5.Phạm vi điều chỉnh', 'Phạm vi điều chỉnh'],
    ['Điều 5 Phạm vi điều chỉnh', 'Phạm vi điều chỉnh'],
    ['ĐIỀU 5. PHẠM VI ĐIỀU CHỈNH', 'PHẠM VI ĐIỀU CHỈNH'],
    ['điều 5. Phạm vi điều chỉnh', 'Phạm vi điều chỉnh'],
    ['Điều 5.', null],
    ['Điều 5', null],
    ['Điều 5:', null],
  ])('%s', (line, heading) => {
    const o = parse(line, 'Nội dung của điều.');
    expect(o.nodes).toEqual([
      {
        kind: 'ARTICLE',
        number: '5',
        label: 'Điều 5',
        heading,
        key: 'dieu-5',
        text: 'Nội dung của điều.',
        children: [],
      },
    ]);
  });

  it('accepts lettered article numbers (5a) between 5 and 6', () => {
    const o = parse('Điều 5. A', 'X.', 'Điều 5a. B', 'Y.', 'Điều 6. C', 'Z.');
    expect(o.nodes.map((n) => [n.number, n.label, n.key, n.heading])).toEqual([
      ['5', 'Điều 5', 'dieu-5', 'A'],
      ['5a', 'Điều 5a', 'dieu-5a', 'B'],
      ['6', 'Điều 6', 'dieu-6', 'C'],
    ]);
    expect(o.warnings).toEqual([]);
  });

  it('treats a one-sentence article as text, and drops the period of a real heading', () => {
    const o = parse(
      'Điều 1. Phạm vi điều chỉnh.',
      'Nghị định này quy định về …',
      'Điều 2. Nghị định này có hiệu lực kể từ ngày ký.',
      'Điều 3. Giao Sở Tài chính:',
      '- Hướng dẫn thực hiện.',
    );
    expect(o.nodes.map((n) => [n.heading, n.text])).toEqual([
      ['Phạm vi điều chỉnh', 'Nghị định này quy định về …'],
      [null, 'Nghị định này có hiệu lực kể từ ngày ký.'],
      [null, 'Giao Sở Tài chính:\n- Hướng dẫn thực hiện.'],
    ]);
  });
});

describe('parseLegalText: references and numbers that are not provisions', () => {
  const o = parse(
    'Điều 11. Áp dụng',
    '1. Người vi phạm bị phạt tù.',
    'Điều 12 của Luật này quy định chi tiết về thẩm quyền.',
    '12 năm là thời hạn tối đa.',
    'khoản 2 Điều 12 của Luật này không áp dụng.',
    'Điều này áp dụng cho mọi tổ chức.',
    'Điều 12 Luật Đất đai được dẫn chiếu.',
    'ĐIỀU 12 CỦA LUẬT NÀY',
    'Điều 12, khoản 3 được giữ nguyên.',
    'Điều 12 quy định tại Nghị định 15.',
    '2020. Năm bắt đầu áp dụng.',
    '3.000.000 đồng cho mỗi lần vi phạm.',
    '1.1 Mục con của bảng',
    'Chương II của Luật này không thay đổi.',
    'Mục V, số thứ tự 24',
    'Mục tiêu của chính sách.',
    'Phần này quy định chung.',
    'v.v. và các trường hợp khác.',
    'f) không phải là điểm.',
    '2. Người tái phạm bị phạt nặng hơn.',
    'Điều 12. Hiệu lực',
  );

  it('keeps every trap line as text of the open clause', () => {
    expect(keys(o)).toEqual(['dieu-11', 'dieu-11/khoan-1', 'dieu-11/khoan-2', 'dieu-12']);
    const clause1 = node(o, 'dieu-11/khoan-1').text.split('\n');
    expect(clause1).toHaveLength(18);
    expect(clause1[1]).toBe('Điều 12 của Luật này quy định chi tiết về thẩm quyền.');
    expect(clause1[17]).toBe('f) không phải là điểm.');
    expect(node(o, 'dieu-12').heading).toBe('Hiệu lực');
    expect(o.warnings).toEqual([]);
  });
});

describe('parseLegalText: chapters, sections, parts', () => {
  it.each([
    ['Chương I. NHỮNG QUY ĐỊNH CHUNG'],
    ['CHƯƠNG I: NHỮNG QUY ĐỊNH CHUNG'],
    ['Chương I - NHỮNG QUY ĐỊNH CHUNG'],
    ['Chương I NHỮNG QUY ĐỊNH CHUNG'],
    ['Chương I\nNHỮNG QUY ĐỊNH CHUNG'],
    ['CHƯƠNG I\nNHỮNG QUY ĐỊNH\nCHUNG'],
    ['Chương I: NHỮNG QUY ĐỊNH\nCHUNG'],
    ['chương i\nNHỮNG QUY ĐỊNH CHUNG'],
  ])('%j', (chapter) => {
    const o = parse(chapter, 'Điều 1. Phạm vi', 'Văn bản.');
    expect(o.nodes).toHaveLength(1);
    expect(o.nodes[0]).toMatchObject({
      kind: 'CHAPTER',
      number: 'I',
      label: 'Chương I',
      heading: 'NHỮNG QUY ĐỊNH CHUNG',
      key: 'chuong-i',
      text: '',
    });
    expect(keys(o)).toEqual(['chuong-i', 'chuong-i/dieu-1']);
  });

  it('joins a mixed-case chapter title on the next line but not the line after it', () => {
    const o = parse('Chương II', 'Quy định chung', 'Lời dẫn của chương.', 'Điều 1. A');
    expect(o.nodes[0]).toMatchObject({ heading: 'Quy định chung', text: 'Lời dẫn của chương.' });
  });

  it('joins headings cut mid-phrase (lower-case continuation), as PDF text has them', () => {
    const o = parse(
      'Chương II',
      'Bảo vệ an ninh mạng đối với hệ thống thông tin',
      'quan trọng về an ninh quốc gia',
      'Điều 10. Hệ thống thông tin quan trọng về an ninh',
      'quốc gia',
      'Hệ thống thông tin quan trọng về an ninh quốc gia là …',
      'Điều 11. Thẩm định.',
      'tiếp theo là văn bản.',
    );
    expect(o.nodes[0].heading).toBe(
      'Bảo vệ an ninh mạng đối với hệ thống thông tin quan trọng về an ninh quốc gia',
    );
    expect(node(o, 'chuong-ii/dieu-10')).toMatchObject({
      heading: 'Hệ thống thông tin quan trọng về an ninh quốc gia',
      text: 'Hệ thống thông tin quan trọng về an ninh quốc gia là …',
    });
    expect(node(o, 'chuong-ii/dieu-11')).toMatchObject({
      heading: 'Thẩm định',
      text: 'tiếp theo là văn bản.',
    });
  });

  it('leaves heading null for a chapter directly followed by an article', () => {
    expect(parse('Chương IV', 'Điều 1. A').nodes[0].heading).toBeNull();
  });

  it('keeps section keys unique when Mục numbering restarts in each chapter', () => {
    const o = parse(
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Mục 1. PHẠM VI',
      'Điều 1. A',
      'Mục 2',
      'ĐỐI TƯỢNG',
      'Điều 2. B',
      'Chương II',
      'QUY ĐỊNH CỤ THỂ',
      'Mục 1. TỔ CHỨC',
      'Điều 3. C',
      '1. Khoản một',
      'a) Điểm a',
    );
    expect(keys(o)).toEqual([
      'chuong-i',
      'chuong-i/muc-1',
      'chuong-i/muc-1/dieu-1',
      'chuong-i/muc-2',
      'chuong-i/muc-2/dieu-2',
      'chuong-ii',
      'chuong-ii/muc-1',
      'chuong-ii/muc-1/dieu-3',
      'chuong-ii/muc-1/dieu-3/khoan-1',
      'chuong-ii/muc-1/dieu-3/khoan-1/diem-a',
    ]);
    expect(node(o, 'chuong-i/muc-2')).toMatchObject({ label: 'Mục 2', heading: 'ĐỐI TƯỢNG' });
    expect(o.warnings).toEqual([]);
  });

  it('reads Phần thứ …, Phần I and Tiểu mục', () => {
    const o = parse(
      'PHẦN THỨ NHẤT',
      'NHỮNG QUY ĐỊNH CHUNG',
      'Chương I. PHẠM VI',
      'Mục 1. CHỦ THỂ',
      'Tiểu mục 1. CÁ NHÂN',
      'Điều 1. A',
      'Tiểu mục 2',
      'Điều 2. B',
      'Phần thứ hai: QUYỀN SỞ HỮU',
      'Chương II. CHIẾM HỮU',
      'Điều 3. C',
      'Phần III',
      'Điều 4. D',
    );
    expect(all(o).map((n) => [n.key, n.label, n.heading])).toEqual([
      ['phan-thu-nhat', 'Phần thứ nhất', 'NHỮNG QUY ĐỊNH CHUNG'],
      ['phan-thu-nhat/chuong-i', 'Chương I', 'PHẠM VI'],
      ['phan-thu-nhat/chuong-i/muc-1', 'Mục 1', 'CHỦ THỂ'],
      ['phan-thu-nhat/chuong-i/muc-1/tieu-muc-1', 'Tiểu mục 1', 'CÁ NHÂN'],
      ['phan-thu-nhat/chuong-i/muc-1/tieu-muc-1/dieu-1', 'Điều 1', 'A'],
      ['phan-thu-nhat/chuong-i/muc-1/tieu-muc-2', 'Tiểu mục 2', null],
      ['phan-thu-nhat/chuong-i/muc-1/tieu-muc-2/dieu-2', 'Điều 2', 'B'],
      ['phan-thu-hai', 'Phần thứ hai', 'QUYỀN SỞ HỮU'],
      ['phan-thu-hai/chuong-ii', 'Chương II', 'CHIẾM HỮU'],
      ['phan-thu-hai/chuong-ii/dieu-3', 'Điều 3', 'C'],
      ['phan-iii', 'Phần III', null],
      ['phan-iii/dieu-4', 'Điều 4', 'D'],
    ]);
    expect(all(o).map((n) => n.kind)).toEqual([
      'PART',
      'CHAPTER',
      'SECTION',
      'SUBSECTION',
      'ARTICLE',
      'SUBSECTION',
      'ARTICLE',
      'PART',
      'CHAPTER',
      'ARTICLE',
      'PART',
      'ARTICLE',
    ]);
  });
});

describe('parseLegalText: clauses and points', () => {
  it('gives "d)" and "đ)" distinct keys, and allows points directly under an article', () => {
    const o = parse('Điều 3. Giải thích', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'đ) Năm;', 'e) Sáu.');
    expect(keys(o)).toEqual([
      'dieu-3',
      'dieu-3/diem-a',
      'dieu-3/diem-b',
      'dieu-3/diem-c',
      'dieu-3/diem-d',
      'dieu-3/diem-dd',
      'dieu-3/diem-e',
    ]);
    expect(node(o, 'dieu-3/diem-dd')).toMatchObject({ label: 'Điểm đ', number: 'đ', text: 'Năm;' });
  });

  it('nests points in clauses: dieu-3/khoan-1/diem-dd', () => {
    const letters = ['a', 'b', 'c', 'd', 'đ'].map((l) => `${l}) Điểm ${l};`);
    const o = parse('Điều 3. X', '1. Khoản:', ...letters, '2. Khoản hai.');
    expect(node(o, 'dieu-3/khoan-1/diem-dd').text).toBe('Điểm đ;');
    expect(node(o, 'dieu-3/khoan-2').text).toBe('Khoản hai.');
  });

  it('accepts "a." points only when the list continues with "b."', () => {
    const o = parse(
      'Điều 1. X',
      '1. Có danh sách:',
      'a. Thứ nhất;',
      'b. Thứ hai.',
      '2. Không có danh sách:',
      'a. là chữ cái đầu của bảng chữ cái.',
    );
    expect(keys(o)).toEqual([
      'dieu-1',
      'dieu-1/khoan-1',
      'dieu-1/khoan-1/diem-a',
      'dieu-1/khoan-1/diem-b',
      'dieu-1/khoan-2',
    ]);
    expect(node(o, 'dieu-1/khoan-2').text).toBe('Không có danh sách:\na. là chữ cái đầu của bảng chữ cái.');
  });

  it('keeps "1)" items under a point as text of the point', () => {
    const o = parse('Điều 1. X', '1. Khoản:', 'a) Gồm:', '1) mục một;', '2) mục hai.');
    expect(node(o, 'dieu-1/khoan-1/diem-a').text).toBe('Gồm:\n1) mục một;\n2) mục hai.');
  });
});

describe('parseLegalText: messy numbering', () => {
  it('warns on a chapter numbering gap', () => {
    const o = parse('Chương I', 'Điều 1. A', 'Chương III', 'Điều 2. B');
    expect(keys(o)).toEqual(['chuong-i', 'chuong-i/dieu-1', 'chuong-iii', 'chuong-iii/dieu-2']);
    expect(o.warningDetails).toEqual([
      {
        code: 'CHAPTER_NUMBER_OUT_OF_SEQUENCE',
        message: 'Số chương không liên tiếp: Chương III đứng sau Chương I',
      },
    ]);
    expect(o.warnings).toEqual(o.warningDetails.map((w) => w.message));
  });

  it('warns on an article numbering gap', () => {
    const o = parse('Điều 3. A', 'Điều 5. B');
    expect(keys(o)).toEqual(['dieu-3', 'dieu-5']);
    expect(o.warningDetails).toEqual([
      { code: 'ARTICLE_NUMBER_GAP', message: 'Số điều bị ngắt quãng: sau Điều 3 là Điều 5' },
    ]);
  });

  it('suffixes a duplicate key with -2 and warns', () => {
    const o = parse('Điều 1. A', 'Điều 2. B', 'Điều 2. C', '1. x', 'Điều 3. D');
    expect(keys(o)).toEqual(['dieu-1', 'dieu-2', 'dieu-2-2', 'dieu-2-2/khoan-1', 'dieu-3']);
    expect(o.warningDetails.map((w) => w.code)).toEqual(['ARTICLE_NUMBER_OUT_OF_ORDER', 'DUPLICATE_KEY']);
    expect(o.warnings).toEqual([
      'Số điều không theo thứ tự: Điều 2 đứng sau Điều 2',
      'Hai quy định có cùng số: khóa "dieu-2" của quy định sau được đổi thành "dieu-2-2"',
    ]);
  });

  it('warns when clause numbering restarts', () => {
    const o = parse('Điều 1. A', '1. x', '2. y', '1. z');
    expect(keys(o)).toEqual(['dieu-1', 'dieu-1/khoan-1', 'dieu-1/khoan-2', 'dieu-1/khoan-1-2']);
    expect(o.warningDetails.map((w) => w.code)).toEqual(['CLAUSE_NUMBER_RESTART', 'DUPLICATE_KEY']);
    expect(o.warnings[0]).toBe('Điều 1: số khoản bắt đầu lại từ 1 (sau khoản 2)');
  });

  it('does not take a bare repeated "Điều 2" or a far jump in weak form as an article', () => {
    const o = parse('Điều 1. A', 'Điều 2. B', 'Điều 2', 'Điều 90 Khác');
    expect(keys(o)).toEqual(['dieu-1', 'dieu-2']);
    expect(node(o, 'dieu-2').text).toBe('Điều 2\nĐiều 90 Khác');
  });
});
