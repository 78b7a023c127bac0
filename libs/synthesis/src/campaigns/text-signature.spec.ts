import {
  bandBuckets,
  BANDS,
  foldWords,
  jaccard,
  MINHASH_SIZE,
  packInt32,
  signText,
  unpackInt32,
} from './text-signature';

describe('text signatures', () => {
  it('folds like thamvan_fold(): case, diacritics, đ and punctuation do not matter', () => {
    expect(foldWords('Điều 5, KHOẢN 2: Đề nghị bỏ!')).toEqual([
      'dieu',
      '5',
      'khoan',
      '2',
      'de',
      'nghi',
      'bo',
    ]);
    // Decomposed input (NFD) folds to the same words as precomposed.
    expect(foldWords('Nghị định'.normalize('NFD'))).toEqual(foldWords('Nghị định'));
    expect(signText('Đề nghị bỏ Điều 5.').exactHash).toBe(signText('de nghi  bo dieu 5').exactHash);
  });

  it('computes exact Jaccard over sorted shingle sets', () => {
    const a = signText('một hai ba bốn năm sáu bảy tám chín mười');
    const b = signText('một hai ba bốn năm sáu bảy tám chín mười một');
    expect(jaccard(a.shingles, a.shingles)).toBe(1);
    // 8 shingles vs 9, 8 shared.
    expect(jaccard(a.shingles, b.shingles)).toBeCloseTo(8 / 9);
    expect(jaccard(a.shingles, signText('hoàn toàn khác nội dung này').shingles)).toBe(0);
    expect([...a.shingles].sort((x, y) => x - y)).toEqual(a.shingles);
  });

  it('gives near-identical texts mostly equal MinHash values and shared LSH buckets', () => {
    const base = Array.from({ length: 80 }, (_, i) => `từ${i}`).join(' ');
    const edited = base.replace('từ40', 'khác');
    const x = signText(base);
    const y = signText(edited);
    expect(x.minhash).toHaveLength(MINHASH_SIZE);
    const equal = x.minhash.filter((v, i) => v === y.minhash[i]).length / MINHASH_SIZE;
    expect(equal).toBeGreaterThan(0.8);
    const shared = bandBuckets(x.minhash).filter((b, i) => b === bandBuckets(y.minhash)[i]).length;
    expect(shared).toBeGreaterThan(BANDS / 4);
    const unrelated = signText(Array.from({ length: 80 }, (_, i) => `chữ${i}`).join(' '));
    expect(bandBuckets(unrelated.minhash).filter((b, i) => b === bandBuckets(x.minhash)[i])).toEqual([]);
  });

  it('treats a text without words as having no shingles and no buckets', () => {
    const s = signText('!!! ...');
    expect(s.shingles).toEqual([]);
    expect(bandBuckets(s.minhash)).toEqual([]);
    expect(signText('một').shingles).toHaveLength(1);
  });

  it('packs values as PostgreSQL int4send() does, and back', () => {
    // Big-endian two's complement, 4 bytes per value: int4send(-2) = \xfffffffe.
    expect(packInt32([1, -2, 0x7fffffff, -0x80000000]).toString('hex')).toBe(
      '00000001' + 'fffffffe' + '7fffffff' + '80000000',
    );
    const { shingles, minhash } = signText('Đề nghị Ban soạn thảo làm rõ phạm vi áp dụng của điều này');
    expect(unpackInt32(packInt32(shingles))).toEqual(shingles);
    expect(unpackInt32(packInt32(minhash))).toEqual(minhash);
    expect(unpackInt32(packInt32([]))).toEqual([]);
    expect(() => unpackInt32(Buffer.from([1, 2, 3]))).toThrow('3 bytes');
  });
});
