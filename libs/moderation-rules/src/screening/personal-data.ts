import { screeningView } from './screening-view';
import type { ScreeningFinding } from './screening.types';

export type PersonalDataKind = 'PHONE' | 'EMAIL' | 'NATIONAL_ID' | 'BANK_ACCOUNT';

/** What replaces each kind in the published text (readers see that something was removed). */
export const MASKS: Record<PersonalDataKind, string> = {
  PHONE: '[số điện thoại đã ẩn]',
  EMAIL: '[email đã ẩn]',
  NATIONAL_ID: '[số giấy tờ đã ẩn]',
  BANK_ACCOUNT: '[số tài khoản đã ẩn]',
};

export interface MaskResult {
  /** The text with personal data replaced, or null when nothing was found. */
  masked: string | null;
  findings: ScreeningFinding[];
}

/** How far before a number its identity or bank word may be. */
const CONTEXT = 60;

interface Span {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * A run of digits that may hide a number written with separators: "0912 345 678",
 * "0912.345.678", "+84 (0) 912-345-678", "0 9 1 2 3 4 5 6 7 8". Separators are at most two
 * characters of space, dot, dash or parentheses between digits, so "24/2018/QH14" (slashes)
 * and "ngày 12/3/2024" never join into one run. A run glued to a letter ("QH14") is skipped.
 */
export const DIGIT_RUN = /(?<![\p{L}\p{N}])\+?\(?\+?\d(?:[ .\-()]{0,2}\d)*/gu;

/** Where a DIGIT_RUN can start, and the run itself from there (sticky): see digitRuns. */
const RUN_START = /[+(\d]/g;
const RUN_AT = /\+?\(?\+?\d(?:[ .\-()]{0,2}\d)*/y;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * The matches of DIGIT_RUN, found the cheap way: jump between the characters a run can start
 * with ("+", "(", a digit) with a plain regex, check the character before by hand, and match
 * the run there. Every post and edit is screened: on a 500-character comment this and the "@"
 * test below took masking from 39 to 2 µs (DIGIT_RUN's Unicode lookbehind tried at every
 * position). personal-data.spec checks that both find the same runs.
 */
export function digitRuns(text: string): { index: number; run: string }[] {
  const runs: { index: number; run: string }[] = [];
  RUN_START.lastIndex = 0;
  for (let start = RUN_START.exec(text); start; start = RUN_START.exec(text)) {
    const at = start.index;
    RUN_AT.lastIndex = at;
    const run = letterOrNumberBefore(text, at) ? null : RUN_AT.exec(text);
    if (!run) continue; // RUN_START moves on by one character
    runs.push({ index: at, run: run[0] });
    RUN_START.lastIndex = at + run[0].length;
  }
  return runs;
}

/** The code point before `at` (a surrogate pair read whole) is a letter or a number. */
function letterOrNumberBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  const cp = pair ? text.codePointAt(at - 2)! : low;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/**
 * Vietnamese phone numbers, as digits only: mobile 0 + 3/5/7/8/9 + 8 digits; landline
 * 0 + 2 + 9 digits; either with 84 instead of the leading 0 (from +84 or 84).
 */
const PHONE = /^(?:0|84)(?:[35789]\d{8}|2\d{9})$/;
/** 12-digit citizen ID (CCCD): starts with a province code 001–096. */
const CCCD = /^0(?:0[1-9]|[1-8]\d|9[0-6])\d{9}$/;
/** 9-digit old ID (CMND), or a 12-digit one outside the province codes, after an identity word. */
const ANY_ID = /^(?:\d{9}|\d{12})$/;
const BANK_ACCOUNT = /^\d{6,19}$/;

/** Words that say the number after them is an identity document (within ~40 characters). */
const ID_WORDS =
  /(?:cmnd|cmt|cccd|căn cước|chứng minh|định danh|hộ chiếu|\bid\b|identity card)[^\d\n]{0,40}$/iu;
/** Words that say the number after them is a bank account (within ~40 characters). */
const BANK_WORDS =
  /(?:tài khoản|\bstk\b|\btk\b|ngân hàng|\bbank\b|account|vietcombank|\bvcb\b|techcombank|bidv|agribank|vietinbank|\bmb ?bank\b|\bacb\b|tpbank|sacombank|vpbank|momo)[^\d\n]{0,40}$/iu;

/**
 * Finds personal data and masks it. Phone numbers and e-mail addresses are recognised by
 * their shape; identity numbers by shape and, for the 9-digit old ID (which looks like an
 * amount of money), only after an identity word; bank accounts only after a bank word.
 * Everything else with digits (articles, clauses, dates, law numbers, amounts) is left alone.
 * The masked text is NFC.
 */
export function maskPersonalData(input: string): MaskResult {
  // Stored text is NFC already; a caller with NFD text gets the NFC form back, masked.
  const text = input.normalize('NFC');
  // Found in the screening view (full-width digits, zero-width characters between digits),
  // masked in the text as written.
  const view = screeningView(text);
  const found = findSpans(view?.text ?? text);
  const spans = view
    ? found.map((s) => ({ kind: s.kind, start: view.starts[s.start], end: view.ends[s.end - 1] }))
    : found;
  if (!spans.length) return { masked: null, findings: [] };
  spans.sort((a, b) => a.start - b.start);
  let masked = '';
  let at = 0;
  const counts = new Map<PersonalDataKind, number>();
  for (const span of spans) {
    masked += text.slice(at, span.start) + MASKS[span.kind];
    at = span.end;
    counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
  }
  masked += text.slice(at);
  const findings = [...counts].map(([kind, count]): ScreeningFinding => ({
    rule: 'PERSONAL_DATA',
    kind,
    count,
  }));
  return { masked, findings };
}

function findSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Every e-mail address has an "@": most comments skip EMAIL's Unicode scan.
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL))
      spans.push({ start: m.index, end: m.index + m[0].length, kind: 'EMAIL' });
  }
  for (const { index, run } of digitRuns(text)) {
    if (overlaps(spans, index, index + run.length)) continue;
    spans.push(...numberSpans(text, index, run));
  }
  return spans;
}

