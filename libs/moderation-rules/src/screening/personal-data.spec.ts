import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIGIT_RUN, digitRuns, MASKS, maskPersonalData } from './personal-data';

const nfd = (s: string) => s.normalize('NFD');

describe(maskPersonalData.name, () => {
  it.each([
    ['Liên hệ tôi qua số 0912345678 nhé', 'Liên hệ tôi qua số [số điện thoại đã ẩn] nhé'],
    ['Gọi 0912 345 678 để trao đổi', 'Gọi [số điện thoại đã ẩn] để trao đổi'],
    ['Gọi 0912.345.678 để trao đổi', 'Gọi [số điện thoại đã ẩn] để trao đổi'],
    ['SĐT: 091-234-5678.', 'SĐT: [số điện thoại đã ẩn].'],
    ['Số của tôi là +84 912 345 678', 'Số của tôi là [số điện thoại đã ẩn]'],
    ['Số của tôi là (+84) 912.345.678', 'Số của tôi là [số điện thoại đã ẩn]'],
    ['Số của tôi là +84912345678', 'Số của tôi là [số điện thoại đã ẩn]'],
    ['gọi 0 9 1 2 3 4 5 6 7 8 ngay', 'gọi [số điện thoại đã ẩn] ngay'],
    ['Máy bàn 024 3825 1234 giờ hành chính', 'Máy bàn [số điện thoại đã ẩn] giờ hành chính'],
    ['Zalo 0387654321, 0587654321', 'Zalo [số điện thoại đã ẩn], [số điện thoại đã ẩn]'],
  ])('masks the phone number in %j', (text, masked) => {
    const result = maskPersonalData(text);
    expect(result.masked).toBe(masked);
    expect(result.findings[0]).toMatchObject({ rule: 'PERSONAL_DATA', kind: 'PHONE' });
  });

  it('masks e-mail addresses, with Vietnamese around them', () => {
    const result = maskPersonalData('Gửi góp ý về nguyen.van.an@gmail.com hoặc an_nv@bo-tu-phap.gov.vn.');
    expect(result.masked).toBe(`Gửi góp ý về ${MASKS.EMAIL} hoặc ${MASKS.EMAIL}.`);
    expect(result.findings).toEqual([{ rule: 'PERSONAL_DATA', kind: 'EMAIL', count: 2 }]);
  });

  it.each([
    'Số CCCD của tôi: 001203004567',
    'CCCD 079 203 004 567 cấp ngày 12/3/2021',
    'căn cước 036.095.001.234',
  ])('masks the 12-digit citizen ID in %j', (text) => {
    const result = maskPersonalData(text);
    expect(result.masked).toContain(MASKS.NATIONAL_ID);
    expect(result.masked).not.toMatch(/\d{3}[ .]?\d{3}[ .]?\d{3}[ .]?\d{3}/);
  });

  it('masks a 9-digit old ID after an identity word, not a 9-digit amount', () => {
    expect(maskPersonalData('Tôi có CMND số 123456789 cấp năm 2010').masked).toBe(
      `Tôi có CMND số ${MASKS.NATIONAL_ID} cấp năm 2010`,
    );
    expect(maskPersonalData('chứng minh nhân dân: 212 345 678').masked).toBe(
      `chứng minh nhân dân: ${MASKS.NATIONAL_ID}`,
    );
    expect(maskPersonalData('Mức phạt 150000000 đồng là quá cao').masked).toBeNull();
  });

  it('masks bank account numbers next to bank words only', () => {
    expect(maskPersonalData('Ủng hộ vào STK 0071000123456 Vietcombank').masked).toBe(
      `Ủng hộ vào STK ${MASKS.BANK_ACCOUNT} Vietcombank`,
    );
    expect(maskPersonalData('tài khoản ngân hàng BIDV: 2151 0000 123 456').masked).toBe(
      `tài khoản ngân hàng BIDV: ${MASKS.BANK_ACCOUNT}`,
    );
    expect(maskPersonalData('Điều 12 của luật quy định về tài khoản ngân hàng').masked).toBeNull();
  });

  it('finds phone numbers written in NFD', () => {
    const result = maskPersonalData(nfd('Điện thoại liên hệ: 0912 345 678, gặp chị Hằng'));
    expect(result.findings).toEqual([{ rule: 'PERSONAL_DATA', kind: 'PHONE', count: 1 }]);
    expect(result.masked).toBe('Điện thoại liên hệ: [số điện thoại đã ẩn], gặp chị Hằng');
  });

  it('masks only the phone in a run that starts with an article number', () => {
    expect(maskPersonalData('Điều 12 0912345678').masked).toBe(`Điều 12 ${MASKS.PHONE}`);
  });

  it.each([
    'Đề nghị sửa Điều 12 và khoản 3 Điều 45 của dự thảo.',
    'Theo Luật An ninh mạng số 24/2018/QH14 ngày 12/6/2018.',
    'Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
    'Thông tư 01/2024/TT-BTP có hiệu lực từ ngày 01.01.2025.',
    'Mức phạt từ 1.500.000.000 đồng đến 3.000.000.000 đồng.',
    'Khoản 2, 3, 4 Điều 8; điểm a, b khoản 1 Điều 26.',
    'Năm 2024 có 1.234.567 ý kiến; tỷ lệ 12,5%.',
    'Mã số thuế doanh nghiệp ghi trên hóa đơn.',
    'Chương II, Mục 3, từ Điều 15 đến Điều 21.',
    'Quốc hội khóa XV, kỳ họp thứ 7, ngày 20 tháng 6 năm 2024.',
  ])('leaves %j alone', (text) => {
    expect(maskPersonalData(text)).toEqual({ masked: null, findings: [] });
  });
});

