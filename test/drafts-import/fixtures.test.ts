import { parseDraftSource } from '@thamvan/drafts/import';
import { flattenOutline } from '@thamvan/drafts/parser/collect-text';
import type { Outline, OutlineNode } from '@thamvan/drafts/parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LAWS = join(__dirname, '../fixtures/laws');
const LAW = 'luat-an-ninh-mang-2018';

interface Expected {
  chapters: Array<{ number: string; title: string; articleCount: number; firstArticle: string }>;
  articleCount: number;
  articles: Array<{ number: string; heading: string }>;
}

const expected = JSON.parse(readFileSync(join(LAWS, `${LAW}.expected.json`), 'utf8')) as Expected;

const parseFile = (ext: string): Promise<Outline> =>
  parseDraftSource({
    filename: `${LAW}.${ext}`,
    base64: readFileSync(join(LAWS, `${LAW}.${ext}`)).toString('base64'),
  });

const byKind = (o: Outline, kind: OutlineNode['kind']) =>
  flattenOutline(o.nodes).filter((n) => n.kind === kind);
const flat = (o: Outline) =>
  flattenOutline(o.nodes).map(({ key, kind, number, label, heading, text }) => ({
    key,
    kind,
    number,
    label,
    heading,
    text,
  }));

describe.each(['txt', 'docx', 'pdf'])('the Luật An ninh mạng fixture as .%s', (ext) => {
  let outline: Outline;
  beforeAll(async () => {
    outline = await parseFile(ext);
  });

  it('has the header of the law', () => {
    expect(outline).toMatchObject({
      title: 'LUẬT AN NINH MẠNG',
      docType: 'LAW',
      number: '24/2018/QH14',
      issuer: 'QUỐC HỘI',
      preamble:
        'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật An ninh mạng.',
      warnings: [],
    });
  });

  it('has the 7 chapters with their joined titles, article counts and first articles', () => {
    const chapters = outline.nodes.map((c) => ({
      number: c.number,
      title: c.heading,
      articleCount: c.children.filter((n) => n.kind === 'ARTICLE').length,
      firstArticle: c.children.find((n) => n.kind === 'ARTICLE')?.number,
    }));
    expect(chapters).toEqual(expected.chapters);
  });

  it('has the 43 articles in order, with every heading', () => {
    const articles = byKind(outline, 'ARTICLE');
    expect(articles).toHaveLength(expected.articleCount);
    expect(articles.map((a) => ({ number: a.number, heading: a.heading }))).toEqual(expected.articles);
    expect(articles.map((a) => a.key)).toEqual(
      expected.articles.map((a) => {
        const chapter = expected.chapters.filter((c) => Number(c.firstArticle) <= Number(a.number)).pop();
        return `chuong-${chapter?.number.toLowerCase()}/dieu-${a.number}`;
      }),
    );
  });

  it('has every clause and point', () => {
    expect(byKind(outline, 'CLAUSE')).toHaveLength(164);
    expect(byKind(outline, 'POINT')).toHaveLength(175);
  });

  it('ends the provisions at the adoption formula and signature', () => {
    expect(outline.trailer?.split('\n').slice(0, 3)).toEqual([
      'Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 5 thông qua ngày 12 tháng 6 năm 2018.',
      'CHỦ TỊCH QUỐC HỘI',
      'Nguyễn Thị Kim Ngân',
    ]);
  });
});

describe('the three formats of the fixture agree', () => {
  it('the .docx and the .pdf give the .txt outline, node for node, text included', async () => {
    const [txt, docx, pdf] = await Promise.all(['txt', 'docx', 'pdf'].map(parseFile));
    // Every provision: key, number, label, heading and own text, wrapped PDF lines rejoined.
    expect(flat(docx)).toEqual(flat(txt));
    expect(flat(pdf)).toEqual(flat(txt));
    // The .txt also carries the portal's English translation after the signature; the others do not.
    expect(txt.trailer?.startsWith(`${docx.trailer}\n`)).toBe(true);
    expect(pdf.trailer).toBe(docx.trailer);
  });
});
