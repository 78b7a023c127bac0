import { activeFilterCount, exportHref, searchFiltersOf, searchHref } from './search-params';

const params = (query: string) => new URLSearchParams(query);
const D1 = '0b6f1c5e-7a51-4d2b-9a53-1f2e3d4c5b6a';
const C1 = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('search addresses', () => {
  it('reads every filter from the address, dropping unknown values', () => {
    const filters = searchFiltersOf(
      params(
        `q=+dat+dai+&du-thao=${D1}&dieu=chuong-i/dieu-2&quan-diem=AMEND&quan-diem=BAD&nguoi-gop-y=ORGANIZATION` +
          '&tinh=H%C3%A0+N%E1%BB%99i&xac-minh=0&tra-loi=chua&hinh-thuc=ACCEPTED&tu=2026-12-01&den=2026-12-31' +
          '&gop=1&sap-xep=moi-nhat',
      ),
    );
    expect(filters).toEqual({
      q: 'dat dai',
      in: undefined,
      draftId: D1,
      agencyId: undefined,
      provisionKey: 'chuong-i/dieu-2',
      stance: ['AMEND'],
      authorKind: ['ORGANIZATION'],
      province: ['Hà Nội'],
      verified: false,
      answered: false,
      disposition: ['ACCEPTED'],
      from: '2026-11-30T17:00:00.000Z',
      to: '2026-12-31T16:59:59.000Z',
      uniqueOnly: true,
      campaignId: undefined,
      sort: 'NEWEST',
    });
    expect(activeFilterCount(filters)).toBe(11);
  });

  it('ignores ids that cannot exist, a provision without its draft, impossible days, unknown orders', () => {
    const filters = searchFiltersOf(
      params("du-thao=abc&co-quan=1'--&dieu=dieu-2&tu=2026-02-30&sap-xep=ngau-nhien"),
    );
    expect(filters.draftId).toBeUndefined();
    expect(filters.agencyId).toBeUndefined();
    expect(filters.provisionKey).toBeUndefined();
    expect(filters.from).toBeUndefined();
    expect(filters.sort).toBe('RELEVANCE');
    expect(activeFilterCount(filters)).toBe(0);
  });

  it('reads where to look for the words; only the comment text is the default and stays out of addresses', () => {
    const both = searchFiltersOf(params('q=an+ninh&trong=noi-dung&trong=nguoi-viet&trong=khong-co'));
    expect(both.in).toEqual(['COMMENT', 'AUTHOR']);
    expect(searchHref(both)).toBe('/tim-kiem?q=an+ninh&trong=noi-dung&trong=nguoi-viet');
    expect(exportHref('csv', both)).toBe('/api/exports/comments.csv?q=an+ninh&in=COMMENT%2CAUTHOR');
    expect(searchFiltersOf(params('q=an+ninh&trong=noi-dung')).in).toBeUndefined();
    expect(activeFilterCount(both)).toBe(0);
  });

  it('collapses campaigns by default where asked, unless unticked or one campaign is opened', () => {
    expect(searchFiltersOf(params(''), { uniqueByDefault: true }).uniqueOnly).toBe(true);
    expect(searchFiltersOf(params('gop=0'), { uniqueByDefault: true }).uniqueOnly).toBeUndefined();
    expect(searchFiltersOf(params('gop=0&gop=1'), { uniqueByDefault: true }).uniqueOnly).toBe(true);
    expect(searchFiltersOf(params(`chien-dich=${C1}`), { uniqueByDefault: true }).uniqueOnly).toBeUndefined();
  });

  it('writes the same search as the export address, with the API names', () => {
    const filters = searchFiltersOf(
      params(`q=đất+đai&du-thao=${D1}&quan-diem=AMEND&quan-diem=OPPOSE&tra-loi=roi`),
    );
    const url = new URL(exportHref('csv', filters), 'http://x');
    expect(url.pathname).toBe('/api/exports/comments.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'đất đai',
      draftId: D1,
      stance: 'AMEND,OPPOSE',
      answered: 'true',
    });
    expect(exportHref('ndjson', {})).toBe('/api/exports/comments.ndjson');
  });

  it('writes an address that reads back as the same search', () => {
    const query = `q=dat+dai&du-thao=${D1}&dieu=dieu-2&quan-diem=AMEND&tinh=C%C3%A0+Mau&xac-minh=1&tra-loi=roi&tu=2026-12-01&gop=1&sap-xep=cu-nhat`;
    const filters = searchFiltersOf(params(query));
    const again = searchFiltersOf(new URL(searchHref(filters), 'http://x').searchParams);
    expect(again).toEqual(filters);
    expect(searchHref({})).toBe('/tim-kiem');
  });

  it('reads a topic (chu-de) into topicId, writes it back and passes it to the export', () => {
    const filters = searchFiltersOf(params(`du-thao=${D1}&chu-de=${C1}`));
    expect(filters.topicId).toBe(C1);
    expect(searchHref(filters)).toBe(`/tim-kiem?du-thao=${D1}&chu-de=${C1}`);
    expect(new URL(exportHref('csv', filters), 'http://x').searchParams.get('topicId')).toBe(C1);
    expect(activeFilterCount(filters)).toBe(2);
    expect(searchFiltersOf(params('chu-de=other')).topicId).toBeUndefined();
  });
});
