import { reportFileName, responseText } from './report-rows';

describe('report rows', () => {
  it('says the disposition once, when the officer’s text does not already start with it', () => {
    expect(responseText({ disposition: 'ACCEPTED', explanation: 'Ban soạn thảo đã sửa.' })).toBe(
      'Tiếp thu: Ban soạn thảo đã sửa.',
    );
    expect(responseText({ disposition: 'ACCEPTED', explanation: 'Tiếp thu. Ban soạn thảo đã sửa.' })).toBe(
      'Tiếp thu. Ban soạn thảo đã sửa.',
    );
    expect(responseText({ disposition: 'PARTIALLY_ACCEPTED', explanation: 'tiep thu mot phan, vi …' })).toBe(
      'tiep thu mot phan, vi …',
    );
    expect(responseText({ disposition: 'NOT_ACCEPTED', explanation: 'Tiếp thu không được vì …' })).toBe(
      'Không tiếp thu: Tiếp thu không được vì …',
    );
    expect(responseText({ disposition: 'EXPLAINED', explanation: null })).toBe('Giải trình');
    expect(responseText({ disposition: null, explanation: null })).toBe('Chưa trả lời');
  });

  it('names the file after the draft and the day in Vietnam', () => {
    const report = {
      title: 'Dự thảo Luật Đất đai (sửa đổi)',
      publishedAt: '2026-12-04T18:30:00.000Z',
      generatedAt: '',
    };
    expect(reportFileName(report, 'docx')).toBe(
      'bao-cao-tiep-thu-giai-trinh-du-thao-luat-dat-dai-sua-doi-2026-12-05.docx',
    );
    const long = {
      title:
        'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Đất đai về bồi thường, hỗ trợ, tái định cư',
      publishedAt: null,
      generatedAt: '2026-12-05T01:00:00.000Z',
    };
    const name = reportFileName(long, 'csv');
    expect(name).toMatch(
      /^bao-cao-tiep-thu-giai-trinh-nghi-dinh-quy-dinh-chi-tiet-[a-z0-9-]+-2026-12-05\.csv$/,
    );
    expect(name.length).toBeLessThanOrEqual(
      'bao-cao-tiep-thu-giai-trinh-'.length + 80 + '-2026-12-05.csv'.length,
    );
    expect(name).not.toMatch(/--|-bo-2026|-bo$/);
  });
});
