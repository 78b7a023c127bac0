import type { Figures, ReportData, ReportEntry } from '../report/report.model';
import { reportCsv } from './report-csv';
import { reportRows, WITHDRAWN_NOTE } from './report-rows';
import { withholdHidden } from '../report/withhold-hidden';

const none: Figures = {
  commentCount: 0,
  distinctCount: 0,
  participantCount: 0,
  answeredCount: 0,
  stanceCounts: { support: 0, oppose: 0, amend: 0, question: 0, neutral: 0 },
  organizationComments: 0,
  individualComments: 0,
  organizationParticipants: 0,
  individualParticipants: 0,
  verifiedComments: 0,
  campaignComments: 0,
  provinces: [],
  timeline: [],
};
const entry = (over: Partial<ReportEntry>): ReportEntry => ({
  commentId: 'c1',
  text: 'Ý kiến',
  proposedText: null,
  stance: null,
  size: 1,
  senders: ['Nguyễn Văn A'],
  disposition: null,
  explanation: null,
  provisionLabel: null,
  ...over,
});

function report(entries: ReportEntry[], general: ReportEntry[] = []): ReportData {
  return {
    draftId: 'd',
    title: 'Dự thảo',
    agencyName: 'Bộ',
    generatedAt: '2026-11-22T00:00:00.000Z',
    publishedAt: null,
    ...none,
    campaigns: [],
    provisions: [
      {
        provisionId: 'p',
        key: 'dieu-1',
        label: 'Điều 1',
        heading: 'Phạm vi',
        ...none,
        entries,
      },
    ],
    general,
  };
}

describe('report rows and CSV', () => {
  it('numbers rows in document order, general comments last, and counts campaign senders', () => {
    const rows = reportRows(
      report(
        [entry({ size: 12, senders: ['A', 'B'], disposition: 'ACCEPTED', explanation: 'Tiếp thu' })],
        [entry({ commentId: 'c2', provisionLabel: 'Điều 9 (bản cũ)' }), entry({ commentId: 'c3' })],
      ),
    );
    expect(rows.map((r) => [r.number, r.provisionLabel, r.senders])).toEqual([
      [1, 'Điều 1. Phạm vi', 'A; B và 10 người khác'],
      [2, 'Điều 9 (bản cũ)', 'Nguyễn Văn A'],
      [3, 'Góp ý chung', 'Nguyễn Văn A'],
    ]);
  });

  it('quotes commas, quotes and line breaks, and defuses formula-like cells', () => {
    const csv = reportCsv(
      report([entry({ text: 'a, "b"\r\nc', explanation: '=HYPERLINK("x")', disposition: 'EXPLAINED' })]),
    );
    expect(csv.startsWith('\uFEFFstt,provision_key,')).toBe(true);
    const [, line] = csv.slice(1).split('\r\n1,');
    expect(line).toContain('"a, ""b""\r\nc"');
    expect(line).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('names a clause with its article, counts distinct senders and marks an entry withdrawn after its answer', () => {
    const data = report([]);
    data.provisions.push({
      provisionId: 'k',
      key: 'dieu-1/khoan-2',
      label: 'Khoản 2',
      fullLabel: 'Khoản 2 Điều 1',
      heading: null,
      ...none,
      entries: [
        entry({ commentId: 'c4', size: 3, senderCount: 2, senders: ['A', 'B'] }),
        entry({ commentId: 'c5', withdrawn: true, disposition: 'ACCEPTED', explanation: 'Đã sửa.' }),
      ],
    });
    const rows = reportRows(data);
    expect(rows.map((r) => [r.provisionLabel, r.senders, r.withdrawn])).toEqual([
      ['Khoản 2 Điều 1', 'A; B', false],
      ['Khoản 2 Điều 1', `Nguyễn Văn A ${WITHDRAWN_NOTE}`, true],
    ]);
    const csv = reportCsv(data).slice(1).split('\r\n');
    expect(csv[0].endsWith(',explanation,withdrawn')).toBe(true);
    expect(csv[2].endsWith(',ACCEPTED,Đã sửa.,true')).toBe(true);
  });

  it('withholds the text of a comment hidden after publication, not of one withdrawn after its answer', () => {
    const data = report([entry({ commentId: 'h', text: 'Ẩn' }), entry({ commentId: 'w', text: 'Rút' })]);
    const read = withholdHidden(data, new Set(['h']), new Set(['w']));
    expect(read.provisions[0].entries.map((e) => [e.text, e.withdrawn ?? false])).toEqual([
      ['', false],
      ['Rút', true],
    ]);
  });
});
