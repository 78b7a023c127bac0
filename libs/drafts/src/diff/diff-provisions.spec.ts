import { parseLegalText } from '../parser';
import { diffOutlines, matchProvisionKeys, outlineProvisions, ProvisionChange } from './index';

const V1 = [
  'LUẬT THAM VẤN CÔNG CHÚNG',
  'Chương I',
  'QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Luật này quy định về việc tham vấn công chúng đối với dự thảo văn bản quy phạm pháp luật.',
  'Điều 2. Đối tượng áp dụng',
  'Luật này áp dụng đối với cơ quan, tổ chức, cá nhân tham gia góp ý dự thảo.',
  'Điều 3. Giải thích từ ngữ',
  '1. Dự thảo là văn bản đang được lấy ý kiến của tổ chức, cá nhân.',
  '2. Góp ý là ý kiến của tổ chức, cá nhân về nội dung của dự thảo.',
  'Điều 4. Nguyên tắc tham vấn',
  '1. Công khai, minh bạch, khách quan trong việc lấy ý kiến.',
  '2. Bảo đảm thời hạn góp ý không ít hơn 30 ngày kể từ ngày đăng tải dự thảo.',
  'Chương II',
  'TỔ CHỨC THỰC HIỆN',
  'Điều 5. Trách nhiệm của cơ quan chủ trì',
  'Cơ quan chủ trì soạn thảo đăng tải dự thảo trên cổng thông tin điện tử và tổng hợp ý kiến góp ý.',
  'Điều 6. Kinh phí',
  'Kinh phí thực hiện tham vấn được bảo đảm từ ngân sách nhà nước.',
  'Điều 7. Hiệu lực thi hành',
  'Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.',
].join('\n');

// Điều 2 inserted (2→3, 3→4, 4→5, 5→6 renumbered), Điều 3's clause 2 edited, Điều 4 renamed,
// its clause 2 edited and a clause 3 added, Điều 6 removed, Điều 7 edited in place.
const V2 = [
  'LUẬT THAM VẤN CÔNG CHÚNG',
  'Chương I',
  'QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Luật này quy định về việc tham vấn công chúng đối với dự thảo văn bản quy phạm pháp luật.',
  'Điều 2. Chính sách của Nhà nước',
  'Nhà nước khuyến khích người dân tham gia xây dựng pháp luật qua môi trường điện tử.',
  'Điều 3. Đối tượng áp dụng',
  'Luật này áp dụng đối với cơ quan, tổ chức, cá nhân tham gia góp ý dự thảo.',
  'Điều 4. Giải thích từ ngữ',
  '1. Dự thảo là văn bản đang được lấy ý kiến của tổ chức, cá nhân.',
  '2. Góp ý là ý kiến bằng văn bản của tổ chức, cá nhân về nội dung của dự thảo.',
  'Điều 5. Nguyên tắc tham vấn công chúng',
  '1. Công khai, minh bạch, khách quan trong việc lấy ý kiến.',
  '2. Bảo đảm thời hạn góp ý không ít hơn 60 ngày kể từ ngày đăng tải dự thảo.',
  '3. Tiếp thu, giải trình đầy đủ các ý kiến góp ý.',
  'Chương II',
  'TỔ CHỨC THỰC HIỆN',
  'Điều 6. Trách nhiệm của cơ quan chủ trì',
  'Cơ quan chủ trì soạn thảo đăng tải dự thảo trên cổng thông tin điện tử và tổng hợp ý kiến góp ý.',
  'Điều 7. Hiệu lực thi hành',
  'Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.',
].join('\n');

const summary = (c: ProvisionChange) => [c.change, c.fromKey, c.toKey, c.label, c.textChanged];

