import JSZip from 'jszip';
import type { ReportData, ReportEntry } from '../report/report.model';
import { reportDocx } from './report-docx';
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
  it('prints an answer given for several comments once, beside all of them', async () => {
    expect(reportRows(report).map((r) => r.commentId)).toEqual(['a', 'c', 'b']);
    const xml = await (
      await JSZip.loadAsync(await reportDocx(report))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml.split('Ban soạn thảo đã sửa khoản này.')).toHaveLength(2);
    const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)!.slice(1);
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[1]).toMatch(/<w:vMerge( w:val="continue")?\/>/);
    expect(rows[1]).toContain('Cường');
    expect(rows[2]).not.toContain('vMerge');
    expect(rows[2]).toContain('Chưa trả lời');
  });
});
