import { foldVietnamese, isUpperCaseLine } from './fold';
import { DocType } from './types';

/**
 * The front matter of a Vietnamese legal document, i.e. every line before the first
 * provision: issuing body, national motto, number, place and date, document type and subject
 * (the title), then the preamble ("Căn cứ …", "Theo đề nghị …", "QUYẾT ĐỊNH:").
 */
export interface FrontMatter {
  title: string | null;
  docType: DocType;
  number: string | null;
  issuer: string | null;
  preamble: string | null;
}

const TYPE_WORDS: ReadonlyArray<[string, DocType]> = [
  ['bo luat', 'LAW'],
  ['luat', 'LAW'],
  ['phap lenh', 'ORDINANCE'],
  ['nghi quyet', 'RESOLUTION'],
  ['nghi dinh', 'DECREE'],
  ['quyet dinh', 'DECISION'],
  ['thong tu', 'CIRCULAR'],
  ['hien phap', 'OTHER'],
  ['chi thi', 'OTHER'],
  ['lenh', 'OTHER'],
  ['ke hoach', 'OTHER'],
  ['thong bao', 'OTHER'],
  ['quy che', 'OTHER'],
  ['quy dinh', 'OTHER'],
  ['dieu le', 'OTHER'],
  ['huong dan', 'OTHER'],
  ['to trinh', 'OTHER'],
  ['de an', 'OTHER'],
];

// Codes inside document numbers ("1456/QĐ-UBND", "15/2020/NĐ-CP"), used when the type line
// is missing. "QH14" is not used: laws and National Assembly resolutions share it.
const NUMBER_CODES: Record<string, DocType> = {
  QD: 'DECISION',
  ND: 'DECREE',
  TT: 'CIRCULAR',
  TTLT: 'CIRCULAR',
  NQ: 'RESOLUTION',
};

// Upper-case lines naming the enacting authority right after the title
// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "QUỐC HỘI"): they start the preamble, not the title.
const AUTHORITY_WORDS = [
  'chu tich',
  'uy ban',
  'bo truong',
  'thu tuong',
  'chinh phu',
  'quoc hoi',
  'hoi dong',
  'thong doc',
  'tong kiem toan',
  'chanh an',
  'vien truong',
  'giam doc',
  'tong cuc truong',
  'cuc truong',
  'ban chap hanh',
  'bo chinh tri',
];

const MOTTO = /c[ộo]ng\s+h(?:òa|oà|oa)\s+x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam/iu;
const MOTTO_SUBTITLE = /[đd][ộo]c\s+l[ậa]p\s*[-–—,]?\s*t[ựu]\s+do\s*[-–—,]?\s*h[ạa]nh\s+ph[úu]c/iu;
const DASHES = /^[-_–—=*.…~\s]+$/u;
// "Khóa XI, kỳ họp thứ 9": which legislature passed the law, part of the header, not preamble.
const SESSION_LINE = /^khóa\s+[IVXL\d]+\s*,?\s*kỳ\s+họp\s+thứ\s+\S+\s*$/iu;
// "… NƯỚC" just before the country's name on a flattened line belongs to that name.
const COUNTRY_WORD = /\s*\bnước$/iu;
const NUMBER_LINE =
  /^(?:(luật|bộ luật|pháp lệnh|nghị quyết|nghị định|quyết định|thông tư(?: liên tịch)?|chỉ thị|lệnh|văn bản)\s+)?số(.*)$/iu;
