import { PostgresSearchIndex } from '@thamvan/search';
import { createUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, OpenDraft, openDraft, postOk } from '../feedback/feedback-fixtures';
import { parseCsv } from '../utils/csv';

/**
 * Search as people type it (issue 20), through GraphQL and the exports, against the
 * PostgreSQL adapter: counts of what comments say, typos in short syllables, Telex and VNI
 * typed without an input method, and provinces and provisions as people name them.
 */
const SEARCH = `query ($input: CommentSearchInput!) { searchComments(input: $input) {
  totalCount totalIsExact hits { highlights matchedIn comment { id } }
  corrections { typed readAs kind } } }`;

interface Found {
  searchComments: {
    totalCount: number;
    totalIsExact: boolean;
    hits: { highlights: string[]; matchedIn: string[]; comment: { id: string } }[];
    corrections: { typed: string; readAs: string[]; kind: string }[];
  };
}

describe('search as people type it', () => {
  let t: TestApp;
  let law: OpenDraft;
  const ids: Record<'privacy' | 'personal' | 'security' | 'road', string> = {} as never;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    // "Luật An ninh mạng (dự thảo)": the title says "an ninh mạng"; one author's name does too.
    law = await openDraft(t);
    const camau = await createUser(t, { province: 'Cà Mau', displayName: 'Nguyễn Thị Mai' });
    const named = await createUser(t, { province: 'Hà Nội', displayName: 'Phạm An Ninh' });
    const article21 = law.provisions.find((p) => p.key.endsWith('/dieu-21'))!;
    const clause1 = law.provisions.find((p) => p.key === `${article21.key}/khoan-1`)!;
    const article8 = law.provisions.find((p) => p.key.endsWith('/dieu-8'))!;
    const post = async (user: typeof camau, provisionId: string, body: string) =>
      (await postOk(t, user, law.draftId, { provisionId, body })).id;
    ids.privacy = await post(camau, clause1.id, 'Đề nghị bảo vệ quyền riêng tư của người dùng mạng xã hội.');
    ids.personal = await post(named, article21.id, 'Cần quy định rõ thông tin cá nhân nào được thu thập.');
    ids.security = await post(named, article8.id, 'Luật an ninh mạng phải bảo đảm quyền tự do ngôn luận.');
    ids.road = await post(camau, article8.id, 'Đường dây nóng tiếp nhận phản ánh phải hoạt động cả ngày.');
    await t.app.get(PostgresSearchIndex).sync(Object.values(ids));
  });
  afterAll(() => t?.close());

  const search = async (input: Record<string, unknown>) => {
    const res = await t.graphql<Found>(SEARCH, { input: { draftId: law.draftId, ...input } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.searchComments;
  };
  const found = async (input: Record<string, unknown>) =>
    (await search(input)).hits.map((h) => h.comment.id).sort();

  it('counts the comments whose text matches, each with why it matched', async () => {
    const result = await search({ q: 'an ninh mang' });
    expect(result).toMatchObject({ totalCount: 1, totalIsExact: true });
    expect(result.hits[0]).toMatchObject({ comment: { id: ids.security }, matchedIn: ['COMMENT'] });
    expect(result.hits[0].highlights.join(' ')).toContain(
      '<mark>an</mark> <mark>ninh</mark> <mark>mạng</mark>',
    );
    // The author and the title match only when asked for, and say so.
    const byAuthor = await search({ q: 'an ninh', in: ['AUTHOR'] });
    expect(byAuthor.hits.map((h) => [h.comment.id, h.matchedIn])).toEqual(
      expect.arrayContaining([
        [ids.personal, ['AUTHOR']],
        [ids.security, ['AUTHOR']],
      ]),
    );
    expect(byAuthor.totalCount).toBe(2);
    expect((await search({ q: 'an ninh mang', in: ['DRAFT'] })).totalCount).toBe(4);
  });

  it('reads words typed in Telex or VNI without an input method, and says so', async () => {
    const telex = await search({ q: 'quyeenf rieeng tuw' });
    expect(telex.hits.map((h) => h.comment.id)).toEqual([ids.privacy]);
    expect(telex.corrections).toEqual(
      expect.arrayContaining([
        { typed: 'quyeenf', readAs: ['quyen'], kind: 'INPUT_METHOD' },
        { typed: 'tuw', readAs: ['tu'], kind: 'INPUT_METHOD' },
      ]),
    );
    expect(await found({ q: 'thoong tin' })).toEqual([ids.personal]);
    expect(await found({ q: 'dduwowngf daay' })).toEqual([ids.road]);
    expect(await found({ q: 'quye62n rie6ng' })).toEqual([ids.privacy]);
    expect(await found({ q: 'd9u7o7ng2 da6y' })).toEqual([ids.road]);
  });

  it('tolerates one typo in a short syllable beside other words that match', async () => {
    const result = await search({ q: 'thong tinn ca nhan' });
    expect(result.hits.map((h) => h.comment.id)).toEqual([ids.personal]);
    expect(result.corrections).toEqual([
      { typed: 'tinn', readAs: expect.arrayContaining(['tin']), kind: 'TYPO' },
    ]);
    expect(await found({ q: 'quyen rieg tu' })).toEqual([ids.privacy]);
    // Alone, a short unknown word is not guessed at; known words are never widened.
    expect((await search({ q: 'tinn' })).totalCount).toBe(0);
    expect(await found({ q: 'quyen tu do' })).toEqual([ids.security]);
    expect((await search({ q: 'thong tin' })).corrections).toEqual([]);
  });

  it('filters by provinces and provisions as people name them', async () => {
    for (const province of ['Cà Mau', 'Ca Mau', 'ca mau', 'Tỉnh Bạc Liêu', 'Bac Lieu']) {
      expect({ province, ids: await found({ province: [province] }) }).toEqual({
        province,
        ids: [ids.privacy, ids.road].sort(),
      });
    }
    expect(await found({ province: ['Nơi không có'] })).toEqual([]);
    const article = [ids.privacy, ids.personal].sort();
    for (const provisionKey of ['dieu-21', 'Điều 21', 'dieu 21', 'DIEU-21']) {
      expect({ provisionKey, ids: await found({ provisionKey }) }).toEqual({ provisionKey, ids: article });
    }
    for (const provisionKey of ['dieu-21/khoan-1', 'Khoản 1 Điều 21', 'khoan 1 dieu 21']) {
      expect({ provisionKey, ids: await found({ provisionKey }) }).toEqual({
        provisionKey,
        ids: [ids.privacy],
      });
    }
    // The full key still works, and a clause label alone names a clause in every article.
    const full = law.provisions.find((p) => p.key.endsWith('/dieu-21'))!.key;
    expect(await found({ provisionKey: full })).toEqual(article);
    const ambiguous = await t.graphql(SEARCH, { input: { draftId: law.draftId, provisionKey: 'khoan-1' } });
    expect(code(ambiguous)).toBe('BAD_USER_INPUT');
    expect(ambiguous.errors![0].message).toContain('several provisions');
  });

  it('applies the same rules to the exports', async () => {
    const rows = async (query: string) => {
      const res = await fetch(`${t.url}/api/exports/comments.csv?draftId=${law.draftId}&${query}`);
      expect(res.status).toBe(200);
      const [, ...body] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
      return body.length;
    };
    expect(await rows('q=an%20ninh%20mang')).toBe(1);
    expect(await rows('q=an%20ninh&in=AUTHOR')).toBe(2);
    expect(await rows('q=quyeenf%20rieeng%20tuw')).toBe(1);
    expect(await rows('province=Bac%20Lieu')).toBe(2);
    expect(await rows(`provisionKey=${encodeURIComponent('Điều 21')}`)).toBe(2);
    const bad = await fetch(`${t.url}/api/exports/comments.csv?draftId=${law.draftId}&in=TITLE`);
    expect(bad.status).toBe(400);
  });
});