/**
 * Within one run of digit groups, the personal numbers it contains: tries every stretch of
 * whole groups from left to right, longest first, so "Điều 12 0912345678" masks only the
 * phone and a phone split as "0912 345 678" is one number.
 */
function numberSpans(text: string, runStart: number, run: string): Span[] {
  const groups = [...run.matchAll(/\d+/g)].map((g) => ({
    start: runStart + g.index,
    end: runStart + g.index + g[0].length,
    digits: g[0],
  }));
  const spans: Span[] = [];
  let i = 0;
  while (i < groups.length) {
    let found: { j: number; kind: PersonalDataKind } | null = null;
    for (let j = groups.length - 1; j >= i && !found; j--) {
      const digits = groups
        .slice(i, j + 1)
        .map((g) => g.digits)
        .join('');
      if (digits.length > 19) continue;
      const before = text.slice(Math.max(0, groups[i].start - CONTEXT), groups[i].start);
      const kind = classify(digits, before, i === 0 && /^\(?\+/.test(run));
      if (kind) found = { j, kind };
    }
    if (!found) {
      i++;
      continue;
    }
    // A leading "+" or "(" belongs to the number.
    const start = i === 0 ? runStart : groups[i].start;
    spans.push({ start, end: groups[found.j].end, kind: found.kind });
    i = found.j + 1;
  }
  return spans;
}

function classify(digits: string, before: string, plus: boolean): PersonalDataKind | null {
  if (PHONE.test(digits) && (digits.startsWith('0') || plus || digits.length === 11)) return 'PHONE';
  if (CCCD.test(digits)) return 'NATIONAL_ID';
  if (ANY_ID.test(digits) && ID_WORDS.test(before)) return 'NATIONAL_ID';
  if (BANK_ACCOUNT.test(digits) && BANK_WORDS.test(before)) return 'BANK_ACCOUNT';
  return null;
}

function overlaps(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}
