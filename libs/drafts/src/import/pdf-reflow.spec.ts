import type { PdfLine } from './pdf-line';
import { reflowPdfLines } from './pdf-reflow';

/**
 * A page laid out like the fixture: 12 pt text from x = 72 to 540, 14 pt between the lines of
 * a paragraph. `gap` before a line means paragraph spacing (23 pt); `width` is in characters.
 */
interface Spec {
  text: string;
  gap?: boolean;
  indent?: number;
  full?: boolean;
}

const CHAR = 6;

function page(specs: Array<Spec | string>, top = 708): PdfLine[] {
  let y = top + 14;
  return specs.map((s) => {
    const spec = typeof s === 'string' ? { text: s } : s;
    y -= spec.gap ? 23 : 14;
    const x = 72 + (spec.indent ?? 0);
    const right = spec.full ? 540 - CHAR : Math.min(x + spec.text.length * CHAR, 540);
    return { text: spec.text, x, right, y, size: 12 };
  });
}

describe('reflowPdfLines', () => {
  it('joins lines the layout wrapped and keeps paragraphs, headings and provisions apart', () => {
    const out = reflowPdfLines([
      page([
        'Chương II',
        { text: 'BẢO VỆ AN NINH MẠNG ĐỐI VỚI HỆ THỐNG THÔNG TIN QUAN', full: true },
        'TRỌNG VỀ AN NINH QUỐC GIA',
        { text: 'Điều 12. Đánh giá điều kiện an ninh mạng đối với hệ thống thông tin', full: true },
        'quan trọng về an ninh quốc gia',
        { text: '1. Hệ thống thông tin đang vận hành thì trong thời hạn', full: true },
        '12 tháng kể từ ngày Luật này có hiệu lực phải được đánh giá theo quy định tại',
        { text: 'Điều 12 của Luật này; trường hợp cần gia hạn không quá', full: true },
        '12 năm.',
        '2. Khoản này áp dụng cho Bộ Quốc phòng.',
      ]),
    ]);
    expect(out).toEqual([
      'Chương II',
      'BẢO VỆ AN NINH MẠNG ĐỐI VỚI HỆ THỐNG THÔNG TIN QUAN TRỌNG VỀ AN NINH QUỐC GIA',
      'Điều 12. Đánh giá điều kiện an ninh mạng đối với hệ thống thông tin quan trọng về an ninh quốc gia',
      '1. Hệ thống thông tin đang vận hành thì trong thời hạn 12 tháng kể từ ngày Luật này có hiệu lực phải được ' +
        'đánh giá theo quy định tại Điều 12 của Luật này; trường hợp cần gia hạn không quá 12 năm.',
      '2. Khoản này áp dụng cho Bộ Quốc phòng.',
    ]);
  });

  it('keeps a clause number that ends a wrapped reference in its sentence', () => {
    const out = reflowPdfLines([
      page([
        { text: 'Điều 5. Thẩm quyền', gap: true },
        { text: 'Bộ Công an thực hiện nhiệm vụ quy định tại khoản', full: true },
        '2. Điều này.',
      ]),
    ]);
    expect(out).toEqual([
      'Điều 5. Thẩm quyền',
      'Bộ Công an thực hiện nhiệm vụ quy định tại khoản 2. Điều này.',
    ]);
  });

  it('starts a new paragraph after paragraph spacing, an indent or a short line', () => {
    const out = reflowPdfLines([
      page([
        { text: 'Cơ sở dữ liệu quốc gia.', full: true },
        { text: 'Dịch vụ trực tuyến bao gồm chính phủ điện tử.', gap: true },
        { text: 'Nhà nước bảo đảm an ninh mạng cho mọi hoạt động trên không gian mạng quốc', full: true },
        { text: 'Tổ chức, cá nhân phối hợp.', indent: 36 },
        'Bộ Công an chủ trì.',
        'Bộ Quốc phòng phối hợp.',
      ]),
    ]);
    expect(out).toEqual([
      'Cơ sở dữ liệu quốc gia.',
      'Dịch vụ trực tuyến bao gồm chính phủ điện tử.',
      'Nhà nước bảo đảm an ninh mạng cho mọi hoạt động trên không gian mạng quốc',
      'Tổ chức, cá nhân phối hợp.',
      'Bộ Công an chủ trì.',
      'Bộ Quốc phòng phối hợp.',
    ]);
  });

  it('continues a sentence across a page break but not a provision', () => {
    const out = reflowPdfLines([
      page([
        'Điều 3. Chính sách',
        { text: 'Nhà nước ưu tiên bảo vệ an ninh mạng trong quốc phòng, an ninh, phát', full: true },
      ]),
      page(['triển kinh tế - xã hội.', 'Chương III']),
      page(['PHÒNG NGỪA, XỬ LÝ HÀNH VI XÂM PHẠM AN NINH MẠNG']),
    ]);
    expect(out).toEqual([
      'Điều 3. Chính sách',
      'Nhà nước ưu tiên bảo vệ an ninh mạng trong quốc phòng, an ninh, phát triển kinh tế - xã hội.',
      'Chương III',
      'PHÒNG NGỪA, XỬ LÝ HÀNH VI XÂM PHẠM AN NINH MẠNG',
    ]);
  });

  it('drops page numbers and running headers, never a provision', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        'BỘ TƯ PHÁP - DỰ THẢO 2',
        `Điều ${n}. Tiêu đề ${n}`,
        { text: `Nội dung của điều ${n}.`, gap: true },
        { text: n === 1 ? '1' : `- ${n} -`, gap: true },
      ]),
    );
    expect(reflowPdfLines(pages, 612)).toEqual([
      'Điều 1. Tiêu đề 1',
      'Nội dung của điều 1.',
      'Điều 2. Tiêu đề 2',
      'Nội dung của điều 2.',
      'Điều 3. Tiêu đề 3',
      'Nội dung của điều 3.',
    ]);
    // One page: nothing repeats, nothing is dropped.
    expect(reflowPdfLines([page(['Trang 1', 'Điều 1. A'])])).toEqual(['Trang 1', 'Điều 1. A']);
  });

  it('splits columns that a page prints side by side', () => {
    const left = page(['QUỐC HỘI', '--------']);
    const right = page(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'VIỆT NAM']).map((l) => ({
      ...l,
      x: l.x + 234,
      right: l.right + 234,
    }));
    expect(reflowPdfLines([[...left, ...right.map((l, i) => (i === 0 ? { ...l, right: 530 } : l))]])).toEqual(
      ['QUỐC HỘI', '--------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    );
  });
});
