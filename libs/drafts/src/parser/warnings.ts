/**
 * What the parser (and the file readers before it) could not be sure of, for the officer who
 * imports a draft: a stable `code` for programs and a Vietnamese `message` for people. Every
 * warning is made here, so the codes and their wording have one home (README.md, "Drafts and
 * consultations", lists them). Codes are part of the public contract: add new ones, never rename one.
 */
export interface ParseWarning {
  code: ParseWarningCode;
  message: string;
}

export type ParseWarningCode =
  | 'EMPTY_DOCUMENT'
  | 'NO_STRUCTURE'
  | 'PARSER_ERROR'
  | 'MORE_WARNINGS'
  | 'DUPLICATE_KEY'
  | 'CHAPTER_NUMBER_OUT_OF_SEQUENCE'
  | 'ARTICLE_NUMBER_GAP'
  | 'ARTICLE_NUMBER_OUT_OF_ORDER'
  | 'CLAUSE_NUMBER_GUESSED'
  | 'CLAUSE_NUMBER_RESTART'
  | 'CLAUSE_NUMBER_GAP'
  | 'POINT_LETTER_RESTART'
  | 'POINT_LETTER_GAP'
  | 'DOCX_AUTO_NUMBERING'
  | 'PDF_PAGES_SKIPPED'
  /** A warning stored before codes existed (its text only). */
  | 'UNCLASSIFIED';

const w = (code: ParseWarningCode, message: string): ParseWarning => ({
  code,
  message: message.normalize('NFC'),
});

export const parseWarnings = {
  emptyDocument: () => w('EMPTY_DOCUMENT', 'Văn bản trống'),
  noStructure: () =>
    w(
      'NO_STRUCTURE',
      'Không tìm thấy Phần, Chương, Mục hay Điều: toàn bộ văn bản được giữ thành một quy định',
    ),
  parserError: (why: string) =>
    w('PARSER_ERROR', `Lỗi khi phân tích văn bản, toàn bộ văn bản được giữ thành một quy định: ${why}`),
  more: (count: number) => w('MORE_WARNINGS', `… và ${count} cảnh báo khác`),
  duplicateKey: (base: string, key: string) =>
    w('DUPLICATE_KEY', `Hai quy định có cùng số: khóa "${base}" của quy định sau được đổi thành "${key}"`),
  chapterNumber: (number: string, previous: string) =>
    w(
      'CHAPTER_NUMBER_OUT_OF_SEQUENCE',
      `Số chương không liên tiếp: Chương ${number} đứng sau Chương ${previous}`,
    ),
  articleGap: (previous: string, number: string) =>
    w('ARTICLE_NUMBER_GAP', `Số điều bị ngắt quãng: sau Điều ${previous} là Điều ${number}`),
  articleOrder: (number: string, previous: string) =>
    w('ARTICLE_NUMBER_OUT_OF_ORDER', `Số điều không theo thứ tự: Điều ${number} đứng sau Điều ${previous}`),
  /** A clause read from careless numbering ("2..", "10.Phần", "1 Cá nhân"): said as written. */
  clauseGuessed: (article: string, number: string, written: string) =>
    w('CLAUSE_NUMBER_GUESSED', `Điều ${article}: khoản ${number} viết "${written}"`),
  clauseRestart: (article: string, previous: number) =>
    w('CLAUSE_NUMBER_RESTART', `Điều ${article}: số khoản bắt đầu lại từ 1 (sau khoản ${previous})`),
  clauseGap: (article: string, number: number, previous: number) =>
    w(
      'CLAUSE_NUMBER_GAP',
      `Điều ${article}: số khoản bị ngắt quãng, sau khoản ${previous} là khoản ${number}`,
    ),
  /** `where`: "khoản 1 Điều 4" or "Điều 4". */
  pointRestart: (where: string) => w('POINT_LETTER_RESTART', `${upperFirst(where)}: điểm bắt đầu lại từ a)`),
  pointGap: (where: string, letter: string) =>
    w('POINT_LETTER_GAP', `${upperFirst(where)}: điểm ${letter}) không theo thứ tự chữ cái`),
  docxAutoNumbering: (count: number) =>
    w(
      'DOCX_AUTO_NUMBERING',
      `${count} mục dùng đánh số tự động của Word; số của chúng được dựng lại thành 1., 2., … và a), b), …: ` +
        'hãy kiểm tra các khoản, điểm',
    ),
  pdfPagesSkipped: (pages: number[]) =>
    w('PDF_PAGES_SKIPPED', `Đã bỏ qua các trang PDF không đọc được: ${pages.join(', ')}`),
};

/**
 * Warnings as stored in `draft_version.warnings`: objects since codes exist, plain strings
 * before (read as UNCLASSIFIED with their text).
 */
export function toParseWarnings(
  stored: readonly (string | ParseWarning)[] | null | undefined,
): ParseWarning[] {
  return (stored ?? []).map((s) => (typeof s === 'string' ? { code: 'UNCLASSIFIED', message: s } : s));
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
