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
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { setImmediate as turn } from 'node:timers/promises';
import type { ReportData } from '../report/report.model';
import { markdownBlocks } from './markdown-blocks';
import { ReportRow, reportRows, responseText } from './report-rows';
import { cell, paragraph, row, run, TABLE_END, tableStart } from './wordml';

const HEADERS = [
  'STT',
  'Điều, khoản',
  'Nội dung góp ý',
  'Cơ quan, tổ chức, cá nhân góp ý',
  'Tiếp thu, giải trình',
];
/** Column widths in percent: the content and the answer get the room. */
const WIDTHS = [6, 14, 34, 18, 28];
/** Rows written between two turns of the event loop: about 10 ms of work (90 µs a row, bench:report). */
const ROWS_PER_TURN = 100;
/** Where the frame document (built by the `docx` package) receives the table. */
const TABLE_MARK = 'THAMVAN-REPORT-TABLE';
const TABLE_MARK_PARAGRAPH = `<w:p><w:r><w:t xml:space="preserve">${TABLE_MARK}</w:t></w:r></w:p>`;

/**
 * "Bản tổng hợp, tiếp thu, giải trình ý kiến" as an editable Word document: the heading of an
 * administrative document, a summary, then the customary five-column table, one row per
 * distinct comment (campaigns collapsed with their count), landscape A4, the header row
 * repeated on every page, then "Nơi nhận" and the signature block.
 *
 * Built to scale: the `docx` package writes the small frame (heading, styles, footer); the
 * table, whose rows are as many as the distinct comments, is written as XML strings
 * (wordml.ts) and compressed as it is written, a few hundred rows per turn of the event
 * loop, so the server keeps answering while a 100,000-comment report is built and only the
 * compressed file is held (measured in docs/benchmarks.md, `npm run bench:report -- --docx`).
 */
export async function reportDocx(report: ReportData): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of reportDocxChunks(report)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The .docx file as it is compressed, in order. */
export async function* reportDocxChunks(report: ReportData): AsyncGenerator<Uint8Array> {
  const frame = unzipSync(await Packer.toBuffer(frameDocument(report)));
  const documentXml = strFromU8(frame['word/document.xml']);
  const at = documentXml.indexOf(TABLE_MARK_PARAGRAPH);
  if (at < 0) throw new Error('report .docx: the frame has no place for the table');

  const out: Uint8Array[] = [];
  const zipping: { failure?: Error } = {};
  const zip = new Zip((error, data) => {
    if (error) zipping.failure = error;
    else out.push(data);
  });
  // The frame's parts as the package wrote them ([Content_Types].xml first), then the body.
  for (const [name, bytes] of Object.entries(frame)) {
    if (name === 'word/document.xml') continue;
    const part = new ZipDeflate(name, { level: 6 });
    zip.add(part);
    part.push(bytes, true);
  }
  const body = new ZipDeflate('word/document.xml', { level: 6 });
  zip.add(body);
  body.push(strToU8(documentXml.slice(0, at)));
  for (const piece of tableXml(reportRows(report))) {
    body.push(strToU8(piece));
    if (zipping.failure) throw zipping.failure;
    yield* out.splice(0);
    await turn();
  }
  body.push(strToU8(documentXml.slice(at + TABLE_MARK_PARAGRAPH.length)), true);
  zip.end();
  if (zipping.failure) throw zipping.failure;
  yield* out.splice(0);
}

/** The table's XML in pieces of ROWS_PER_TURN rows. */
function* tableXml(rows: ReportRow[]): Generator<string> {
  const header = row(
    HEADERS.map((h, i) => cell(WIDTHS[i], paragraph(run(h, { bold: true }), { center: true }))).join(''),
    true,
  );
  let piece = tableStart(WIDTHS, TEXT_WIDTH) + header;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    // One response for several entries (reportRows puts them together): its text once, in a
    // cell merged down over their rows.
    const answer = answeredAbove(rows, i)
      ? 'continue'
      : answeredTogetherFrom(rows, i) > 1
        ? 'restart'
        : undefined;
    piece += row(
      cell(WIDTHS[0], paragraph(run(String(r.number)), { center: true })) +
        cell(WIDTHS[1], paragraph(run(r.provisionLabel))) +
        cell(WIDTHS[2], contentParagraphs(r.text, r.proposedText, r.size)) +
        cell(WIDTHS[3], paragraph(run(r.senders))) +
        cell(WIDTHS[4], paragraph(run(responseText(r))), answer),
    );
    if ((i + 1) % ROWS_PER_TURN === 0) {
      yield piece;
      piece = '';
    }
  }
  yield piece + TABLE_END;
}

