import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
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
/** Borders once on the table (not per cell): per-cell borders made large reports several times slower. */
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

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
    title: `Bản tổng hợp, tiếp thu, giải trình ý kiến: ${report.title}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ text: report.agencyName.toUpperCase(), alignment: AlignmentType.LEFT }),
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'BẢN TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN', bold: true })],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, text: report.title }),
          ...summary(report).map((line) => new Paragraph({ text: line })),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
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
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ alignment, children })],
  });
}
