import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import type { ReportData } from '../report/report.model';
import { markdownBlocks } from './markdown-blocks';
import { ReportRow, reportRows, responseText } from './report-rows';

const HEADERS = [
  'STT',
  'Điều, khoản',
  'Nội dung góp ý',
  'Cơ quan, tổ chức, cá nhân góp ý',
  'Tiếp thu, giải trình',
];
/** Column widths in percent: the content and the answer get the room. */
const WIDTHS = [6, 14, 34, 18, 28];
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** The table's borders (Word draws them from the table; LibreOffice needs them on each cell: CELL_BORDERS). */
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
/** Per-cell borders cost large reports time (about 1.5 ms a row in all), but without them LibreOffice draws none. */
const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/**
 * "Bản tổng hợp, tiếp thu, giải trình ý kiến" as an editable Word document: a summary, then
 * the customary five-column table, one row per distinct comment (campaigns collapsed with
 * their count), landscape A4, the header row repeated on every page.
 */
export async function reportDocx(report: ReportData): Promise<Buffer> {
  const rows = reportRows(report);
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        children: HEADERS.map((h, i) =>
          cell([new TextRun({ text: h, bold: true })], WIDTHS[i], AlignmentType.CENTER),
        ),
      }),
      ...rows.map(
        (r, i) =>
          new TableRow({
            children: [
              cell([new TextRun(String(r.number))], WIDTHS[0], AlignmentType.CENTER),
              cell([new TextRun(r.provisionLabel)], WIDTHS[1]),
              new TableCell({
                borders: CELL_BORDERS,
                width: { size: WIDTHS[2], type: WidthType.PERCENTAGE },
                children: contentParagraphs(r.text, r.proposedText, r.size),
              }),
              cell([new TextRun(r.senders)], WIDTHS[3]),
              // One response for several entries (reportRows puts them together): its text
              // once, in a cell spanning their rows.
              ...(answeredAbove(rows, i)
                ? []
                : [
                    new TableCell({
                      borders: CELL_BORDERS,
                      width: { size: WIDTHS[4], type: WidthType.PERCENTAGE },
                      rowSpan: answeredTogetherFrom(rows, i),
                      children: [new Paragraph({ children: [new TextRun(responseText(r))] })],
                    }),
                  ]),
            ],
          }),
      ),
    ],
  });
  const doc = new Document({
    creator: report.agencyName,
    title: `Báo cáo tổng hợp, tiếp thu, giải trình ý kiến: ${report.title}`,
    // Decree 30/2020/NĐ-CP: Times New Roman, 13–14 pt for the text; the table at 12 pt.
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [
      {
        // A4 landscape: the five-column table needs the width (the heading reads well in it too).
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: MARGINS,
          },
        },
        footers: { default: pageNumberFooter() },
        children: [
          ...heading(report),
          ...summary(report).map((line) => new Paragraph({ text: line, spacing: { after: 120 } })),
          table,
          ...closing(),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A4 in twentieths of a point; margins of Decree 30 (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm). */
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 851 };
const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

const centred = (runs: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs });

/** Two columns without borders: the agency and the number on the left, the national motto on the right. */
function twoColumns(left: Paragraph[], right: Paragraph[], widths = [38, 62]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: widths[0], type: WidthType.PERCENTAGE }, children: left }),
          new TableCell({ width: { size: widths[1], type: WidthType.PERCENTAGE }, children: right }),
        ],
      }),
    ],
  });
}

const vnDate = (iso: string | null | undefined) =>
  iso
    ? new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date(iso))
    : '…';

/**
 * The heading of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): the agency
 * and "Số: …/BC-…" beside the Quốc hiệu and Tiêu ngữ; place and date (to be filled in when
 * signed); the document's name and its subject line (trích yếu); then the consultation's
 * period and channel.
 */
function heading(report: ReportData): (Paragraph | Table)[] {
  return [
    twoColumns(
      [
        centred([new TextRun({ text: report.agencyName.toUpperCase(), bold: true, size: 26 })]),
        centred([new TextRun({ text: '———', size: 20 })]),
        centred([new TextRun({ text: 'Số: …/BC-…', size: 26 })]),
      ],
      [
        centred([new TextRun({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 24 })]),
        centred([
          new TextRun({
            text: 'Độc lập - Tự do - Hạnh phúc',
            bold: true,
            size: 28,
            underline: { type: UnderlineType.SINGLE },
          }),
        ]),
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { before: 240 },
          children: [new TextRun({ text: '…, ngày … tháng … năm …', italics: true, size: 28 })],
        }),
      ],
    ),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360 },
      children: [new TextRun({ text: 'BÁO CÁO', bold: true, size: 28 })],
    }),
    centred([
      new TextRun({
        text: `Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với ${report.title}`,
        bold: true,
        size: 28,
      }),
    ]),
    centred([new TextRun({ text: '———', size: 20 })]),
    new Paragraph({
      spacing: { before: 240, after: 120 },
      text:
        `Thời gian lấy ý kiến: từ ngày ${vnDate(report.opensAt)} đến ngày ${vnDate(report.closesAt)}, ` +
        'qua Cổng tham vấn công khai dự thảo văn bản pháp luật thamvan (góp ý theo từng điều, khoản, công khai).',
    }),
  ];
}