const DATE_LINE = /(?:^|[\s,])ngày(?:\s|$).*\stháng(?:\s|$).*\snăm(?:\s|$|\d)/iu;
const DRAFT_MARK = /^\(?\s*dự\s+thảo/iu;
const PREAMBLE_START = /^(căn cứ|xét|theo đề nghị|thực hiện|quốc hội ban hành|chính phủ ban hành)/iu;

function startsWithWord(folded: string, word: string): boolean {
  return folded.startsWith(word) && !/[\p{L}\p{N}]/u.test(folded.charAt(word.length));
}

interface TypeLine {
  type: DocType;
  /** The line is only the type ("NGHỊ ĐỊNH"), so the subject must be on the next line. */
  bare: boolean;
}

function typeOf(line: string): TypeLine | null {
  if (!isUpperCaseLine(line) || line.endsWith(':')) return null;
  const folded = foldVietnamese(line).replace(/^du thao\s+/, '');
  for (const [word, type] of TYPE_WORDS) {
    if (startsWithWord(folded, word)) return { type, bare: folded.trim() === word };
  }
  return null;
}

function isAuthority(line: string): boolean {
  const folded = foldVietnamese(line);
  return isUpperCaseLine(line) && AUTHORITY_WORDS.some((w) => startsWithWord(folded, w));
}

/** "Luật số: 24/2018/QH14", "Số: 1456/QĐ-UBND", "Số:      /2024/NĐ-CP" (a draft), "Số 5/…". */
function numberLine(line: string): { label?: string; number: string | null } | null {
  const m = NUMBER_LINE.exec(line);
  if (!m) return null;
  const colon = /^\s*[:.]\s*(\S*)/u.exec(m[2]);
  if (colon) return { label: m[1], number: colon[1] === '' ? null : colon[1] };
  const bare = /^\s+(\S*[\d/]\S*)/u.exec(m[2]);
  return bare ? { label: m[1], number: bare[1] } : null;
}

function isDateLine(line: string): boolean {
  return line.length <= 100 && DATE_LINE.test(line);
}

/**
 * Lines of the header that the outline does not keep verbatim: the national motto and its
 * subtitle, separator dashes, the "Số: …" line (only the number is kept) and the place-and-date
 * line. Exported so tests can state exactly which input lines may be absent from an outline.
 */
export function isHeaderBoilerplate(line: string): boolean {
  return (
    MOTTO.test(line) ||
    MOTTO_SUBTITLE.test(line) ||
    DASHES.test(line) ||
    numberLine(line) !== null ||
    isDateLine(line)
  );
}

function docTypeFromNumber(label: string | undefined, number: string | null): DocType | null {
  if (label) {
    const folded = foldVietnamese(label);
    for (const [word, type] of TYPE_WORDS) if (startsWithWord(folded, word)) return type;
  }
  for (const code of (number ?? '').split(/[/-]/)) {
    const type = NUMBER_CODES[foldVietnamese(code).toUpperCase()];
    if (type) return type;
  }
  return null;
}

export function parseFrontMatter(lines: readonly string[]): FrontMatter {
  const issuer: string[] = [];
  const preamble: string[] = [];
  const title: string[] = [];
  let docType: DocType | null = null;
  let number: string | null = null;
  let numberLabel: string | undefined;
  let bareType = false;

  // The motto sits within the first few lines; what precedes it is the issuing body.
  const mottoAt = lines.slice(0, 8).findIndex((l) => MOTTO.test(l));
  let i = 0;
  if (mottoAt >= 0) {
    for (; i < mottoAt; i++) {
      if (DRAFT_MARK.test(lines[i])) preamble.push(lines[i]);
      else if (!DASHES.test(lines[i])) issuer.push(lines[i]);
    }
  }
  if (mottoAt < 0) {
    // No motto (a pasted excerpt): leading upper-case lines are the issuer only if the number
    // or the date line comes right after them ("BỘ TƯ PHÁP" / "Số: 12/2020/TT-BTP").
    let k = 0;
    while (k < 4 && k < lines.length && isUpperCaseLine(lines[k]) && !typeOf(lines[k])) k++;
    let next = k;
    while (next < lines.length && DASHES.test(lines[next])) next++;
    const follows = next < lines.length && (numberLine(lines[next]) || isDateLine(lines[next]));
    if (k > 0 && follows && !lines.slice(0, k).some((l) => DRAFT_MARK.test(l))) {
      issuer.push(...lines.slice(0, k));
      i = k;
    }
  }
  let afterSubtitle = mottoAt < 0;
  // Phase A: boilerplate (motto, number, date) until the type line or the preamble proper.
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (PREAMBLE_START.test(line)) break;
    const type = typeOf(line);
    if (type) {
      docType = type.type;
      bareType = type.bare;
      title.push(line);
      i++;
      break;
    }
    const motto = MOTTO.exec(line) ?? MOTTO_SUBTITLE.exec(line);
    if (motto) {
      // A flattened two-column header puts the issuer and the motto on one line.
      const prefix = line.slice(0, motto.index).trim();
      const body = prefix.replace(COUNTRY_WORD, '').trim();
      // An issuer already read from its own line is printed once ("QUỐC HỘI", not twice).
      if (body !== '' && !DASHES.test(body) && !issuer.includes(body)) {
        (isUpperCaseLine(body) ? issuer : preamble).push(body);
      }
      if (MOTTO_SUBTITLE.test(line)) afterSubtitle = true;
      continue;
    }
    // The number first: a flattened header puts "Số: …" and the date on one line.
    const num = numberLine(line);
    if (num) {
      numberLabel = num.label;
      number = num.number;
      afterSubtitle = true;
      continue;
    }
    if (DASHES.test(line) || SESSION_LINE.test(line)) continue;
    if (isDateLine(line)) {
      afterSubtitle = true;
      continue;
    }
    if (!afterSubtitle && isUpperCaseLine(line) && !DRAFT_MARK.test(line)) issuer.push(line);
    else preamble.push(line);
  }
  // Phase B: subject lines after the type line ("AN NINH MẠNG", "VỀ VIỆC PHÊ DUYỆT …"). After
  // a bare type line the first subject line may be in sentence case ("Quy định chi tiết …").
  for (; i < lines.length && title.length > 0; i++) {
    const line = lines[i];
    const first = title.length === 1;
    // A constitution's full name: "HIẾN PHÁP" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    const constitution =
      first && /^hiến\s+pháp$/iu.test(title[0]) && /^nước\s/iu.test(line) && MOTTO.test(line);
    const subject =
      constitution ||
      (!/^lời\s+nói\s+đầu$/iu.test(line) &&
        !line.endsWith(':') &&
        !isAuthority(line) &&
        !isHeaderBoilerplate(line) &&
        (isUpperCaseLine(line) ||
          (first && /^(về|v\/v)\s/iu.test(line)) ||
          (first && bareType && !PREAMBLE_START.test(line) && !DRAFT_MARK.test(line))));
    if (!subject) break;
    title.push(line);
    if (!isUpperCaseLine(line)) {
      i++;
      break;
    }
  }
  for (; i < lines.length; i++) preamble.push(lines[i]);

  return {
    title: title.length > 0 ? title.join(' ') : null,
    docType: docType ?? docTypeFromNumber(numberLabel, number) ?? 'OTHER',
    number,
    issuer: issuer.length > 0 ? issuer.join(' ') : null,
    preamble: preamble.length > 0 ? preamble.join('\n') : null,
  };
}