describe('diffOutlines on a renumbered, edited second version', () => {
  const changes = diffOutlines(parseLegalText(V1), parseLegalText(V2));

  it('reports exactly the changed provisions, in the new document order', () => {
    expect(changes.map(summary)).toEqual([
      ['ADDED', null, 'chuong-i/dieu-2', 'Điều 2', true],
      ['MOVED', 'chuong-i/dieu-2', 'chuong-i/dieu-3', 'Điều 3', false],
      ['MOVED', 'chuong-i/dieu-3', 'chuong-i/dieu-4', 'Điều 4', false],
      ['MODIFIED', 'chuong-i/dieu-3/khoan-2', 'chuong-i/dieu-4/khoan-2', 'Khoản 2', true],
      ['MOVED', 'chuong-i/dieu-4', 'chuong-i/dieu-5', 'Điều 5', true],
      ['MODIFIED', 'chuong-i/dieu-4/khoan-2', 'chuong-i/dieu-5/khoan-2', 'Khoản 2', true],
      ['ADDED', null, 'chuong-i/dieu-5/khoan-3', 'Khoản 3', true],
      ['MOVED', 'chuong-ii/dieu-5', 'chuong-ii/dieu-6', 'Điều 6', false],
      ['REMOVED', 'chuong-ii/dieu-6', null, 'Điều 6', true],
      ['MODIFIED', 'chuong-ii/dieu-7', 'chuong-ii/dieu-7', 'Điều 7', true],
    ]);
  });

  it('gives word-level diffs of heading and text', () => {
    const byTo = (key: string) => changes.find((c) => c.toKey === key);
    expect(byTo('chuong-i/dieu-2')?.wordDiff).toEqual([
      {
        op: 'INSERT',
        text:
          'Chính sách của Nhà nước\n' +
          'Nhà nước khuyến khích người dân tham gia xây dựng pháp luật qua môi trường điện tử.',
      },
    ]);
    expect(byTo('chuong-i/dieu-3')?.wordDiff).toEqual([
      { op: 'EQUAL', text: 'Đối tượng áp dụng\n' + V1.split('\n')[6] },
    ]);
    expect(byTo('chuong-i/dieu-4/khoan-2')?.wordDiff).toEqual([
      { op: 'EQUAL', text: 'Góp ý là ý kiến ' },
      { op: 'INSERT', text: 'bằng văn bản ' },
      { op: 'EQUAL', text: 'của tổ chức, cá nhân về nội dung của dự thảo.' },
    ]);
    expect(byTo('chuong-i/dieu-5')?.wordDiff).toEqual([
      { op: 'EQUAL', text: 'Nguyên tắc tham vấn' },
      { op: 'INSERT', text: ' công chúng' },
    ]);
    expect(byTo('chuong-i/dieu-5/khoan-2')?.wordDiff).toEqual([
      { op: 'EQUAL', text: 'Bảo đảm thời hạn góp ý không ít hơn ' },
      { op: 'DELETE', text: '30' },
      { op: 'INSERT', text: '60' },
      { op: 'EQUAL', text: ' ngày kể từ ngày đăng tải dự thảo.' },
    ]);
    expect(changes.find((c) => c.change === 'REMOVED')?.wordDiff).toEqual([
      { op: 'DELETE', text: 'Kinh phí\nKinh phí thực hiện tham vấn được bảo đảm từ ngân sách nhà nước.' },
    ]);
    expect(byTo('chuong-ii/dieu-7')?.wordDiff).toEqual([
      { op: 'EQUAL', text: 'Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng ' },
      { op: 'DELETE', text: '01' },
      { op: 'INSERT', text: '7' },
      { op: 'EQUAL', text: ' năm 2026.' },
    ]);
  });

  it('labels moves with both numbers', () => {
    const moved = changes.find((c) => c.fromKey === 'chuong-i/dieu-4');
    expect(moved).toMatchObject({ fromLabel: 'Điều 4', toLabel: 'Điều 5', label: 'Điều 5', kind: 'ARTICLE' });
  });

  it('matches keys for comment carry-over, unchanged ones included', () => {
    const pairs = matchProvisionKeys(
      outlineProvisions(parseLegalText(V1)),
      outlineProvisions(parseLegalText(V2)),
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['chuong-i/dieu-1', 'chuong-i/dieu-1'],
        ['chuong-i/dieu-3/khoan-1', 'chuong-i/dieu-4/khoan-1'],
        ['chuong-ii', 'chuong-ii'],
        ['chuong-ii/dieu-7', 'chuong-ii/dieu-7'],
      ]),
    );
    expect(pairs.some(([from]) => from === 'chuong-ii/dieu-6')).toBe(false);
    expect(pairs.some(([, to]) => to === 'chuong-i/dieu-2')).toBe(false);
  });
});

