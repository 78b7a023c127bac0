import { foldVietnamese, startsLowerCase } from './fold';
import { countOrdinalWords, numeralValue, pointOrdinal } from './numbering';

/**
 * Stateless, per-line recognition of provision starts. It only answers "could this line open
 * a provision, and with what number/heading?"; whether the number is plausible in context
 * (sequence, duplicates) is decided by the tree builder.
 */

export type ContainerKind = 'PART' | 'CHAPTER' | 'SECTION' | 'SUBSECTION';

export interface ContainerLine {
  kind: ContainerKind;
  number: string;
  /** Numeric value for sequence checks; null for ordinals written in words ("thứ nhất"). */
  value: number | null;
  heading: string | null;
}

export interface ArticleLine {
  kind: 'ARTICLE';
  number: string;
  value: number;
  suffix: string;
  /** Whatever follows the number and its separator: a heading or, in decisions, a sentence. */
  content: string | null;
  /** "Điều 5." / "Điều 5:" / "Điều 5" alone, as opposed to "Điều 5 Tiêu đề". */
  strong: boolean;
}

export interface ClauseLine {
  kind: 'CLAUSE';
  number: string;
  value: number;
  style: '.' | ')';
  rest: string;
  /**
   * How a carelessly written number looked ("2..", "4..", "1" without a dot), or null for a
   * regular "1." / "1)". Such a line is a clause only when it is the next number expected.
   */
  careless: string | null;
}

export interface PointLine {
  kind: 'POINT';
  letter: string;
  ordinal: number;
  style: '.' | ')';
  rest: string;
}

export type LineClass = ContainerLine | ArticleLine | ClauseLine | PointLine;

// Words that, right after "Điều 12" / "Chương II" / "Mục 1", show the line is a sentence that
// refers to a provision ("Điều 12 của Luật này…", "ĐIỀU 5 LUẬT …") rather than its start.
const REFERENCE_WORDS = [
  'cua',
  'nay',
  'luat',
  'bo luat',
  'nghi dinh',
  'nghi quyet',
  'thong tu',
  'quyet dinh',
  'phap lenh',
  'hien phap',
  'khoan',
  'diem',
  'dieu',
  'chuong',
  'muc',
  'phan',
  'va',
  'hoac',
  'den',
  'tai',
  'theo',
  'duoc',
  'quy dinh tai',
];

function startsWithReferenceWord(content: string): boolean {
  const folded = foldVietnamese(content);
  return REFERENCE_WORDS.some((w) => folded.startsWith(w) && !/[\p{L}\p{N}]/u.test(folded.charAt(w.length)));
}

interface Rest {
  strong: boolean;
  content: string | null;
}

/**
 * What follows a provision number: "" (number alone), ". Heading", ": Heading", " - Heading"
 * (all strong), or " Heading" (weak: accepted only if it looks like a heading, not a sentence).
 */
function analyseRest(rest: string): Rest | null {
  if (rest.trim() === '') return { strong: true, content: null };
  const sep = /^\s*[.:](?!\d)\s*(?:[-–—]+\s*)?(.*)$/u.exec(rest) ?? /^\s+[-–—]+\s*(.*)$/u.exec(rest);
  if (sep) return { strong: true, content: sep[1] === '' ? null : sep[1] };
  const weak = /^\s+(\S.*)$/u.exec(rest);
  if (!weak) return null;
  const content = weak[1];
  if (!/^\p{Lu}/u.test(content) || startsLowerCase(content)) return null;
  if (startsWithReferenceWord(content)) return null;
  return { strong: false, content };
}

const NUMERAL = /^(\d{1,3}|[IVXLivxl]+)(?![\p{L}\p{N}])(.*)$/u;

function container(kind: ContainerKind, afterKeyword: string): ContainerLine | null {
  const m = NUMERAL.exec(afterKeyword);
  if (!m) return null;
  const value = numeralValue(m[1]);
  if (value === null || value === 0) return null;
  const rest = analyseRest(m[2]);
  if (!rest) return null;
  return { kind, number: m[1].toUpperCase(), value, heading: rest.content };
}

