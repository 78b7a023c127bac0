import { keys, node, parse } from './parser.test-helpers';

describe('parseLegalText: carelessly numbered clauses', () => {
  it('reads "2..", "4.. ", "10.X" and "1 X" as clauses when they are next in sequence', () => {
    const clauses = [
      '1. Một.',
      '2..Thông tin số.',
      '3. Ba.',
      '4.. Cơ sở.',
      '5. Năm.',
      '6. Sáu.',
      '7. Bảy.',
      '8. Tám.',
      '9. Chín.',
      '10.Phần cứng.',
    ];
    const o = parse('Điều 4. Giải thích từ ngữ', ...clauses);
    expect(keys(o)).toEqual(['dieu-4', ...clauses.map((_, i) => `dieu-4/khoan-${i + 1}`)]);
    expect(node(o, 'dieu-4/khoan-2').text).toBe('Thông tin số.');
    expect(node(o, 'dieu-4/khoan-4').text).toBe('Cơ sở.');
    expect(node(o, 'dieu-4/khoan-10').text).toBe('Phần cứng.');
    expect(o.warnings).toEqual(['Điều 4: khoản 2 viết "2.."', 'Điều 4: khoản 4 viết "4.."']);
    expect(o.warningDetails.map((w) => w.code)).toEqual(['CLAUSE_NUMBER_GUESSED', 'CLAUSE_NUMBER_GUESSED']);
  });

  it('reads "1 X" / "2 X" / "3. X" mixed in one article', () => {
    const o = parse('Điều 2. Đối tượng áp dụng', '1 Cá nhân.', '2 Tổ chức.', '3. Cơ quan nhà nước.');
    expect(keys(o)).toEqual(['dieu-2', 'dieu-2/khoan-1', 'dieu-2/khoan-2', 'dieu-2/khoan-3']);
    expect(node(o, 'dieu-2/khoan-1').text).toBe('Cá nhân.');
    expect(o.warnings).toEqual(['Điều 2: khoản 1 viết "1"', 'Điều 2: khoản 2 viết "2"']);
  });

  it('keeps a number that breaks the sequence as text (a year, a quantity)', () => {
    const o = parse('Điều 3. Lịch sử', '1. Một.', '2018 Là năm ban hành.', '5 Bộ trưởng ký.', '2. Hai.');
    expect(keys(o)).toEqual(['dieu-3', 'dieu-3/khoan-1', 'dieu-3/khoan-2']);
    expect(node(o, 'dieu-3/khoan-1').text).toBe('Một.\n2018 Là năm ban hành.\n5 Bộ trưởng ký.');
    expect(o.warnings).toEqual([]);
  });

  it('keeps "12 năm" and amounts as text', () => {
    const o = parse('Điều 3. A', '1. Một.', '2 năm sau.', '2.000.000 đồng.');
    expect(keys(o)).toEqual(['dieu-3', 'dieu-3/khoan-1']);
  });

  it('removes a soft hyphen (U+00AD) from imported text', () => {
    const o = parse('Điều 1. Phạm vi', 'Thông\u00ADtin số.');
    expect(node(o, 'dieu-1').text).toBe('Thôngtin số.');
  });
});
