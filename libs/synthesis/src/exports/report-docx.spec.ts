import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportData, ReportEntry } from '../report/report.model';
import { reportDocx, TOPIC_SUMMARY_TITLE, topicSummary } from './report-docx';
import { reportRows } from './report-rows';

const figures = {
  commentCount: 3,
  distinctCount: 3,
  participantCount: 3,
  answeredCount: 2,
  acceptedCount: 2,
  notAcceptedCount: 0,
  explainedCount: 0,
  stanceCounts: { support: 0, oppose: 0, amend: 3, question: 0, neutral: 0 },
  organizationComments: 0,
  individualComments: 3,
  organizationParticipants: 0,
  individualParticipants: 3,
  verifiedComments: 0,
  campaignComments: 0,
  provinces: [],
  timeline: [],
};
const entry = (id: string, sender: string, responseId: string | null): ReportEntry => ({
  commentId: id,
  text: `Ý kiến ${id}`,
  proposedText: null,
  stance: 'AMEND',
  size: 1,
  senders: [sender],
  responseId,
  disposition: responseId ? 'ACCEPTED' : null,
  explanation: responseId ? 'Ban soạn thảo đã sửa khoản này.' : null,
  provisionLabel: 'Khoản 1 Điều 2',
});
const report: ReportData = {
  ...figures,
  draftId: 'd',
  title: 'Dự thảo Luật Thử nghiệm',
  agencyName: 'Bộ Thử nghiệm',
  generatedAt: '2026-12-05T00:00:00.000Z',
  publishedAt: null,
  campaigns: [],
  general: [],
  provisions: [
    {
      ...figures,
      provisionId: 'p',
      key: 'dieu-2/khoan-1',
      label: 'Khoản 1',
      fullLabel: 'Khoản 1 Điều 2',
      heading: null,
      entries: [entry('a', 'An', 'r1'), entry('b', 'Bình', null), entry('c', 'Cường', 'r1')],
    },
  ],
};

