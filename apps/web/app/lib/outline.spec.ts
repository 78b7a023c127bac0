import { buildOutline, countArticles, countUnder, type FlatProvision } from './outline';

const zero = { support: 0, oppose: 0, amend: 0, question: 0, neutral: 0 };
const p = (
  id: string,
  kind: FlatProvision['kind'],
  number: string,
  label: string,
  parentId: string | null,
): FlatProvision => ({
  id,
  key: id,
  kind,
  number,
  label,
  text: '',
  parentId,
  commentCount: 0,
  stanceCounts: zero,
});

describe(buildOutline.name, () => {
  const flat = [
    p('c1', 'CHAPTER', 'I', 'Chương I', null),
    p('a1', 'ARTICLE', '1', 'Điều 1', 'c1'),
    p('a2', 'ARTICLE', '2', 'Điều 2', 'c1'),
    p('k1', 'CLAUSE', '1', 'Khoản 1', 'a2'),
    p('d1', 'POINT', 'đ', 'Điểm đ', 'k1'),
    p('c2', 'CHAPTER', 'II', 'Chương II', null),
    p('a3', 'ARTICLE', '3', 'Điều 3', 'c2'),
  ];

  it('nests provisions under their parents in document order', () => {
    const roots = buildOutline(flat);
    expect(roots.map((r) => r.id)).toEqual(['c1', 'c2']);
    expect(roots[0].children.map((c) => c.id)).toEqual(['a1', 'a2']);
    expect(roots[0].children[1].children[0].children[0].id).toBe('d1');
    expect(countArticles(roots)).toBe(3);
  });

  it('names clauses and points as citations do, with their article', () => {
    const point = buildOutline(flat)[0].children[1].children[0].children[0];
    expect(point.citation).toBe('điểm đ khoản 1 Điều 2');
  });

  it('keeps a provision whose parent is missing, as a root', () => {
    const roots = buildOutline([p('a9', 'ARTICLE', '9', 'Điều 9', 'gone')]);
    expect(roots.map((r) => r.id)).toEqual(['a9']);
  });
});

describe('countUnder', () => {
  const facet = [
    { value: 'chuong-i/dieu-2', count: 3 },
    { value: 'chuong-i/dieu-2/khoan-1', count: 4 },
    { value: 'chuong-i/dieu-28', count: 50 },
    { value: 'chuong-i/dieu-2/khoan-1/diem-a', count: 1 },
  ];
  it('adds a provision and everything under it, never a longer number', () => {
    expect(countUnder(facet, 'chuong-i/dieu-2')).toBe(8);
    expect(countUnder(facet, 'chuong-i/dieu-2/khoan-1')).toBe(5);
    expect(countUnder(facet, 'chuong-i/dieu-3')).toBe(0);
  });
});
