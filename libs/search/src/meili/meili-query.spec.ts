import { decodeCursor, encodeCursor, PUBLIC_AUDIENCE, SearchQuery } from '../search-query';
import { parseQuery } from '../text/fold';
import {
  idKey,
  MEILI_MAX_QUERY_TERMS,
  MEILI_SETTINGS,
  meiliEndCursor,
  meiliFilter,
  meiliKeyset,
  MEILI_MAX_READINGS,
  MEILI_RELEVANCE_ATTEMPTS,
  MEILI_RELEVANCE_LOOKBACK,
  meiliQueryText,
  meiliQueryWords,
  meiliReadings,
  meiliRelevanceKey,
  meiliRelevanceOrder,
  meiliRelevanceStep,
  meiliRelevanceWindow,
  meiliRequests,
  meiliResults,
  meiliSearchPlan,
  meiliSort,
  meiliSwapPayload,
  meiliTotal,
  provisionPath,
  quote,
  toHighlight,
} from './meili-query';

/**
 * What Meilisearch v1.12 makes of a double-quoted filter value, step by step as
 * crates/filter-parser/src/value.rs does it: `quoted_by` ends the value at the first `"` that
 * no backslash escapes (a backslash skips the character after it), then, if one did, replaces
 * every `\"` with `"` (`unescape(output, quote)`); `parse_value` then runs the `unescaper`
 * crate (0.1.5, src/lib.rs: `\\` → `\`, `\"` → `"`, `\n` → newline, `\t`, `\u{…}` …; an
 * unknown escape is an error). A lone backslash would be read as an escape; ours survive
 * because every backslash is doubled.
 */
