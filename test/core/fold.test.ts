import { foldByCharacter, foldVietnamese, foldVietnameseWith } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../utils/test-database';
import { openDataSource } from '../utils/test-data-source';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** Every vowel with every tone, lower and upper case, precomposed (NFC) and decomposed (NFD). */
const SYLLABLES = VOWELS.flatMap((vowel) =>
  TONES.flatMap((tone) => {
    const nfc = `${vowel}${tone}`.normalize('NFC');
    return [nfc, nfc.toUpperCase(), nfc.normalize('NFD'), nfc.toUpperCase().normalize('NFD')];
  }),
);

const SAMPLE = [
  ...SYLLABLES,
  SYLLABLES.join(' '),
  'đ Đ dđ ĐẤT ĐAI Đắk Lắk đường',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Điều 5. Khoản 1, điểm đ) của Nghị định số 13/2023/NĐ-CP;',
  'Luật An ninh mạng 2018 (sửa đổi, bổ sung): quyền & nghĩa vụ!?',
  'Người dân có quyền tiếp cận thông tin "chính xác" - \'đầy đủ\'...',
  'Ưu tiên Ỷ lại Ủy ban Ý kiến ỹ ỵ',
  'Quyền sử dụng đất'.normalize('NFD'),
  'ĐIỀU 12'.normalize('NFD'),
  // A combining mark after a precomposed letter (Word sometimes writes tones this way).
  'hoà hòa hoa\u0300 thuỷ thủy thuy\u0309',
  'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH 0123456789 #1 50% 3.5 a+b=c [x] {y} <z> @ _ ~ `',
  '  nhiều   khoảng\ttrắng\nxuống dòng  ',
  // ð (eth) is often typed for đ: both folds read it as d.
  'Ðà Nẵng ðường',
];

/**
 * thamvan_fold() (SQL: indexes on draft titles, the search projection) and the TypeScript
 * folds (query words, screening, campaign signatures) must agree on Vietnamese, or a word
 * folded on one side is not found on the other.
 */
describe('thamvan_fold() and the TypeScript folds', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let sqlFolds: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await openDataSource(db.url, 1);
    const [row]: { folded: string[] }[] = await ds.query(
      `SELECT array_agg(thamvan_fold(s) ORDER BY i) AS folded FROM unnest($1::text[]) WITH ORDINALITY x(s, i)`,
      [SAMPLE],
    );
    sqlFolds = row.folded;
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('foldVietnamese folds as thamvan_fold() does', () => {
    expect(SAMPLE.map(foldVietnamese)).toEqual(sqlFolds);
  });

  it("foldVietnameseWith marks: 'latin' (campaign signatures) folds as thamvan_fold() does", () => {
    expect(SAMPLE.map((s) => foldVietnameseWith(s, { marks: 'latin' }))).toEqual(sqlFolds);
  });

  it('foldByCharacter (screening) folds as thamvan_fold() does', () => {
    expect(SAMPLE.map(foldByCharacter)).toEqual(sqlFolds);
  });

  it('outside Vietnamese they differ: unaccent rewrites typographic punctuation, ligatures and symbols, lower() leaves other capitals', async () => {
    const others = ['“chính xác” — đủ…', 'æ', '©', 'Ж'];
    const [row]: { folded: string[] }[] = await ds.query(
      `SELECT array_agg(thamvan_fold(s) ORDER BY i) AS folded FROM unnest($1::text[]) WITH ORDINALITY x(s, i)`,
      [others],
    );
    expect(others.map(foldVietnamese)).toEqual(['“chinh xac” — du…', 'æ', '©', 'ж']);
    expect(row.folded).toEqual(['"chinh xac" - du...', 'ae', '(c)', 'Ж']);
  });
});