/** "Nơi nhận" and the signature block, to be completed by the agency before signing. */
function closing(): Table[] {
  return [
    twoColumns(
      [
        new Paragraph({
          spacing: { before: 360 },
          children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: 24 })],
        }),
        new Paragraph({ children: [new TextRun({ text: '- Như trên;', size: 22 })] }),
        new Paragraph({ children: [new TextRun({ text: '- Lưu: VT, …', size: 22 })] }),
      ],
      [
        centred([new TextRun({ text: 'QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ', bold: true, size: 26 })]),
        centred([
          new TextRun({
            text: '(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức)',
            italics: true,
            size: 24,
          }),
        ]),
        new Paragraph({
          spacing: { before: 1200 },
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: 'Họ và tên', bold: true, size: 26 })],
        }),
      ],
      [50, 50],
    ),
  ];
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 24 })],
      }),
    ],
  });
}

/**
 * The totals, each percentage with its base said: "tiếp thu" counts ACCEPTED and
 * PARTIALLY_ACCEPTED only (a snapshot published before the counts by disposition existed
 * says only how many were answered).
 */
export function summary(r: ReportData): string[] {
  const total = r.commentCount;
  const pct = (n: number) => `${total ? Math.round((n / total) * 100) : 0}% trên tổng số ${total} ý kiến`;
  const lines = [
    `Tổng số ý kiến: ${total} (${r.distinctCount} ý kiến khác nhau) của ${r.participantCount} người tham gia` +
      ` (${r.organizationParticipants} tổ chức, ${r.individualParticipants} cá nhân).`,
    `Ủng hộ: ${r.stanceCounts.support}; phản đối: ${r.stanceCounts.oppose}; đề xuất sửa đổi: ${r.stanceCounts.amend};` +
      ` câu hỏi: ${r.stanceCounts.question}; trung lập: ${r.stanceCounts.neutral}.`,
    `Đã trả lời: ${r.answeredCount} ý kiến (${pct(r.answeredCount)}).`,
  ];
  if (r.acceptedCount !== undefined) {
    lines.push(
      `Trong đó tiếp thu (toàn bộ hoặc một phần): ${r.acceptedCount} (${pct(r.acceptedCount)});` +
        ` không tiếp thu: ${r.notAcceptedCount ?? 0}; giải trình: ${r.explainedCount ?? 0}.`,
    );
  }
  lines.push(
    `Ý kiến từ tài khoản đã xác minh: ${r.verifiedComments} (${pct(r.verifiedComments)}).`,
    `Nhóm ý kiến giống nhau: ${r.campaigns.length} (${r.campaignComments} ý kiến).`,
  );
  return lines;
}

/**
 * The comment as text: its Markdown read into paragraphs and runs (bold, italics, lists with
 * their bullets or numbers), then the proposed wording, then a campaign's size.
 */
function contentParagraphs(text: string, proposed: string | null, size: number): Paragraph[] {
  const paragraphs = markdownParagraphs(text).map((p) => p.paragraph);
  if (proposed) {
    const [first, ...rest] = markdownParagraphs(proposed);
    paragraphs.push(
      new Paragraph({ children: [new TextRun({ text: 'Đề xuất: ', bold: true }), ...(first?.runs ?? [])] }),
      ...rest.map((p) => p.paragraph),
    );
  }
  if (size > 1) {
    paragraphs.push(
      new Paragraph({
        children: [new TextRun({ text: `(${size} ý kiến có nội dung giống nhau)`, italics: true })],
      }),
    );
  }
  return paragraphs;
}

function markdownParagraphs(text: string): { paragraph: Paragraph; runs: TextRun[] }[] {
  const blocks = markdownBlocks(text);
  return (blocks.length ? blocks : [{ marker: null, depth: 0, spans: [{ text }] }]).map((block) => {
    const runs = [
      ...(block.marker ? [new TextRun(`${block.marker} `)] : []),
      ...block.spans.map(
        (s) =>
          new TextRun({
            text: s.text,
            bold: s.bold,
            italics: s.italics,
            strike: s.strike,
            break: s.breakBefore ? 1 : undefined,
          }),
      ),
    ];
    // List items indented by their depth (360 twips = a quarter inch per level).
    const indent = block.depth ? { left: 360 * block.depth, hanging: 240 } : undefined;
    return { paragraph: new Paragraph({ children: runs, indent }), runs };
  });
}

const sameAnswer = (a: ReportRow | undefined, b: ReportRow | undefined) =>
  !!a?.responseId && a.responseId === b?.responseId && a.provisionLabel === b.provisionLabel;

/** True when the row's answer is printed in the cell of a row above (same response, same provision). */
function answeredAbove(rows: ReportRow[], i: number): boolean {
  return sameAnswer(rows[i - 1], rows[i]);
}

/** How many rows from `i` share its answer (1 when it is its own). */
function answeredTogetherFrom(rows: ReportRow[], i: number): number {
  let n = 1;
  while (sameAnswer(rows[i], rows[i + n])) n++;
  return n;
}

function cell(
  children: TextRun[],
  widthPct: number,
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType],
): TableCell {
  return new TableCell({
    borders: CELL_BORDERS,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ alignment, children })],
  });
}