function v112FilterValue(literal: string): string {
  expect(literal.startsWith('"')).toBe(true);
  let i = 1;
  let escapedQuote = false;
  for (; i < literal.length && literal[i] !== '"'; i++) {
    if (literal[i] === '\\') {
      i++;
      escapedQuote ||= literal[i] === '"';
    }
  }
  expect(i).toBe(literal.length - 1); // the whole literal is one value
  let value = literal.slice(1, i);
  if (escapedQuote) value = value.split('\\"').join('"');
  // unescaper::unescape, for the escapes a quoted value of ours can contain.
  let out = '';
  for (let j = 0; j < value.length; j++) {
    if (value[j] !== '\\') {
      out += value[j];
      continue;
    }
    const next = value[++j];
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' };
    if (next === '\\' || next === '"' || next === "'" || next === '/') out += next;
    else if (controls[next]) out += controls[next];
    else throw new Error(`unescaper: escape \\${next} is refused`);
  }
  return out;
}

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  text: null,
  fields: ['COMMENT'],
  filters: {},
  audience: PUBLIC_AUDIENCE,
  sort: 'NEWEST',
  first: 20,
  after: null,
  facets: [],
  ...overrides,
});
const ID = '0f1e2d3c-4b5a-4987-8654-3210fedcba98';

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

  it('quotes values so that v1.12 reads them back as written, backslashes included', () => {
    // crates/filter-parser/src/value.rs (v1.12): `\"` for a quote and `\\` for a backslash;
    // its test_value has `"aa\\aa"` → `aa\aa` and `"Hello \\\"world\\\""` → `Hello \"world\"`.
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(meiliFilter({ province: ['x" OR status = "HIDDEN'] }, PUBLIC_AUDIENCE)[1]).toBe(
      'province IN ["x\\" OR status = \\"HIDDEN"]',
    );
    for (const value of [
      'a"b\\c',
      '\\',
      'a\\',
      '\\"',
      'x\\\\"y',
      'C:\\new\\tab',
      '\\u0041',
      '""',
      'Hà Nội',
    ]) {
      expect({ value, read: v112FilterValue(quote(value)) }).toEqual({ value, read: value });
    }
    // Escaping quotes only (backslashes as typed) is read differently: `\n` becomes a newline.
    expect(v112FilterValue('"C:\\new"')).toBe('C:\new');
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

  it('sorts, every order ending on the id key so that no two documents tie', () => {
    expect(meiliSort('RELEVANCE', true)).toBeUndefined();
    expect(meiliSort('RELEVANCE', false)).toEqual(['createdAt:desc', 'idKey:desc']);
    expect(meiliSort('NEWEST', true)).toEqual(['createdAt:desc', 'idKey:desc']);
    expect(meiliSort('OLDEST', true)).toEqual(['createdAt:asc', 'idKey:asc']);
    expect(meiliSort('MOST_AGREED', false)).toEqual(['agreeCount:desc', 'createdAt:desc', 'idKey:desc']);
  });

  it('keys ids by a number exact in a double, in the order of their first 13 hex digits', () => {
    expect(idKey(ID)).toBe(0x0f1e2d3c4b5a4);
    expect(idKey('ffffffff-ffff-4fff-bfff-ffffffffffff')).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    expect(idKey('00000000-0000-4000-8000-000000000001')).toBeLessThan(
      idKey('00000000-0001-4000-8000-000000000000'),
    );
  });

  it('starts a page after the cursor by filtering on the sort key (numbers only, as v1.12 compares)', () => {
    // crates/milli/src/search/facet/filter.rs (v1.12), evaluate_operator: `<`, `>` parse the
    // value as a finite float; strings cannot be compared, hence createdAt in ms and idKey.
    const at = '2026-03-01T10:00:00.123Z';
    const t = Date.parse(at);
    const k = idKey(ID);
    expect(meiliKeyset('NEWEST', false, null)).toBeNull();
    expect(meiliKeyset('NEWEST', true, { score: 0, createdAt: at, id: ID })).toBe(
      `(createdAt < ${t} OR (createdAt = ${t} AND idKey < ${k}))`,
    );
    expect(meiliKeyset('RELEVANCE', false, { score: 0, createdAt: at, id: ID })).toBe(
      `(createdAt < ${t} OR (createdAt = ${t} AND idKey < ${k}))`,
    );
    expect(meiliKeyset('OLDEST', false, { score: 0, createdAt: at, id: ID })).toBe(
      `(createdAt > ${t} OR (createdAt = ${t} AND idKey > ${k}))`,
    );
    expect(meiliKeyset('MOST_AGREED', false, { score: 3, createdAt: at, id: ID })).toBe(
      `(agreeCount < 3 OR (agreeCount = 3 AND (createdAt < ${t} OR (createdAt = ${t} AND idKey < ${k}))))`,
    );
    // RELEVANCE with text: Meilisearch has no filter on the ranking score.
    expect(meiliKeyset('RELEVANCE', true, { score: 40, createdAt: at, id: ID })).toBeNull();
  });

  it('asks for the first page in page mode with the facets, and `status` among them to count past the cap', () => {
    // Every key is a field of SearchQueryWithIndex (crates/meilisearch/src/search/mod.rs, v1.12,
    // deny_unknown_fields): index_uid q vector hybrid offset limit page hits_per_page
    // attributes_to_retrieve retrieve_vectors attributes_to_crop crop_length
    // attributes_to_highlight show_ranking_score show_ranking_score_details
    // show_matches_position filter sort distinct facets highlight_pre_tag highlight_post_tag
    // crop_marker matching_strategy attributes_to_search_on ranking_score_threshold locales
    // federation_options.
    const plan = meiliSearchPlan(query({ facets: ['STANCE', 'PROVINCE'] }), '', 0);
    expect(plan.counts).toBeNull();
    expect(plan.snapshot).toBeNull();
    expect(meiliRequests(plan, 'comments', plan.window, true)).toEqual([
      {
        queries: [
          {
            indexUid: 'comments',
            q: '',
            matchingStrategy: 'all',
            filter: ['status = "PUBLISHED"'],
            sort: ['createdAt:desc', 'idKey:desc'],
            page: 1,
            hitsPerPage: 21,
            facets: ['stance', 'province', 'status'],
            attributesToRetrieve: ['id', 'status', 'createdAt', 'agreeCount'],
            attributesToHighlight: [],
            attributesToCrop: [],
            cropLength: 30,
            highlightPreTag: '\u0001',
            highlightPostTag: '\u0002',
          },
        ],
      },
    ]);
  });

  it('asks for a later page by keyset, with a second search of the same request for totals and facets', () => {
    const after = { score: 2, createdAt: '2026-03-01T10:00:00.123Z', id: ID };
    const plan = meiliSearchPlan(
      query({ sort: 'MOST_AGREED', after, facets: ['STANCE'], text: parseQuery('dat')! }),
      '"dat"',
      0,
    );
    const seek = meiliKeyset('MOST_AGREED', true, after);
    const [request, ...more] = meiliRequests(plan, 'comments', plan.window, true);
    expect(more).toEqual([]);
    const [hits, counts] = (request as { queries: Record<string, unknown>[] }).queries;
    expect(hits).toMatchObject({
      indexUid: 'comments',
      q: '"dat"',
      matchingStrategy: 'all',
      attributesToSearchOn: ['body', 'proposedText'],
      filter: ['status = "PUBLISHED"', seek],
      sort: ['agreeCount:desc', 'createdAt:desc', 'idKey:desc'],
      offset: 0,
      limit: 21,
      showMatchesPosition: true,
    });
    expect(hits).not.toHaveProperty('facets');
    expect(hits).not.toHaveProperty('page');
    expect(hits).not.toHaveProperty('showRankingScore');
    // hits_per_page 0 is accepted: perform_search answers the counts with no hit.
    expect(counts).toEqual({
      indexUid: 'comments',
      q: '"dat"',
      matchingStrategy: 'all',
      attributesToSearchOn: ['body', 'proposedText'],
      filter: ['status = "PUBLISHED"'],
      page: 1,
      hitsPerPage: 0,
      facets: ['stance', 'status'],
    });
    expect(
      meiliEndCursor(query({ sort: 'MOST_AGREED' }), plan, { id: ID, createdAt: 5, agreeCount: 7 }, 20),
    ).toEqual({
      score: 7,
      createdAt: new Date(5).toISOString(),
      id: ID,
    });
  });

  it('pages RELEVANCE with text after the last hit’s ranking score, within the comments posted before its first page', () => {
    const text = parseQuery('dat dai')!;
    const first = meiliSearchPlan(query({ sort: 'RELEVANCE', text }), '"dat" "dai"', 1_000);
    expect(first.snapshot).toBe(1_000);
    expect(first.after).toBeNull();
    const [firstRequest] = meiliRequests(first, 'comments', first.window, true);
    expect((firstRequest as { queries: unknown[] }).queries).toEqual([
      expect.objectContaining({
        filter: ['status = "PUBLISHED"', 'createdAt <= 1000'],
        page: 1,
        hitsPerPage: 21,
        // `_rankingScore` of each hit (SearchQuery.show_ranking_score, v1.12).
        showRankingScore: true,
      }),
    ]);
    expect(first.queries[0].sort).toBeUndefined();
    const cursor = meiliEndCursor(
      query({ sort: 'RELEVANCE' }),
      first,
      { id: ID, createdAt: 900, agreeCount: 0, _rankingScore: 0.75 },
      20,
    );
    expect(cursor).toEqual({
      score: 0.75,
      createdAt: new Date(900).toISOString(),
      id: ID,
      snapshot: new Date(1_000).toISOString(),
      position: 20,
    });
    // Through the client and back: five positions, checked by kind.
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    const second = meiliSearchPlan(query({ sort: 'RELEVANCE', text, after: cursor }), '"dat" "dai"', 99_999);
    expect(second.after).toEqual({ score: 0.75, createdAt: 900, idKey: idKey(ID) });
    // From MEILI_RELEVANCE_LOOKBACK before the position to the end of the page and one more.
    expect(second.window).toEqual({
      offset: 20 - MEILI_RELEVANCE_LOOKBACK,
      limit: MEILI_RELEVANCE_LOOKBACK + 21,
    });
    const [request] = meiliRequests(second, 'comments', second.window, true);
    const [hits, counts] = (request as { queries: Record<string, unknown>[] }).queries;
    expect(hits).toMatchObject({
      filter: ['status = "PUBLISHED"', 'createdAt <= 1000'],
      offset: 0,
      limit: 41,
      showRankingScore: true,
    });
    expect(counts).toMatchObject({
      filter: ['status = "PUBLISHED"', 'createdAt <= 1000'],
      hitsPerPage: 0,
    });
    // A retry asks for the hits only.
    const [retry] = meiliRequests(second, 'comments', { offset: 5, limit: 3 }, false);
    expect((retry as { queries: unknown[] }).queries).toEqual([
      expect.objectContaining({ offset: 5, limit: 3 }),
    ]);
  });

  it('orders RELEVANCE hits as v1.12 does: a better bucket always scores higher, then newest, then idKey', () => {
    // Rank::merge and Rank::global_score (crates/milli/src/score_details.rs, v1.12), replayed.
    const globalScore = (ranks: [number, number][]) => {
      let [rank, max] = [1, 1];
      for (const [r, m] of ranks) [rank, max] = [(rank - 1) * m + r, max * m];
      return rank / max;
    };
    // words (all required: 1 bucket), typo of 3, proximity of 9, attribute of 7x5, exactness 3x3.
    const maxes = [1, 3, 9, 7, 5, 3, 3];
    const vectors: number[][] = [];
    for (let i = 0; i < 400; i++)
      vectors.push(maxes.map((m, j) => (j === 0 ? 1 : 1 + ((i * (j + 7) * 2654435761) % m))));
    const lexicographic = (a: number[], b: number[]) => a.findIndex((x, i) => x !== b[i]);
    for (const a of vectors)
      for (const b of vectors.slice(0, 50)) {
        const at = lexicographic(a, b);
        const sa = globalScore(a.map((r, i) => [r, maxes[i]]));
        const sb = globalScore(b.map((r, i) => [r, maxes[i]]));
        if (at < 0) expect(sa).toBe(sb);
        else expect(Math.sign(sa - sb)).toBe(Math.sign(a[at] - b[at]));
      }
    const key = (score: number, createdAt: number, id: number) => ({ score, createdAt, idKey: id });
    const order = [key(1, 5, 1), key(0.5, 9, 9), key(0.5, 9, 3), key(0.5, 2, 8), key(0.25, 9, 9)];
    expect([...order].reverse().sort(meiliRelevanceOrder)).toEqual(order);
    // Within f64::EPSILON, as a federated merge compares (WeightedScore::compare).
    expect(meiliRelevanceOrder(key(0.3, 1, 1), key(0.1 + 0.2, 2, 1))).toBeGreaterThan(0);
    expect(meiliRelevanceKey({ id: ID, createdAt: 4, agreeCount: 0, _rankingScore: 0.5 })).toEqual(
      key(0.5, 4, idKey(ID)),
    );
  });

  it('starts a RELEVANCE page after the last hit shown, whatever went or came back before it', () => {
    const key = (n: number) => ({ score: 1 - n / 100, createdAt: 0, idKey: 0 });
    const keys = (from: number, to: number, gone: number[] = []) =>
      Array.from({ length: to - from }, (_, i) => from + i)
        .filter((n) => !gone.includes(n))
        .map(key);
    // Page 2 of 5 a page: hits 0–4 shown, the last is 4; the window is [0, 11) with nothing gone.
    const window = meiliRelevanceWindow(5, 5);
    expect(window).toEqual({ offset: 0, limit: 11 });
    expect(meiliRelevanceStep(keys(0, 11), window, key(4), 5, 0)).toEqual({ start: 5 });
    // Hits 1 and 4 (the last shown) hidden meanwhile: 5 is now at 3, and still starts the page.
    expect(meiliRelevanceStep(keys(0, 13, [1, 4]), window, key(4), 5, 0)).toEqual({ start: 3 });
    // Deep in: position 100, window [80, 106); 30 hits before it withdrawn, so the window's
    // first hit is already after the cursor: look further back.
    const deep = meiliRelevanceWindow(100, 5);
    expect(deep).toEqual({ offset: 80, limit: 26 });
    const gone = Array.from({ length: 30 }, (_, i) => i * 3);
    const shifted = keys(0, 200, gone);
    const step = meiliRelevanceStep(shifted.slice(80, 106), deep, key(99), 5, 0);
    expect(step).toEqual({ retry: { offset: 0, limit: 106 } });
    const retry = (step as { retry: { offset: number; limit: number } }).retry;
    const start = meiliRelevanceStep(shifted.slice(0, 106), retry, key(99), 5, 1);
    expect(start).toEqual({ start: shifted.findIndex((k) => k.score < key(99).score) });
    // Comments back before the cursor fill the window: look on from the last hit shown.
    const back = keys(0, 11).map((k, i) => (i < 8 ? key(i / 10) : k));
    // (eight now before it: the page starts at 8, three hits in the window, so from 7, the anchor).
    expect(meiliRelevanceStep(back, window, key(4), 5, 0)).toEqual({ retry: { offset: 7, limit: 7 } });
    // The end: fewer than a page after the cursor in a window that is not full.
    expect(meiliRelevanceStep(keys(0, 7), window, key(4), 5, 0)).toEqual({ start: 5 });
    // No cursor: a first page. Attempts used up: where it can.
    expect(meiliRelevanceStep(keys(0, 3), window, null, 5, 0)).toEqual({ start: 0 });
    expect(meiliRelevanceStep(keys(50, 60), deep, key(4), 5, MEILI_RELEVANCE_ATTEMPTS - 1)).toEqual({
      start: 0,
    });
    // Never past maxTotalHits, which v1.12 clamps offsets to (prepare_search).
    expect(meiliRelevanceWindow(10_000, 20)).toEqual({ offset: 9_980, limit: 20 });
  });

  it('reads a cursor of the offset pages before (no snapshot) as an offset', () => {
    const text = parseQuery('dat')!;
    const old = { score: 40, createdAt: new Date(1_000).toISOString(), id: ID };
    const plan = meiliSearchPlan(query({ sort: 'RELEVANCE', text, after: old }), '"dat"', 5_000);
    expect(plan.snapshot).toBe(1_000);
    expect(plan.after).toBeNull();
    expect(plan.window).toEqual({ offset: 40, limit: 21 });
  });

  it('searches every reading of a misspelled word together, as one federated search', () => {
    const text = parseQuery('dta daii quyen')!;
    const readings = {
      unknown: new Set(['dta', 'daii']),
      alternatives: new Map([
        ['dta', ['dat', 'da', 'ta']],
        ['daii', ['dai', 'dau']],
      ]),
    };
    const read = meiliReadings(text, readings);
    // Most likely first: the sum of the readings' ranks.
    expect(read.texts).toEqual([
      '"dat" "dai" "quyen"',
      '"dat" "dau" "quyen"',
      '"da" "dai" "quyen"',
      '"da" "dau" "quyen"',
      '"ta" "dai" "quyen"',
      '"ta" "dau" "quyen"',
    ]);
    expect(read.texts[0]).toBe(meiliQueryText(text, readings));
    expect(Object.fromEntries(read.readAs)).toEqual({ dta: ['dat', 'da', 'ta'], daii: ['dai', 'dau'] });
    // At most MEILI_MAX_READINGS searches.
    const many = meiliReadings(parseQuery('aaa bbb ccc')!, {
      unknown: new Set(['aaa', 'bbb', 'ccc']),
      alternatives: new Map(['aaa', 'bbb', 'ccc'].map((w) => [w, [`${w}1`, `${w}2`, `${w}3`]])),
    });
    expect(many.texts).toHaveLength(MEILI_MAX_READINGS);
    expect(many.texts[0]).toBe('"aaa1" "bbb1" "ccc1"');

    // The first page: hits, totals and facets of the union (FederatedSearch: `queries` and
    // `federation` { limit offset facetsByIndex mergeFacets }, crates/meilisearch/src/search/
    // federated.rs, v1.12; a query with offset/limit/page/hitsPerPage/facets is refused).
    const plan = meiliSearchPlan(query({ text, facets: ['STANCE'] }), read.texts.slice(0, 2), 0);
    const requests = meiliRequests(plan, 'comments', plan.window, true);
    expect(requests).toHaveLength(1);
    const [federated] = requests as { federation: unknown; queries: Record<string, unknown>[] }[];
    expect(federated.federation).toEqual({
      offset: 0,
      limit: 21,
      facetsByIndex: { comments: ['stance', 'status'] },
    });
    expect(federated.queries.map((q) => q.q)).toEqual(['"dat" "dai" "quyen"', '"dat" "dau" "quyen"']);
    for (const q of federated.queries) {
      for (const refused of ['offset', 'limit', 'page', 'hitsPerPage', 'facets'])
        expect(q).not.toHaveProperty(refused);
      expect(q).toMatchObject({
        indexUid: 'comments',
        matchingStrategy: 'all',
        sort: ['createdAt:desc', 'idKey:desc'],
      });
    }
    const answer = {
      hits: [{ id: ID, createdAt: 1, agreeCount: 0, status: 'PUBLISHED' }],
      estimatedTotalHits: 12_345,
      facetsByIndex: { comments: { distribution: { stance: { SUPPORT: 3 } }, stats: {} } },
    };
    const { found, counted } = meiliResults(plan, 'comments', [answer]);
    expect(found.hits).toHaveLength(1);
    expect(counted).toEqual({
      hits: answer.hits,
      totalHits: 12_345,
      facetDistribution: { stance: { SUPPORT: 3 } },
    });

    // A later page: the keyset in each query, the counts a second federated request (a request
    // is federated or not as a whole), with no hit.
    const after = { score: 0, createdAt: new Date(5).toISOString(), id: ID };
    const later = meiliSearchPlan(query({ text, after, facets: ['STANCE'] }), read.texts.slice(0, 2), 0);
    const [hits, counts] = meiliRequests(later, 'comments', later.window, true) as {
      federation: unknown;
      queries: Record<string, unknown>[];
    }[];
    expect(hits.federation).toEqual({ offset: 0, limit: 21 });
    expect(hits.queries[1].filter).toEqual(['status = "PUBLISHED"', meiliKeyset('NEWEST', true, after)]);
    expect(counts.federation).toEqual({
      offset: 0,
      limit: 0,
      facetsByIndex: { comments: ['stance', 'status'] },
    });
    expect(counts.queries[1]).toEqual({
      indexUid: 'comments',
      q: '"dat" "dau" "quyen"',
      matchingStrategy: 'all',
      attributesToSearchOn: ['body', 'proposedText'],
      filter: ['status = "PUBLISHED"'],
    });
    expect(meiliResults(later, 'comments', [answer, { ...answer, hits: [] }]).counted?.totalHits).toBe(
      12_345,
    );
  });

  it('counts exactly below maxTotalHits, and past it adds up the status facet, not called exact', () => {
    // perform_search (crates/meilisearch/src/search/mod.rs, v1.12): totalHits is
    // min(candidates, maxTotalHits); the facet distribution is computed on all candidates.
    expect(meiliTotal({ totalHits: 9_999 })).toEqual({ totalCount: 9_999, totalIsExact: true });
    expect(
      meiliTotal({ totalHits: 10_000, facetDistribution: { status: { PUBLISHED: 360_000, PENDING: 12 } } }),
    ).toEqual({ totalCount: 360_012, totalIsExact: false });
    expect(meiliTotal({ totalHits: 10_000 })).toEqual({ totalCount: 10_000, totalIsExact: false });
  });

  it('sends settings that v1.12 knows, facet values most frequent first', () => {
    // Settings<T> in crates/meilisearch-types/src/settings.rs (v1.12, deny_unknown_fields).
    const known = [
      'displayedAttributes',
      'searchableAttributes',
      'filterableAttributes',
      'sortableAttributes',
      'rankingRules',
      'stopWords',
      'nonSeparatorTokens',
      'separatorTokens',
      'dictionary',
      'synonyms',
      'distinctAttribute',
      'proximityPrecision',
      'typoTolerance',
      'faceting',
      'pagination',
      'embedders',
      'searchCutoffMs',
      'localizedAttributes',
      'facetSearch',
      'prefixSearch',
    ];
    for (const key of Object.keys(MEILI_SETTINGS)) expect(known).toContain(key);
    // FacetingSettings: max_values_per_facet, sort_facet_values_by (a map, `*` for all).
    expect(MEILI_SETTINGS.faceting).toEqual({ maxValuesPerFacet: 5000, sortFacetValuesBy: { '*': 'count' } });
    // PrefixSearchSettings: indexingTime (default) | disabled.
    expect(MEILI_SETTINGS.prefixSearch).toBe('disabled');
    expect(MEILI_SETTINGS.rankingRules[0]).toBe('sort');
    // No two documents tie in RELEVANCE: the last rules are the keyset's (meiliRelevanceOrder).
    expect(MEILI_SETTINGS.rankingRules.slice(-2)).toEqual(['createdAt:desc', 'idKey:desc']);
    expect(MEILI_SETTINGS.sortableAttributes).toEqual(['createdAt', 'agreeCount', 'idKey']);
    expect(MEILI_SETTINGS.filterableAttributes).toEqual(
      expect.arrayContaining(['createdAt', 'agreeCount', 'idKey', 'status']),
    );
  });

  it('swaps with `indexes` only (SwapIndexesPayload, crates/meilisearch/src/routes/swap_indexes.rs, v1.12)', () => {
    expect(meiliSwapPayload('comments', 'comments_next_1')).toEqual([
      { indexes: ['comments', 'comments_next_1'] },
    ]);
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
    // Phrases first: Meilisearch reads only the first 10 terms.
    expect(read('"co quan nha nuoc" dat', [])).toBe('"co quan nha nuoc" "dat"');
  });

  it('sends at most the 10 terms Meilisearch v1.12 reads, phrases first', () => {
    // crates/milli/src/search/mod.rs: words_limit 10; query_term/parse_query.rs stops once
    // query_terms.len() >= parts_limit, a phrase (and each quoted word) one term.
    const many = parseQuery('"an ninh mang" mot hai ba bon nam sau bay tam chin muoi')!;
    expect(many.words).toHaveLength(10);
    expect(meiliQueryWords(many)).toEqual(['mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin']);
    const q = meiliQueryText(many, { unknown: new Set(), alternatives: new Map() });
    expect(q.match(/"[^"]*"/g)).toHaveLength(MEILI_MAX_QUERY_TERMS);
    expect(q.startsWith('"an ninh mang" "mot"')).toBe(true);
  });
});