/** "Phần thứ nhất", "PHẦN THỨ HAI. …", "Phần I". */
function part(afterKeyword: string): ContainerLine | null {
  const words = /^thứ((?:\s+\p{L}+){1,3})/iu.exec(afterKeyword);
  if (!words) return container('PART', afterKeyword);
  const count = countOrdinalWords(words[1].trim().split(/\s+/));
  if (count === 0) return null;
  const ordinal = new RegExp(`^thứ(?:\\s+\\p{L}+){${count}}`, 'iu').exec(afterKeyword);
  if (!ordinal) return null;
  const rest = analyseRest(afterKeyword.slice(ordinal[0].length));
  if (!rest) return null;
  const number = ordinal[0].replace(/\s+/g, ' ').toLowerCase();
  return { kind: 'PART', number, value: null, heading: rest.content };
}

export function classifyLine(line: string): LineClass | null {
  const first = line.charAt(0);
  // Cheap gate: every provision starts with a digit, a lower-case point letter or one of the
  // keywords' first letters; most body lines are rejected here without running regexes.
  if (!/[\dđĐCMPTa-z]/u.test(first)) return null;

  let m = /^điều\s+(\d{1,4})([a-zđ]?)(?![\p{L}\p{N}])(.*)$/iu.exec(line);
  if (m) {
    const rest = analyseRest(m[3]);
    if (!rest) return null;
    const suffix = m[2].toLowerCase();
    return {
      kind: 'ARTICLE',
      number: `${Number(m[1])}${suffix}`,
      value: Number(m[1]),
      suffix,
      content: rest.content,
      strong: rest.strong,
    };
  }
  m = /^chương\s+(.*)$/iu.exec(line);
  if (m) return container('CHAPTER', m[1]);
  m = /^tiểu\s+mục\s+(.*)$/iu.exec(line);
  if (m) return container('SUBSECTION', m[1]);
  m = /^mục\s+(.*)$/iu.exec(line);
  if (m) return container('SECTION', m[1]);
  m = /^phần\s+(.*)$/iu.exec(line);
  if (m) return part(m[1]);

  // Clauses: "1. Text", "1.Text", "1." alone, "1) Text". Not "1.1", "3.000.000 đồng", "12 năm".
  m = /^(\d{1,3})([.)])(.*)$/u.exec(line);
  if (m && (m[3] === '' || /^\s/u.test(m[3]) || (m[2] === '.' && /^\p{Lu}/u.test(m[3])))) {
    const rest = m[3];
    const value = Number(m[1]);
    if (value === 0) return null;
    return {
      kind: 'CLAUSE',
      number: String(value),
      value,
      style: m[2] === '.' ? '.' : ')',
      rest: rest.trim(),
      careless: null,
    };
  }
  // Careless clause numbers: "2..Thông tin", "4.. Cơ sở", "1 Cá nhân" (an upper-case word must
  // follow, so "12 năm" and "3.000.000" stay text). The tree builder takes them only in sequence.
  m = /^(\d{1,3})(\.{2,}\s*|\s+)(?=\p{Lu})(.*)$/u.exec(line);
  if (m && Number(m[1]) > 0 && !startsLowerCase(m[3])) {
    return {
      kind: 'CLAUSE',
      number: String(Number(m[1])),
      value: Number(m[1]),
      style: '.',
      rest: m[3].trim(),
      careless: `${m[1]}${m[2].trim()}`,
    };
  }
  // Points: "a) Text", "đ) Text", "a. Text" (only lower case; f, j, w, z are not point letters).
  m = /^([a-zđ])([.)])(.*)$/u.exec(line);
  if (m) {
    const ordinal = pointOrdinal(m[1]);
    const rest = m[3];
    if (ordinal < 0) return null;
    if (rest !== '' && !/^\s/u.test(rest) && !(m[2] === ')' && /^\p{Lu}/u.test(rest))) return null;
    return {
      kind: 'POINT',
      letter: m[1],
      ordinal,
      style: m[2] === '.' ? '.' : ')',
      rest: rest.trim(),
    };
  }
  return null;
}