describe(digitRuns.name, () => {
  const law = readFileSync(
    join(__dirname, '../../../../test/fixtures/laws/luat-an-ninh-mang-2018.txt'),
    'utf8',
  );
  const tricky = [
    'Gọi 0912 345 678 hoặc +84 (0) 912-345-678, CCCD 001203004567',
    'x1 23 và QH14 và 24/2018/QH14',
    '𝐀12 345 (a letter outside the BMP before the digits)',
    'a(12)+3 ((1 +(+1 +',
    '١٢٣ 12 (Arabic-Indic digits are numbers)',
    '0 9 1 2 3 4 5 6 7 8',
    'a\uDC000912345678 (a lone low surrogate before the digits)',
  ];
  it('finds what DIGIT_RUN finds, in every line of a law and in tricky text', () => {
    const texts = [...law.split('\n').filter((l) => /\d/.test(l)), ...tricky];
    const found = texts.map((text) => ({ text, runs: digitRuns(text) }));
    const expected = texts.map((text) => ({
      text,
      runs: [...text.matchAll(DIGIT_RUN)].map((m) => ({ index: m.index, run: m[0] })),
    }));
    expect(found).toEqual(expected);
    expect(found.flatMap((f) => f.runs).length).toBeGreaterThan(100);
  });
});

describe('masking what hides behind look-alike and invisible characters', () => {
  it.each([
    ['a zero-width space inside a phone number', 'Gọi 0912\u200b345679 nhé', 'Gọi [số điện thoại đã ẩn] nhé'],
    ['full-width digits', 'Số ０９１２３４５６７０ đây', 'Số [số điện thoại đã ẩn] đây'],
    ['mathematical digits', 'SĐT 𝟎𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟎', 'SĐT [số điện thoại đã ẩn]'],
    ['a full-width e-mail address', 'Thư: ａｎ＠ｖｉｄｕ．ｖｎ.', 'Thư: [email đã ẩn].'],
    ['a word joiner between digit groups', '0912\u2060345\u2060678', '[số điện thoại đã ẩn]'],
  ])('masks %s in the text as written', (_what, text, masked) => {
    expect(maskPersonalData(text).masked).toBe(masked);
  });

  it('leaves compatibility characters that are not personal data as they are', () => {
    expect(maskPersonalData('Diện tích 120 m² theo Điều ５').masked).toBeNull();
  });
});
