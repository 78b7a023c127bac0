import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { collectText, flattenOutline } from './collect-text';
import { isHeaderBoilerplate } from './header';
import { Outline, normalizeText, parseLegalText } from './index';

/**
 * "No input line is lost", stated precisely:
 *
 * Take the input, normalise it (normalizeText) and split it into lines. Ignore blank lines and
 * header boilerplate (isHeaderBoilerplate: national motto and its subtitle, separator dashes,
 * the "Số: …" line and the place-and-date line), which the parser reduces to outline fields.
 * Split every remaining line into words: maximal runs of letters, digits and combining marks,
 * compared lower-cased and with leading zeros dropped ("Điều 05" is numbered "5"). Then every
 * word occurs in collectText(outline) (title, number, issuer, preamble, labels, headings,
 * texts, trailer) at least as many times as in those lines. Punctuation is not compared: the
 * parser legitimately turns "Điều 5." into label "Điều 5" and "a)" into "Điểm a".
 */
function words(text: string): string[] {
  const runs = text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  // Lower-case each word on its own: the Greek final-sigma rule would otherwise depend on
  // neighbouring text, which legitimately differs between input and outline.
  return runs.map((w) => w.toLowerCase().replace(/^0+(?=\d)/u, ''));
}

function countWords(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Words of the input missing from the outline (empty when nothing is lost). */
function lostWords(input: string, outline: Outline): string[] {
  const kept = normalizeText(input)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !isHeaderBoilerplate(l));
  const need = countWords(kept.flatMap(words));
  const have = countWords(words(collectText(outline)));
  const lost: string[] = [];
  for (const [w, n] of need) if ((have.get(w) ?? 0) < n) lost.push(w);
  return lost;
}

const DOC_TYPES = ['LAW', 'ORDINANCE', 'RESOLUTION', 'DECREE', 'DECISION', 'CIRCULAR', 'OTHER'];

/** Structural invariants every outline must satisfy, whatever the input; returns violations. */
function shapeProblems(outline: Outline): string[] {
  const problems: string[] = [];
  // The catch-all fallback in parseLegalText must never be what kept us from throwing.
  problems.push(...outline.warningDetails.filter((w) => w.code === 'PARSER_ERROR').map((w) => w.message));
  if (!DOC_TYPES.includes(outline.docType)) problems.push(`docType ${outline.docType}`);
  const seen = new Set<string>();
  for (const node of flattenOutline(outline.nodes)) {
    if (seen.has(node.key)) problems.push(`duplicate key ${node.key}`);
    seen.add(node.key);
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(node.key)) problems.push(`bad key ${node.key}`);
    if (node.text !== node.text.normalize('NFC')) problems.push(`text not NFC in ${node.key}`);
    for (const child of node.children) {
      if (!child.key.startsWith(`${node.key}/`)) problems.push(`key ${child.key} not under parent`);
    }
  }
  return problems;
}

const KEYWORDS = ['Điều', 'ĐIỀU', 'điều', 'Chương', 'CHƯƠNG', 'Mục', 'Tiểu mục', 'Phần', 'PHẦN'];
const NUMBERS = ['1', '2', '3', '05', '5a', '12', 'I', 'II', 'iv', 'thứ nhất', 'THỨ HAI', 'này'];
const SEPARATORS = ['', '.', ':', ' -', ',', ')'];
const TAILS = ['', ' Tiêu đề', ' QUY ĐỊNH CHUNG', ' của Luật này', ' quy định', ' 12 năm'];
const BOILERPLATE = [
  'QUỐC HỘI',
  'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '---------------',
  'Luật số: 24/2018/QH14',
  'Số: 1456/QĐ-UBND',
  'Hà Nội, ngày 12 tháng 6 năm 2018',
  'LUẬT',
  'QUYẾT ĐỊNH',
  'VỀ VIỆC PHÊ DUYỆT',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
  'Căn cứ Hiến pháp;',
  'QUYẾT ĐỊNH:',
  'Nơi nhận:',
  '- Như Điều 3;',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Luật này được Quốc hội thông qua ngày 12 tháng 6 năm 2018.',
  'PHỤ LỤC',
  '“Điều 5. Trích dẫn',
  'kết thúc trích dẫn.”',
  '3.000.000 đồng',
  '1.1',
  'Văn bản này chưa cập nhật nội dung Tiếng Anh',
];