describe('report .docx', () => {
  it('has the form of an administrative document: Quốc hiệu, Tiêu ngữ, number, date line, name, period, signature', async () => {
    const zip = await JSZip.loadAsync(
      await reportDocx({
        ...report,
        opensAt: '2026-11-01T01:00:00.000Z',
        closesAt: '2026-12-01T16:00:00.000Z',
      }),
    );
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = (xml.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, '')).join('|');
    for (const expected of [
      'BỘ THỬ NGHIỆM',
      'Số: …/BC-…',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '…, ngày … tháng … năm …',
      'BÁO CÁO',
      'Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với Dự thảo Luật Thử nghiệm',
      'Thời gian lấy ý kiến: từ ngày 01/11/2026 đến ngày 01/12/2026',
      'Nơi nhận:',
      'QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ',
    ])
      expect(text).toContain(expected);
    // A4 landscape; a page number in the footer.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    expect(await zip.file(footers[0])!.async('string')).toMatch(/PAGE/);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('Times New Roman');
  });

  it("summarises each article's topics before the detailed table, and nothing when there are none", async () => {
    const withTopics: ReportData = {
      ...report,
      provisions: report.provisions.map((p) => ({
        ...p,
        topics: [
          {
            label: 'sự đồng ý · thu thập dữ liệu',
            phrases: ['sự đồng ý', 'thu thập dữ liệu'],
            size: 2,
            commentCount: 5,
            other: false,
            representativeText: `Đề nghị **quy định rõ** việc thu thập dữ liệu phải có sự đồng ý. ${'Rất dài. '.repeat(40)}`,
            stanceCounts: { support: 0, oppose: 1, amend: 4, question: 0, neutral: 0 },
          },
          {
            label: 'Ý kiến khác',
            phrases: [],
            size: 1,
            commentCount: 1,
            other: true,
            representativeText: null,
            stanceCounts: { support: 0, oppose: 0, amend: 0, question: 0, neutral: 1 },
          },
        ],
      })),
    };
    const xml = await (
      await JSZip.loadAsync(await reportDocx(withTopics))
    )
      .file('word/document.xml')!
      .async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    const title = text.indexOf(TOPIC_SUMMARY_TITLE);
    expect(title).toBeGreaterThan(0);
    // Before the table, whose first header is "STT".
    expect(title).toBeLessThan(text.indexOf('Ý kiến a'));
    expect(text).toContain(
      'sự đồng ý · thu thập dữ liệu: 2 ý kiến (phản đối 1, đề xuất sửa đổi 4). Tiêu biểu: “Đề nghị quy định rõ việc thu thập dữ liệu phải có sự đồng ý.',
    );
    expect(text).toContain('Ý kiến khác: 1 ý kiến (trung lập 1).');
    // The excerpt is cut at a word, not the whole comment.
    expect(text).toMatch(/Rất( dài\.)?…”Ý kiến khác/);
    expect(text).not.toContain('Rất dài. '.repeat(35));
    expect(topicSummary(withTopics)[0].provision).toBe('Khoản 1 Điều 2');

    const without = await (
      await JSZip.loadAsync(await reportDocx(report))
    )
      .file('word/document.xml')!
      .async('string');
    expect(without).not.toContain(TOPIC_SUMMARY_TITLE);
  });

  it('prints an answer given for several comments once, beside all of them', async () => {
    expect(reportRows(report).map((r) => r.commentId)).toEqual(['a', 'c', 'b']);
    const bytes = await reportDocx(report);
    // REPORT_DOCX_OUT=file.docx keeps the sample to look at (LibreOffice renders it: docs/synthesis.md).
    if (process.env.REPORT_DOCX_OUT) writeFileSync(process.env.REPORT_DOCX_OUT, bytes);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml.split('Ban soạn thảo đã sửa khoản này.')).toHaveLength(2);
    // The table's rows of entries (the heading and the signature are tables too).
    const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)!.filter((r) => r.includes('Ý kiến '));
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[1]).toMatch(/<w:vMerge( w:val="continue")?\/>/);
    expect(rows[1]).toContain('Cường');
    expect(rows[2]).not.toContain('vMerge');
    expect(rows[2]).toContain('Chưa trả lời');
  });

  it('writes any text a person typed without breaking the file: escaped, and nothing XML forbids', async () => {
    const typed = 'Mức phạt < 5 triệu & > 1 triệu "đúng" \u0007chuông \ud800 <w:p>';
    const bytes = await reportDocx(withEntries([{ ...entry('x', 'Dũng <b>', null), text: typed }]));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = wellFormedText(xml);
    expect(text).toContain('Mức phạt < 5 triệu & > 1 triệu "đúng" chuông  <w:p>');
    expect(text).toContain('Dũng <b>');
  });

  it('writes thousands of rows a few hundred at a time, letting the event loop run between them', async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => ({
      ...entry(`n${i}`, `Người ${i}`, i % 3 ? null : `r${i}`),
      text: `**Ý kiến số ${i}**\n\n- một\n- hai`,
      proposedText: i % 2 ? `Sửa thành *${i}*` : null,
    }));
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const bytes = await reportDocx(withEntries(entries));
    counting = false;
    // 3,000 rows at 100 a turn: the loop ran at least between each batch.
    expect(turns).toBeGreaterThanOrEqual(30);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    wellFormedText(xml);
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!.filter((r) => r.includes('<w:tcBorders>'));
    expect(rows).toHaveLength(1 + 3000);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[3000]).toContain('Ý kiến số 2999');
    expect(rows[3000]).toContain('Đề xuất: ');
  });

  // LibreOffice opens what Word opens only if it is well-formed OOXML; it is the reader the
  // docs' page images come from (docs/report/).
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  const withOffice = soffice && existsSync('/usr/bin/pdftotext') ? it : it.skip;
  if (!soffice)
    process.stderr.write(
      '[report .docx] LibreOffice check skipped: apt-get install libreoffice-writer-nogui poppler-utils\n',
    );
  withOffice(
    'opens in LibreOffice, which prints the heading, the table and the signature block',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'thamvan-docx-'));
      try {
        writeFileSync(join(dir, 'bao-cao.docx'), await reportDocx(report));
        execFileSync(
          soffice!,
          [
            '--headless',
            `-env:UserInstallation=file://${dir}/profile`,
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            join(dir, 'bao-cao.docx'),
          ],
          { stdio: 'ignore', timeout: 120_000 },
        );
        const text = execFileSync('/usr/bin/pdftotext', ['-layout', join(dir, 'bao-cao.pdf'), '-'], {
          encoding: 'utf8',
        });
        for (const expected of [
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Tiếp thu, giải trình',
          'Ý kiến c',
          'Cường',
          'Họ và tên',
        ])
          expect(text).toContain(expected);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});

function withEntries(entries: ReportEntry[]): ReportData {
  return { ...report, provisions: [{ ...report.provisions[0], entries }] };
}

/** The document's runs of text, after a strict XML 1.0 parse (Word refuses a file that is not well-formed). */
function wellFormedText(xml: string): string {
  const problems: string[] = [];
  const texts: string[] = [];
  let inText = false;
  const parser = new SaxesParser();
  parser.on('error', (error) => problems.push(error.message));
  parser.on('opentag', (tag) => (inText = tag.name === 'w:t'));
  parser.on('closetag', () => (inText = false));
  parser.on('text', (text) => {
    if (inText) texts.push(text);
  });
  parser.write(xml).close();
  expect(problems).toEqual([]);
  return texts.join('|');
}
