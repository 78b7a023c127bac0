import { screenAbusiveLanguage, WordList } from './abusive-language';

describe(screenAbusiveLanguage.name, () => {
  it.each([
    ['Bọn soạn thảo này ngu như lồn', 'lồn'],
    ['ĐỊT MẸ cái dự thảo', 'địt mẹ'],
    ['thằng chó nào viết điều này', 'thằng chó'],
    ['dm cái luật', 'dm'],
    ['What a fucking joke', 'fucking'],
    ['This article is bullshit, total shit', 'shit'],
  ])('holds %j', (text, word) => {
    const result = screenAbusiveLanguage(text);
    expect(result.hold).toBe(true);
    expect(result.findings.map((f) => f.detail)).toContain(word);
  });

  it('matches NFD input (decomposed marks) like NFC', () => {
    const result = screenAbusiveLanguage('Đồ chó, cút đi'.normalize('NFD'));
    expect(result.hold).toBe(true);
    expect(result.findings[0]).toMatchObject({ rule: 'ABUSIVE_LANGUAGE', kind: 'WORD', detail: 'đồ chó' });
  });

  it.each([
    'Các bạn dự thảo cần làm rõ buổi họp lớn về an ninh mạng.',
    'Đề nghị bổ sung điểm đ khoản 2: người dùng phải đeo thẻ khi đi vào khu vực.',
    'Luật thú y quy định về súc vật; quả óc chó không thuộc phạm vi điều chỉnh.',
    'Tôi đồng ý với các quy định tại Điều 8 về buổi làm việc và dự toán lớn.',
    'Cac ban du thao can lam ro buoi hop lon ve an ninh mang.',
    'De nghi bo sung diem d khoan 2, nguoi dung phai deo the khi di vao.',
    'Class, assessment and Scunthorpe are ordinary words.',
  ])('lets the everyday comment %j pass', (text) => {
    expect(screenAbusiveLanguage(text)).toEqual({ findings: [], hold: false });
  });

  it('uses the folded list only for text written entirely without marks', () => {
    expect(screenAbusiveLanguage('du ma cai luat nay').hold).toBe(true);
    // One marked word: the writer types marks, so "du ma" is not read as "đụ má".
    expect(screenAbusiveLanguage('du ma dự thảo').hold).toBe(false);
  });

  it('matches whole words and phrases in order only', () => {
    const list = new WordList(['con đĩ', 'fuck']);
    expect(list.find(['con', 'đĩ'])).toEqual(['con đĩ']);
    expect(list.find(['đĩ', 'con'])).toEqual([]);
    expect(list.find(['fuckers'])).toEqual([]);
  });
});
