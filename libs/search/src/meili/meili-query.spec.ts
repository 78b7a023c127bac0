import { PUBLIC_AUDIENCE } from '../search-query';
import { parseQuery } from '../text/fold';
import { meiliFilter, meiliQueryText, meiliSort, provisionPath, quote, toHighlight } from './meili-query';

describe('Meilisearch query translation', () => {
  it('lets the public find PUBLISHED only, moderators everything indexed, officers their agencies', () => {
    expect(meiliFilter({}, PUBLIC_AUDIENCE)).toEqual(['status = "PUBLISHED"']);
    expect(meiliFilter({}, { moderator: true, agencyIds: [] })).toEqual([
      'status IN ["PUBLISHED", "PENDING", "HIDDEN"]',
    ]);
    expect(meiliFilter({}, { moderator: false, agencyIds: ['a1'] })).toEqual([
      '(status = "PUBLISHED" OR (status IN ["PENDING", "HIDDEN"] AND agencyId IN ["a1"]))',
    ]);
  });

  it('translates every filter', () => {
    const from = new Date('2026-01-01T00:00:00.000Z');
    const to = new Date('2026-02-01T00:00:00.000Z');
    expect(
      meiliFilter(
        {
          draftId: 'd',
          agencyId: 'a',
          provisionKey: 'chuong-i/dieu-2/',
          stance: ['AMEND', 'OPPOSE'],
          authorKind: ['ORGANIZATION'],
          province: ['Hà Nội'],
          disposition: ['ACCEPTED'],
          hasProposedText: true,
          answered: false,
          verified: true,
          from,
          to,
          uniqueOnly: true,
          campaignId: 'c',
          status: ['PENDING'],
        },
        PUBLIC_AUDIENCE,
      ),
    ).toEqual([
      'status = "PUBLISHED"',
      'draftId = "d"',
      'agencyId = "a"',
      'provisionPath = "chuong-i/dieu-2"',
      'stance IN ["AMEND", "OPPOSE"]',
      'authorKind IN ["ORGANIZATION"]',
      'province IN ["Hà Nội"]',
      'disposition IN ["ACCEPTED"]',
      'hasProposedText = true',
      'answered = false',
      'verified = true',
      `createdAt >= ${from.getTime()}`,
      `createdAt <= ${to.getTime()}`,
      'isUnique = true',
      'campaignId = "c"',
      'status IN ["PENDING"]',
    ]);
  });

  it('quotes values so that they cannot end the string', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(meiliFilter({ province: ['x" OR status = "HIDDEN'] }, PUBLIC_AUDIENCE)[1]).toBe(
      'province IN ["x\\" OR status = \\"HIDDEN"]',
    );
  });

  it('gives a provision key all its ancestors, so dieu-2 never matches dieu-28', () => {
    expect(provisionPath('chuong-i/dieu-28/khoan-1')).toEqual([
      'chuong-i',
      'chuong-i/dieu-28',
      'chuong-i/dieu-28/khoan-1',
    ]);
    expect(provisionPath('chuong-i/dieu-28')).not.toContain('chuong-i/dieu-2');
    expect(provisionPath(null)).toEqual([]);
  });

  it('sorts', () => {
    expect(meiliSort('RELEVANCE', true)).toBeUndefined();
    expect(meiliSort('RELEVANCE', false)).toEqual(['createdAt:desc']);
    expect(meiliSort('OLDEST', true)).toEqual(['createdAt:asc']);
    expect(meiliSort('MOST_AGREED', false)).toEqual(['agreeCount:desc', 'createdAt:desc']);
  });

  it('turns highlights into escaped text with <mark> only', () => {
    expect(toHighlight('<b>\u0001đất\u0002 & nhà')).toBe('&lt;b&gt;<mark>đất</mark> &amp; nhà');
    expect(toHighlight('no match')).toBeNull();
    expect(toHighlight(null)).toBeNull();
  });

  it('sends the words as the contract reads them: known words exact, readings in place, phrases kept', () => {
    const read = (q: string, unknown: string[], alternatives: Record<string, string[]> = {}) =>
      meiliQueryText(parseQuery(q)!, {
        unknown: new Set(unknown),
        alternatives: new Map(Object.entries(alternatives)),
      });
    // Known words quoted: Meilisearch's typo tolerance would widen "quyen" to "quyết".
    expect(read('Quyền riêng tư', [])).toBe('"quyen" "rieng" "tu"');
    // Telex and a short typo read as the vocabulary says, the first reading only.
    expect(read('quyeenf rieng tuw', ['quyeenf', 'tuw'], { quyeenf: ['quyen'], tuw: ['tu', 'tua'] })).toBe(
      '"quyen" "rieng" "tu"',
    );
    // An unknown word with no reading is left to Meilisearch's typo rule (5 letters and more).
    expect(read('nghiepp dat', ['nghiepp'])).toBe('nghiepp "dat"');
    expect(read('"co quan nha nuoc" dat', [])).toBe('"dat" "co quan nha nuoc"');
  });
});