/** Everything but the table, whose place is held by TABLE_MARK. */
function frameDocument(report: ReportData): Document {
  return new Document({
    creator: report.agencyName,
    title: `Báo cáo tổng hợp, tiếp thu, giải trình ý kiến: ${report.title}`,
    // Decree 30/2020/NĐ-CP: Times New Roman, 13–14 pt for the text.
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
          ...topicParagraphs(report),
          new Paragraph({ children: [new TextRun(TABLE_MARK)] }),
          ...closing(),
        ],
      },
    ],
  });
}

/** A4 in twentieths of a point; margins of Decree 30 (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm). */
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 851 };
/** The landscape page's width between its margins. */
const TEXT_WIDTH = A4.height - MARGINS.left - MARGINS.right;
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
    // A report published again says so, and what changed (Draft.reportVersions keeps the others).
    ...(report.version && report.version > 1
      ? [
          new Paragraph({
            spacing: { after: 120 },
            children: [
              new TextRun({
                text: `Bản công bố lần ${report.version}${report.note ? `: ${report.note}` : '.'}`,
                italics: true,
              }),
            ],
          }),
        ]
      : []),
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

/** The topic summary's title in the document (before the detailed table). */
export const TOPIC_SUMMARY_TITLE = 'Tóm tắt ý kiến theo chủ đề của từng điều';

/**
 * Per provision with topics, what its comments said in a few lines before the detailed table:
 * each topic's label, size and stance mix, and an excerpt of its most central comment
 * ("Ý kiến khác", the comments that fit no topic, last and without one). Empty when no
 * provision has topics (small consultations, or a snapshot published before topics existed).
 */
export function topicSummary(r: ReportData): { provision: string; lines: string[] }[] {
  return r.provisions
    .filter((p) => p.topics?.length)
    .map((p) => ({
      provision: [p.fullLabel ?? p.label, p.heading].filter(Boolean).join('. '),
      lines: (p.topics ?? []).map((t) => {
        const s = t.stanceCounts;
        const mix = [
          [s.support, 'ủng hộ'],
          [s.oppose, 'phản đối'],
          [s.amend, 'đề xuất sửa đổi'],
          [s.question, 'câu hỏi'],
          [s.neutral, 'trung lập'],
        ]
          .filter(([n]) => Number(n) > 0)
          .map(([n, name]) => `${name} ${n}`)
          .join(', ');
        const head = `${t.label}: ${t.size} ý kiến${mix ? ` (${mix})` : ''}`;
        return t.representativeText
          ? `${head}. Tiêu biểu: “${excerptOf(t.representativeText, 240)}”`
          : `${head}.`;
      }),
    }));
}

function topicParagraphs(report: ReportData): Paragraph[] {
  const sections = topicSummary(report);
  if (!sections.length) return [];
  return [
    new Paragraph({
      children: [new TextRun({ text: TOPIC_SUMMARY_TITLE, bold: true })],
      spacing: { before: 240, after: 120 },
    }),
    ...sections.flatMap(({ provision, lines }) => [
      new Paragraph({
        children: [new TextRun({ text: provision, bold: true })],
        spacing: { before: 120, after: 60 },
      }),
      ...lines.map((line) => new Paragraph({ text: line, bullet: { level: 0 }, spacing: { after: 60 } })),
    ]),
  ];
}

/** At most `max` characters of a comment on one line, cut at a word, Markdown marks dropped. */
function excerptOf(text: string, max: number): string {
  const flat = text
    .replace(/[*_#>`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/**
 * The comment as text: its Markdown read into paragraphs and runs (bold, italics, lists with
 * their bullets or numbers), then the proposed wording, then a campaign's size.
 */
function contentParagraphs(text: string, proposed: string | null, size: number): string {
  let xml = markdownParagraphs(text, '');
  if (proposed) xml += markdownParagraphs(proposed, run('Đề xuất: ', { bold: true }));
  if (size > 1) xml += paragraph(run(`(${size} ý kiến có nội dung giống nhau)`, { italics: true }));
  return xml;
}

/** Markdown as paragraphs, `lead` (runs) opening the first. */
function markdownParagraphs(text: string, lead: string): string {
  const blocks = markdownBlocks(text);
  return (blocks.length ? blocks : [{ marker: null, depth: 0, spans: [{ text }] }])
    .map((block, i) => {
      const runs =
        (i === 0 ? lead : '') +
        (block.marker ? run(`${block.marker} `) : '') +
        block.spans.map((s) => run(s.text, s)).join('');
      // List items indented by their depth (360 twips = a quarter inch per level).
      return paragraph(runs, block.depth ? { indent: { left: 360 * block.depth, hanging: 240 } } : {});
    })
    .join('');
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