describe('diffOutlines, other cases', () => {
  const law = (...lines: string[]) => parseLegalText(lines.join('\n'));

  it('reports nothing for identical versions', () => {
    expect(diffOutlines(parseLegalText(V1), parseLegalText(V1))).toEqual([]);
  });

  it('keeps an article rewritten at its own number as MODIFIED, not removed and added', () => {
    const changes = diffOutlines(
      law(
        'Điều 1. Phạm vi',
        'Nghị định này quy định chi tiết về tham vấn.',
        'Điều 2. Hiệu lực',
        'Có hiệu lực từ ngày ký.',
      ),
      law(
        'Điều 1. Phạm vi',
        'Nghị định này quy định chi tiết về tham vấn.',
        'Điều 2. Điều khoản chuyển tiếp',
        'Hồ sơ đã nộp được giải quyết theo quy định cũ.',
      ),
    );
    expect(changes.map(summary)).toEqual([['MODIFIED', 'dieu-2', 'dieu-2', 'Điều 2', true]]);
  });

  it('reports an article moved to another chapter under its own number as MOVED', () => {
    const body = 'Cơ quan chủ trì soạn thảo đăng tải dự thảo và tổng hợp ý kiến của tổ chức, cá nhân.';
    const changes = diffOutlines(
      law(
        'Chương I',
        'CHUNG',
        'Điều 1. Phạm vi',
        'Quy định về tham vấn.',
        'Điều 2. Trách nhiệm',
        body,
        'Chương II',
        'THI HÀNH',
        'Điều 3. Hiệu lực',
        'Có hiệu lực.',
      ),
      law(
        'Chương I',
        'CHUNG',
        'Điều 1. Phạm vi',
        'Quy định về tham vấn.',
        'Chương II',
        'THI HÀNH',
        'Điều 2. Trách nhiệm',
        body,
        'Điều 3. Hiệu lực',
        'Có hiệu lực.',
      ),
    );
    expect(changes.map(summary)).toEqual([['MOVED', 'chuong-i/dieu-2', 'chuong-ii/dieu-2', 'Điều 2', false]]);
  });

  it('reports an unmatched provision and its children as removed', () => {
    const changes = diffOutlines(
      law(
        'Điều 1. Phạm vi',
        'Quy định về tham vấn.',
        'Điều 2. Kinh phí',
        '1. Ngân sách nhà nước.',
        '2. Nguồn hợp pháp khác.',
      ),
      law('Điều 1. Phạm vi', 'Quy định về tham vấn.'),
    );
    expect(changes.map(summary)).toEqual([
      ['REMOVED', 'dieu-2', null, 'Điều 2', true],
      ['REMOVED', 'dieu-2/khoan-1', null, 'Khoản 1', true],
      ['REMOVED', 'dieu-2/khoan-2', null, 'Khoản 2', true],
    ]);
  });

  it('keeps word-for-word identical clauses with their own article', () => {
    const tail = 'Chính phủ quy định chi tiết Điều này.';
    const changes = diffOutlines(
      law(
        'Điều 1. Góp ý',
        '1. Người dân góp ý trực tuyến.',
        `2. ${tail}`,
        'Điều 2. Trả lời',
        '1. Cơ quan trả lời công khai.',
        `2. ${tail}`,
      ),
      law(
        'Điều 1. Góp ý',
        '1. Người dân góp ý trực tuyến.',
        '2. Tổ chức góp ý bằng văn bản.',
        `3. ${tail}`,
        'Điều 2. Trả lời',
        '1. Cơ quan trả lời công khai.',
        '2. Câu trả lời được lưu trữ.',
        `3. ${tail}`,
      ),
    );
    expect(changes.map(summary)).toEqual([
      ['ADDED', null, 'dieu-1/khoan-2', 'Khoản 2', true],
      ['MOVED', 'dieu-1/khoan-2', 'dieu-1/khoan-3', 'Khoản 3', false],
      ['ADDED', null, 'dieu-2/khoan-2', 'Khoản 2', true],
      ['MOVED', 'dieu-2/khoan-2', 'dieu-2/khoan-3', 'Khoản 3', false],
    ]);
  });
});