// Small numbers and early letters dominate so that sequences such as "Điều 1", "1.", "2.",
// "a)", "b)" actually occur and the tree builder's acceptance rules get exercised.
const smallNumber = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 4 },
  { arbitrary: fc.nat(2100), weight: 1 },
);
const provisionLine = fc
  .tuple(
    fc.constantFrom(...KEYWORDS),
    fc.oneof(fc.constantFrom(...NUMBERS), smallNumber.map(String)),
    fc.constantFrom(...SEPARATORS),
    fc.constantFrom(...TAILS),
  )
  .map(([k, n, s, t]) => `${k} ${n}${s}${t}`);
const clauseLine = fc
  .tuple(smallNumber, fc.constantFrom('.', ')', '', '.', '.'), fc.string({ maxLength: 20 }))
  .map(([n, s, t]) => `${n}${s} ${t}`);
const pointLine = fc
  .tuple(
    fc.constantFrom(...'aaabbcdđđefghijkxyz'),
    fc.constantFrom(')', '.', ') ', ')'),
    fc.string({ maxLength: 20 }),
  )
  .map(([l, s, t]) => `${l}${s}${t}`);
const junkLine = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', '   ', '\t', '0', '000 Điều'),
);
const legalLine = fc.oneof(
  { arbitrary: provisionLine, weight: 4 },
  { arbitrary: clauseLine, weight: 3 },
  { arbitrary: pointLine, weight: 3 },
  { arbitrary: fc.constantFrom(...BOILERPLATE), weight: 3 },
  { arbitrary: junkLine, weight: 2 },
);
// A well-formed article ("Điều n. …", clauses 1..k, points a, b, c …) whose lines are then
// perturbed by the junk and provision lines interleaved around it.
const articleBlock = fc
  .tuple(
    fc.integer({ min: 1, max: 60 }),
    fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }),
    fc.boolean(),
  )
  .map(([n, clauses, heading]) => {
    const lines = [heading ? `Điều ${n}. Tiêu đề ${n}` : `Điều ${n}.`];
    clauses.forEach((points, i) => {
      lines.push(`${i + 1}. Khoản ${i + 1} của điều ${n}:`);
      for (let p = 0; p < points; p++) lines.push(`${'abcdđeg'[p]}) Điểm thứ ${p} khoản ${i + 1};`);
    });
    return lines;
  });
const legalDocument = fc
  .tuple(
    fc.array(
      fc.oneof(
        { arbitrary: articleBlock, weight: 1 },
        { arbitrary: fc.array(legalLine, { maxLength: 6 }), weight: 2 },
      ),
      { minLength: 1, maxLength: 25 },
    ),
    fc.constantFrom('\n', '\r\n', '\n\n'),
    fc.boolean(),
  )
  .map(([blocks, eol, nfd]) => {
    const text = blocks.flat().join(eol);
    return nfd ? text.normalize('NFD') : text;
  });

describe('parseLegalText properties', () => {
  it('never throws and loses no word on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (input) => {
        const outline = parseLegalText(input);
        expect(shapeProblems(outline)).toEqual([]);
        expect(lostWords(input, outline)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and loses no word on legal-looking lines mixed with junk', () => {
    fc.assert(
      fc.property(legalDocument, (input) => {
        const outline = parseLegalText(input);
        expect(shapeProblems(outline)).toEqual([]);
        expect(lostWords(input, outline)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('loses no word of the fixture texts', () => {
    for (const name of [
      'luat-an-ninh-mang-2018.txt',
      'qd-1456-2021-ubnd-nam-dinh.txt',
      'qd-715-2023-ubnd-binh-dinh.txt',
      'extra/du-thao-nghi-dinh-tong-hop.txt',
    ]) {
      const input = readFileSync(join(__dirname, '../../../../test/fixtures/laws', name), 'utf8');
      const outline = parseLegalText(input);
      expect(shapeProblems(outline)).toEqual([]);
      expect(lostWords(input, outline)).toEqual([]);
    }
  });

  it('detects a lost word (the check itself works)', () => {
    const outline = parseLegalText('Điều 1. A\nnội dung');
    expect(lostWords('Điều 1. A\nnội dung\nbị mất', outline)).toEqual(['bị', 'mất']);
  });
});
