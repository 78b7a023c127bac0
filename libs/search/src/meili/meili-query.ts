import type { SearchParams, Settings } from 'meilisearch';
import type { ParsedQuery } from '../text/fold';
import {
  PROVISION_FACET_VALUES,
  SearchAudience,
  SearchCursor,
  SearchQuery,
  SearchFacetName,
  SearchFieldName,
  SearchFilters,
  SearchSortName,
} from '../search-query';

/** The Meilisearch document of a comment: the projection row, camel-cased. */
export interface MeiliCommentDocument {
  id: string;
  draftId: string;
  agencyId: string;
  versionNumber: number;
  status: string;
  provisionKey: string | null;
  /** The key and every ancestor key: `provisionKey` filters by equality on it (prefix semantics). */
  provisionPath: string[];
  provisionLabel: string | null;
  provisionHeading: string | null;
  draftTitle: string;
  parentId: string | null;
  stance: string | null;
  body: string;
  proposedText: string | null;
  authorDisplayName: string;
  authorKind: string;
  organizationName: string | null;
  province: string | null;
  verified: boolean;
  hasProposedText: boolean;
  answered: boolean;
  disposition: string | null;
  campaignId: string | null;
  isUnique: boolean;
  agreeCount: number;
  disagreeCount: number;
  /** Milliseconds since the epoch: numbers are what Meilisearch compares and sorts. */
  createdAt: number;
  /** `idKey(id)`: the last key of every order, so that keyset pages never tie (see there). */
  idKey: number;
}

/**
 * A number standing for the comment id in sorts and keyset filters: Meilisearch v1.12
 * compares only numbers with `<` and `>` (crates/milli/src/search/facet/filter.rs,
 * evaluate_operator: `parse_finite_float` for every range), so the UUID cannot be the tie
 * breaker itself. 13 hex digits are 52 bits, exact in a double; two comments of the same
 * millisecond sharing them is a 1 in 4·10¹⁵ chance.
 */
export function idKey(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 13), 16);
}

export const MEILI_FACET_ATTRIBUTE: Record<SearchFacetName, keyof MeiliCommentDocument> = {
  STANCE: 'stance',
  AUTHOR_KIND: 'authorKind',
  PROVINCE: 'province',
  PROVISION: 'provisionKey',
  DRAFT: 'draftId',
  AGENCY: 'agencyId',
  DISPOSITION: 'disposition',
  VERIFIED: 'verified',
};

/** The searchable attributes of each SearchField (`attributesToSearchOn`, Meilisearch ≥ 1.3). */
export const MEILI_FIELD_ATTRIBUTES: Record<SearchFieldName, (keyof MeiliCommentDocument)[]> = {
  COMMENT: ['body', 'proposedText'],
  PROVISION: ['provisionLabel', 'provisionHeading'],
  DRAFT: ['draftTitle'],
  AUTHOR: ['authorDisplayName', 'organizationName'],
};

/** Which of the fields searched an attribute list (a hit's `_matchesPosition` keys) covers. */
export function matchedFields(
  fields: readonly SearchFieldName[],
  attributes: readonly string[],
): SearchFieldName[] {
  return fields.filter((f) => MEILI_FIELD_ATTRIBUTES[f].some((a) => attributes.includes(a)));
}

export const MEILI_SETTINGS = {
  searchableAttributes: [
    'body',
    'proposedText',
    'provisionLabel',
    'provisionHeading',
    'draftTitle',
    'authorDisplayName',
    'organizationName',
  ],
  filterableAttributes: [
    'draftId',
    'agencyId',
    'status',
    'provisionPath',
    'provisionKey',
    'stance',
    'authorKind',
    'province',
    'verified',
    'hasProposedText',
    'answered',
    'disposition',
    'isUnique',
    'campaignId',
    'createdAt',
    // The keyset of pages (meiliKeyset).
    'agreeCount',
    'idKey',
  ],
  sortableAttributes: ['createdAt', 'agreeCount', 'idKey'],
  // `sort` first: a chosen order (NEWEST, OLDEST, MOST_AGREED) decides over relevance, as in
  // the PostgreSQL adapter; after the text rules it only broke ties between equally relevant
  // hits. Without a `sort` parameter (RELEVANCE) the rule does nothing and the text rules rank.
  // (Meilisearch's bucket sort: https://www.meilisearch.com/docs/learn/relevancy/ranking_rules)
  // `idKey:desc` last: no two documents tie, so RELEVANCE with text has one order that a page
  // can start after (meiliRelevanceOrder).
  rankingRules: [
    'sort',
    'words',
    'typo',
    'proximity',
    'attribute',
    'exactness',
    'createdAt:desc',
    'idKey:desc',
  ],
  // The contract: typo tolerance only for words of 5 letters or more.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  // No prefix matching of the last word, as in PostgreSQL (a bare last word, an unknown one
  // here, matched every word starting with it). v1.12 applies a prefix to the last word unless
  // this is `disabled` (crates/milli/src/search/new/query_term/parse_query.rs,
  // `allow_prefix_search`; PrefixSearchSettings in crates/meilisearch-types/src/settings.rs).
  prefixSearch: 'disabled',
  // The most any facet lists (PROVISION); the adapter cuts each at facetValueLimit. Most
  // frequent first: the default, alphabetical, stops at maxValuesPerFacet by name, so the
  // most frequent values past the first 5,000 names were missing. `'*'` is every facet
  // (FacetingSettings.sort_facet_values_by, a map of attribute or `*`, in
  // crates/meilisearch-types/src/settings.rs; `alpha` the default, `count` "by decreasing
  // count", crates/meilisearch-types/src/facet_values_sort.rs).
  faceting: { maxValuesPerFacet: PROVISION_FACET_VALUES, sortFacetValuesBy: { '*': 'count' } },
  // What a search may rank and count (crates/meilisearch/src/search/mod.rs, perform_search:
  // `totalHits = min(candidates, maxTotalHits)`). Pages no longer depend on it (keyset).
  pagination: { maxTotalHits: 10_000 },
} satisfies Settings;

/** Every ancestor key of a provision key, itself included: a/b/c → a, a/b, a/b/c. */
export function provisionPath(key: string | null): string[] {
  if (!key) return [];
  const parts = key.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** A filter string literal: double quotes, with quotes and backslashes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

const anyOf = (attribute: string, values: string[]) => `${attribute} IN [${values.map(quote).join(', ')}]`;

/**
 * SearchFilters + audience → Meilisearch filter expressions (an array: ANDed). The same
 * semantics as the SQL of pg-filters.ts, which the shared contract suite checks.
 */
export function meiliFilter(filters: SearchFilters, audience: SearchAudience): string[] {
  const out: string[] = [];
  if (audience.moderator) out.push(anyOf('status', ['PUBLISHED', 'PENDING', 'HIDDEN']));
  else if (!audience.agencyIds.length) out.push(`status = ${quote('PUBLISHED')}`);
  else
    out.push(
      `(status = ${quote('PUBLISHED')} OR (${anyOf('status', ['PENDING', 'HIDDEN'])} AND ${anyOf('agencyId', audience.agencyIds)}))`,
    );
  if (filters.draftId) out.push(`draftId = ${quote(filters.draftId)}`);
  if (filters.agencyId) out.push(`agencyId = ${quote(filters.agencyId)}`);
  if (filters.provisionKey) out.push(`provisionPath = ${quote(filters.provisionKey.replace(/\/+$/, ''))}`);
  if (filters.stance?.length) out.push(anyOf('stance', filters.stance));
  if (filters.authorKind?.length) out.push(anyOf('authorKind', filters.authorKind));
  if (filters.province?.length) out.push(anyOf('province', filters.province));
  if (filters.disposition?.length) out.push(anyOf('disposition', filters.disposition));
  if (filters.hasProposedText !== undefined) out.push(`hasProposedText = ${filters.hasProposedText}`);
  if (filters.answered !== undefined) out.push(`answered = ${filters.answered}`);
  if (filters.verified !== undefined) out.push(`verified = ${filters.verified}`);
  if (filters.from) out.push(`createdAt >= ${filters.from.getTime()}`);
  if (filters.to) out.push(`createdAt <= ${filters.to.getTime()}`);
  if (filters.uniqueOnly) out.push('isUnique = true');
  if (filters.campaignId) out.push(`campaignId = ${quote(filters.campaignId)}`);
  // A topic's members as resolved by SearchFilterLookup (documents do not carry topics); the
  // filter grows with the topic: fine for thousands of comments, slow for a hundred thousand.
  if (filters.topicId) {
    const keys = (filters.topicCommentIds ?? []).map(idKey);
    out.push(keys.length ? `idKey IN [${keys.join(', ')}]` : 'idKey < 0');
  }
  // ANDed with the audience's statuses above, so it only narrows them.
  if (filters.status?.length) out.push(anyOf('status', filters.status));
  return out;
}

/**
 * Sort for a SearchSort; RELEVANCE is Meilisearch's ranking (newest first without text).
 * Every order ends with `idKey`, so that no two documents tie and a keyset page (meiliKeyset)
 * starts exactly after the last hit of the one before.
 */
export function meiliSort(sort: SearchSortName, hasText: boolean): string[] | undefined {
  switch (sort) {
    case 'RELEVANCE':
      return hasText ? undefined : ['createdAt:desc', 'idKey:desc'];
    case 'NEWEST':
      return ['createdAt:desc', 'idKey:desc'];
    case 'OLDEST':
      return ['createdAt:asc', 'idKey:asc'];
    case 'MOST_AGREED':
      return ['agreeCount:desc', 'createdAt:desc', 'idKey:desc'];
  }
}

/** Whether pages of this order are keyset pages (every order but RELEVANCE with text). */
export function isKeysetOrder(sort: SearchSortName, hasText: boolean): boolean {
  return !(sort === 'RELEVANCE' && hasText);
}

/**
 * The filter that starts a page after `after`, in the order of meiliSort: a keyset on the sort
 * key, as the PostgreSQL adapter pages, instead of an offset. Offsets repeated or skipped hits
 * when comments arrived between pages, and stopped at maxTotalHits (10,000): Meilisearch
 * clamps `offset` and `limit` to it (crates/meilisearch/src/search/mod.rs, prepare_search).
 * Numbers only: v1.12 compares nothing else with `<` and `>` (see idKey).
 * null for the first page, and for RELEVANCE with text (Meilisearch has no filter on the
 * ranking score below a value; see meiliRelevanceStep).
 */
export function meiliKeyset(
  sort: SearchSortName,
  hasText: boolean,
  after: SearchCursor | null,
): string | null {
  if (!after || !isKeysetOrder(sort, hasText)) return null;
  const at = Date.parse(after.createdAt);
  const key = idKey(after.id);
  const newer = sort === 'OLDEST' ? '>' : '<';
  const byTime = `(createdAt ${newer} ${at} OR (createdAt = ${at} AND idKey ${newer} ${key}))`;
  if (sort !== 'MOST_AGREED') return byTime;
  const agreed = Math.trunc(after.score);
  return `(agreeCount < ${agreed} OR (agreeCount = ${agreed} AND ${byTime}))`;
}

/**
 * RELEVANCE with text pages within the comments posted up to the first page (`createdAt <= at`,
 * carried by the cursor): comments that arrive meanwhile stay out of the later pages.
 */
export function meiliSnapshot(at: number): string {
  return `createdAt <= ${at}`;
}

const OPEN = '\u0001';
const CLOSE = '\u0002';
export const MEILI_HIGHLIGHT_TAGS = { highlightPreTag: OPEN, highlightPostTag: CLOSE };

/**
 * Meilisearch returns the raw text with our sentinel tags around matches: escape the text,
 * then turn the sentinels into <mark>, so that <mark> is the only markup (as with PostgreSQL).
 */
export function toHighlight(formatted: string | null | undefined): string | null {
  if (!formatted || !formatted.includes(OPEN)) return null;
  const escaped = formatted.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.split(OPEN).join('<mark>').split(CLOSE).join('</mark>');
}

/**
 * How many parts of a query Meilisearch v1.12 reads: the first 10 query terms, a word or a
 * phrase each, the rest ignored without a word (crates/milli/src/search/mod.rs, `words_limit:
 * 10`; crates/milli/src/search/new/query_term/parse_query.rs, located_query_terms_from_tokens
 * returns once `query_terms.len() >= parts_limit`). PostgreSQL reads 32 (text/fold.ts).
 */
export const MEILI_MAX_QUERY_TERMS = 10;

/**
 * The query Meilisearch receives, read by the same rules as the PostgreSQL adapter's
 * (text/readings.ts), which Meilisearch's own typo tolerance does not follow:
 *  - a known word is quoted: a one-word phrase matches exactly, so Meilisearch no longer
 *    widens correct words ("quyen" found "quyết", "thanh" found "thang", issue 21);
 *  - an unknown word with other readings (Telex/VNI, or a typo the vocabulary resolves) is
 *    replaced by the most likely one, quoted (Meilisearch has no OR between words: the other
 *    readings are searches of their own, meiliReadings);
 *  - an unknown word without one is left bare: Meilisearch tolerates a typo in it from 5
 *    letters (its `minWordSizeForTypos`), the contract's rule;
 *  - phrases as typed.
 * Every part is required (`matchingStrategy: 'all'`), but only the first
 * MEILI_MAX_QUERY_TERMS count: phrases go first (the most precise parts), then the words in
 * the order typed (meiliQueryWords), the others are left out rather than sent and ignored.
 * Words are folded; Meilisearch folds the documents the same way.
 */
export function meiliQueryText(
  text: ParsedQuery,
  readings: { alternatives: Map<string, string[]>; unknown: Set<string> },
): string {
  return meiliReadings(text, readings).texts[0];
}

/**
 * The most readings of a query searched together (one federated search each page, each reading
 * a search of its own: meiliRequests). Two words read three ways each make nine.
 */
export const MEILI_MAX_READINGS = 9;

/**
 * Every reading of the query that Meilisearch searches, most likely first: where PostgreSQL
 * ORs all the readings of a word, Meilisearch has no OR between words, so each combination of
 * the words' readings is a query of its own, merged by a federated search (meiliRequests).
 * The first is meiliQueryText's; combinations go by the sum of their readings' ranks (most
 * likely readings first), at most MEILI_MAX_READINGS. `readAs`: the readings of each word that
 * some query sends (what `corrections` may name).
 */
export function meiliReadings(
  text: ParsedQuery,
  readings: { alternatives: Map<string, string[]>; unknown: Set<string> },
): { texts: string[]; readAs: Map<string, string[]> } {
  const phrases = text.phrases.slice(0, MEILI_MAX_QUERY_TERMS).map((p) => `"${p.join(' ')}"`);
  const words = meiliQueryWords(text);
  const choices = words.map((w) => {
    const alternatives = readings.alternatives.get(w);
    if (alternatives?.length) return alternatives;
    return [readings.unknown.has(w) ? null : w];
  });
  const combinations: number[][] = [];
  const maxSum = choices.reduce((sum, c) => sum + c.length - 1, 0);
  const withSum = (i: number, left: number, prefix: number[]): void => {
    if (combinations.length >= MEILI_MAX_READINGS) return;
    if (i === choices.length) {
      if (left === 0) combinations.push(prefix);
      return;
    }
    for (let r = 0; r <= Math.min(left, choices[i].length - 1); r++) withSum(i + 1, left - r, [...prefix, r]);
  };
  for (let sum = 0; sum <= maxSum && combinations.length < MEILI_MAX_READINGS; sum++) withSum(0, sum, []);
  const readAs = new Map<string, string[]>();
  const texts = combinations.map((ranks) =>
    [
      ...phrases,
      ...words.map((w, i) => {
        const reading = choices[i][ranks[i]];
        if (reading === null) return w;
        if (readings.alternatives.has(w)) {
          const used = readAs.get(w) ?? [];
          if (!used.includes(reading)) readAs.set(w, [...used, reading]);
        }
        return `"${reading}"`;
      }),
    ].join(' '),
  );
  return { texts, readAs };
}

/** The loose words of `text` that Meilisearch reads: those within its 10 terms, phrases first. */
export function meiliQueryWords(text: ParsedQuery): string[] {
  return text.words.slice(0, Math.max(0, MEILI_MAX_QUERY_TERMS - text.phrases.length));
}

/** A search body of one reading of the query, without paging (the request pages). */
export type MeiliSearchBody = SearchParams & { q: string };

/** Which hits a search returns: `offset` and `limit` in the order of the page. */
export interface MeiliWindow {
  offset: number;
  limit: number;
}

/** What the server compares hits by in RELEVANCE with text (meiliRelevanceOrder). */
export interface MeiliRelevanceKey {
  score: number;
  createdAt: number;
  idKey: number;
}

/**
 * What a page asks Meilisearch. `queries` holds one search body per reading of the words
 * (meiliQueryTexts): one is searched alone, several together as one federated search
 * (meiliRequests). `counts`, on a page after the first, are the same searches without the
 * keyset filter, for the totals and facets.
 */
export interface MeiliSearchPlan {
  queries: MeiliSearchBody[];
  counts: MeiliSearchBody[] | null;
  /** Facet attributes asked for, `status` always among them (meiliTotal). */
  facets: string[];
  /** The first page: the hits' search also counts (page mode alone), with the facets. */
  first: boolean;
  window: MeiliWindow;
  /** RELEVANCE with text: the `createdAt` bound of its pages, and the last hit before this page. */
  snapshot: number | null;
  after: MeiliRelevanceKey | null;
}

/** How far before the last position a RELEVANCE page starts looking: comments gone meanwhile. */
export const MEILI_RELEVANCE_LOOKBACK = 20;
/** Searches one RELEVANCE page may take to find where it starts (meiliRelevanceStep). */
export const MEILI_RELEVANCE_ATTEMPTS = 5;

/**
 * What a page asks Meilisearch. The first page of a single reading is one search in page
 * mode (`page`/`hitsPerPage`: exhaustive `totalHits`, crates/meilisearch/src/search/mod.rs,
 * prepare_search sets `exhaustive_number_hits(is_finite_pagination)`), with the facets. A
 * later page starts after the cursor (meiliKeyset), so its totals and facets come from a
 * second search of the same multi-search request without that filter, `hitsPerPage: 0`
 * (accepted: "If hit_per_page is 0, then pages can't be computed", perform_search). `status`
 * is always among the facets: its counts add up to the matches beyond maxTotalHits
 * (meiliTotal).
 *
 * RELEVANCE with text cannot be a keyset: Meilisearch has no filter on the ranking score.
 * Its pages search the comments posted up to the first page (`createdAt <= snapshot`), ask for
 * `_rankingScore`, and a later page looks a little before the position where the previous one
 * ended and starts after the last hit it showed, by the order the server sorts in
 * (meiliRelevanceOrder, meiliRelevanceStep): comments hidden or withdrawn meanwhile no longer
 * make a hit skip, nor arrivals repeat one.
 */
export function meiliSearchPlan(
  query: SearchQuery,
  qs: string | readonly string[],
  now: number,
): MeiliSearchPlan {
  const readings = typeof qs === 'string' ? [qs] : [...qs];
  const hasText = query.text !== null;
  const keyset = isKeysetOrder(query.sort, hasText);
  const after = keyset ? null : query.after;
  const snapshot = keyset ? null : after ? Date.parse(after.snapshot ?? after.createdAt) : now;
  const filter = meiliFilter(query.filters, query.audience);
  if (snapshot !== null) filter.push(meiliSnapshot(snapshot));
  const seek = meiliKeyset(query.sort, hasText, query.after);
  const facets = [...new Set([...query.facets.map((f) => MEILI_FACET_ATTRIBUTE[f]), 'status'])];
  const words = (q: string) => ({
    q,
    // Every word of the query is required, as in the PostgreSQL adapter (and the counts say
    // so). The default, 'last', drops words from the end until something matches: "dat dai"
    // returned every comment with "dat" (issue 21).
    matchingStrategy: 'all' as const,
    // Where the words are looked for (default: what the comment says).
    ...(hasText ? { attributesToSearchOn: query.fields.flatMap((f) => MEILI_FIELD_ATTRIBUTES[f]) } : {}),
  });
  const first = seek === null && after === null;
  const queries = readings.map((q) => ({
    ...words(q),
    filter: seek === null ? filter : [...filter, seek],
    sort: meiliSort(query.sort, hasText),
    attributesToRetrieve: ['id', 'status', 'createdAt', 'agreeCount'],
    // Where the words matched (matchedIn).
    ...(hasText ? { showMatchesPosition: true } : {}),
    // The place of each hit in the order of RELEVANCE with text (meiliRelevanceOrder).
    ...(keyset ? {} : { showRankingScore: true }),
    attributesToHighlight: hasText ? ['body', 'proposedText'] : [],
    attributesToCrop: hasText ? ['body', 'proposedText'] : [],
    cropLength: 30,
    ...MEILI_HIGHLIGHT_TAGS,
  }));
  const counts = first ? null : readings.map((q) => ({ ...words(q), filter: [...filter] }));
  return {
    queries,
    counts,
    facets,
    first,
    window: !after
      ? { offset: 0, limit: query.first + 1 }
      : after.snapshot !== undefined
        ? meiliRelevanceWindow(after.position ?? 0, query.first)
        : // A cursor of the offset pages before this version: its score was the offset.
          clampWindow(Math.trunc(after.score), query.first + 1),
    snapshot,
    after:
      after && after.snapshot !== undefined
        ? { score: after.score, createdAt: Date.parse(after.createdAt), idKey: idKey(after.id) }
        : null,
  };
}

/** A request to `/multi-search`: plain (one reading) or federated (several). */
export type MeiliRequest =
  | { queries: (MeiliSearchBody & { indexUid: string })[] }
  | {
      federation: { offset: number; limit: number; facetsByIndex?: Record<string, string[]> };
      queries: (MeiliSearchBody & { indexUid: string })[];
    };

/**
 * The requests of a page, `window` of its hits, and (`withCounts`) its totals and facets.
 *
 * One reading: one plain multi-search, the hits' search and on a later page the counting one
 * (`page: 1, hitsPerPage: 0`, facets).
 *
 * Several readings (a misspelled or Telex word read several ways, all searched as in
 * PostgreSQL): a federated search (`federation`, v1.10 and later), whose hits are each reading's
 * hits merged in one order and counted once. In v1.12 (crates/meilisearch/src/search/
 * federated.rs, perform_federated_search): the queries of one index share one read
 * transaction; each hit list is merged by WeightedScore::compare, which compares the ranking
 * score groups (within f64::EPSILON) then the `sort` values in the order of the ranking rules,
 * so a chosen order (`sort` first) and the keyset filter work as alone, and RELEVANCE orders as
 * meiliRelevanceOrder; a document found by several readings is kept once
 * (`documents_seen`), at its best place; `estimatedTotalHits` is the size of the union of the
 * readings' candidates (not capped by maxTotalHits) and `facetsByIndex` counts that union.
 * A federated query refuses `offset`, `limit`, `page`, `hitsPerPage` and `facets` (paging and
 * facets are the federation's: PaginationInFederatedQuery, FacetsInFederatedQuery), and a
 * request is federated or not as a whole, so a later page's counts are a second request.
 */
export function meiliRequests(
  plan: MeiliSearchPlan,
  indexUid: string,
  window: MeiliWindow,
  withCounts: boolean,
): MeiliRequest[] {
  const counting = withCounts && plan.counts !== null;
  if (plan.queries.length === 1) {
    const paged =
      plan.first && window.offset === 0
        ? { page: 1, hitsPerPage: window.limit, facets: plan.facets }
        : { offset: window.offset, limit: window.limit };
    return [
      {
        queries: [
          { indexUid, ...plan.queries[0], ...paged },
          ...(counting
            ? [{ indexUid, ...plan.counts![0], page: 1, hitsPerPage: 0, facets: plan.facets }]
            : []),
        ],
      },
    ];
  }
  const facetsByIndex = { [indexUid]: plan.facets };
  return [
    {
      federation: { ...window, ...(plan.first ? { facetsByIndex } : {}) },
      queries: plan.queries.map((body) => ({ indexUid, ...body })),
    },
    ...(counting
      ? [
          {
            federation: { offset: 0, limit: 0, facetsByIndex },
            queries: plan.counts!.map((body) => ({ indexUid, ...body })),
          },
        ]
      : []),
  ];
}

/** The part of a search result the adapter reads (page mode or not: counts optional). */
export interface MeiliResult {
  hits: (MeiliHitKey & {
    status: string;
    _formatted?: { body?: string; proposedText?: string };
    _matchesPosition?: Record<string, unknown>;
  })[];
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

interface FederatedResponse {
  hits: MeiliResult['hits'];
  estimatedTotalHits?: number;
  facetsByIndex?: Record<string, { distribution?: Record<string, Record<string, number>> }>;
}

/**
 * The answers of meiliRequests as the results of a plain search: the hits, and the result
 * that counts (the hits' own on a first page). A federated answer's `estimatedTotalHits` is
 * its union's size (see meiliRequests), read as `totalHits`.
 */
export function meiliResults(
  plan: MeiliSearchPlan,
  indexUid: string,
  answers: unknown[],
): { found: MeiliResult; counted: MeiliResult | null } {
  if (plan.queries.length === 1) {
    const [found, counted] = (answers[0] as { results: MeiliResult[] }).results;
    return { found, counted: counted ?? (plan.first ? found : null) };
  }
  const read = (answer: unknown): MeiliResult => {
    const federated = answer as FederatedResponse;
    return {
      hits: federated.hits,
      totalHits: federated.estimatedTotalHits,
      facetDistribution: federated.facetsByIndex?.[indexUid]?.distribution,
    };
  };
  const found = read(answers[0]);
  return { found, counted: answers[1] ? read(answers[1]) : plan.first ? found : null };
}

/**
 * The order of RELEVANCE with text, as the server sorts: the ranking rules' buckets, then
 * `createdAt:desc`, then `idKey:desc` (MEILI_SETTINGS.rankingRules). The buckets are what
 * `_rankingScore` encodes: the global score is Rank::merge of the rules' ranks in order, a
 * mixed-radix number over their max ranks (which depend on the query only) divided by their
 * product (crates/milli/src/score_details.rs, v1.12: ScoreDetails::global_score,
 * Rank::global_score, Rank::merge), so a hit in a better bucket always has a higher score,
 * hits of one bucket the same score, and a document's score does not depend on the others. The
 * asc/desc rules are `Sort` details, left out of the score. Scores within f64::EPSILON are
 * equal, as a federated merge compares them (WeightedScore::compare in
 * crates/meilisearch/src/search/federated.rs). Negative: `a` comes first.
 */
export function meiliRelevanceOrder(a: MeiliRelevanceKey, b: MeiliRelevanceKey): number {
  if (Math.abs(a.score - b.score) > Number.EPSILON) return a.score > b.score ? -1 : 1;
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return b.idKey - a.idKey;
}

/** A hit's place in the order of RELEVANCE with text. */
export function meiliRelevanceKey(hit: MeiliHitKey): MeiliRelevanceKey {
  return { score: hit._rankingScore ?? 0, createdAt: hit.createdAt, idKey: idKey(hit.id) };
}

/** Offsets stop at maxTotalHits (prepare_search clamps them), and so do RELEVANCE pages. */
function clampWindow(offset: number, limit: number): MeiliWindow {
  const cap = MEILI_SETTINGS.pagination.maxTotalHits;
  const from = Math.min(Math.max(0, offset), cap);
  return { offset: from, limit: Math.max(0, Math.min(limit, cap - from)) };
}

/**
 * The hits a later RELEVANCE page asks for: from MEILI_RELEVANCE_LOOKBACK before `position`
 * (where the previous page ended, so up to that many comments gone meanwhile are looked past
 * in one search) to the end of the page.
 */
export function meiliRelevanceWindow(position: number, first: number): MeiliWindow {
  const offset = Math.max(0, position - MEILI_RELEVANCE_LOOKBACK);
  return clampWindow(offset, position - offset + first + 1);
}

/**
 * Where a RELEVANCE page starts in the hits of `window` (`start`: the first that comes after
 * `after` in meiliRelevanceOrder, skipping what the previous pages showed), or the window to
 * search instead:
 *  - the first hit already comes after `after`: more comments went before it than the window
 *    looked back, so hits may lie before the window; look further back (8 times as far each
 *    time);
 *  - fewer than a page and one follow it in a full window: comments came back before it
 *    (a hidden one shown again); look on from the last hit shown, kept as an anchor.
 * After MEILI_RELEVANCE_ATTEMPTS searches, the page starts where it can.
 */
export function meiliRelevanceStep(
  keys: readonly MeiliRelevanceKey[],
  window: MeiliWindow,
  after: MeiliRelevanceKey | null,
  first: number,
  attempt: number,
): { start: number } | { retry: MeiliWindow } {
  if (!after) return { start: 0 };
  let start = keys.findIndex((k) => meiliRelevanceOrder(k, after) > 0);
  if (start < 0) start = keys.length;
  if (attempt + 1 >= MEILI_RELEVANCE_ATTEMPTS) return { start };
  if (start === 0 && window.offset > 0) {
    const offset = Math.max(0, window.offset - MEILI_RELEVANCE_LOOKBACK * 8 ** (attempt + 1));
    return { retry: clampWindow(offset, window.offset - offset + window.limit) };
  }
  const full =
    keys.length >= window.limit && window.offset + window.limit < MEILI_SETTINGS.pagination.maxTotalHits;
  if (full && keys.length - start <= first)
    return { retry: clampWindow(window.offset + Math.max(0, start - 1), first + 2) };
  return { start };
}

/** A hit's fields that the cursor needs. */
export interface MeiliHitKey {
  id: string;
  createdAt: number;
  agreeCount: number;
  _rankingScore?: number;
}

/**
 * The cursor after `last`: its sort key (keyset); RELEVANCE with text also its ranking score,
 * the snapshot and `position`, the number of hits before the next page.
 */
export function meiliEndCursor(
  query: SearchQuery,
  plan: MeiliSearchPlan,
  last: MeiliHitKey,
  position: number,
): SearchCursor {
  if (plan.snapshot !== null)
    return {
      score: last._rankingScore ?? 0,
      createdAt: new Date(last.createdAt).toISOString(),
      id: last.id,
      snapshot: new Date(plan.snapshot).toISOString(),
      position,
    };
  return {
    score: query.sort === 'MOST_AGREED' ? last.agreeCount : 0,
    createdAt: new Date(last.createdAt).toISOString(),
    id: last.id,
  };
}

/**
 * The total of a page's counting search. Below maxTotalHits `totalHits` is exact. At the cap
 * it stops (`min(candidates, maxTotalHits)`, perform_search), while facet counts are over
 * every candidate (compute_facet_distribution_stats gets the same `candidates`): the `status`
 * counts, one status a document, add up to the matches. Not called exact, as PostgreSQL does
 * not beyond 10,000: a search cut off by Meilisearch's time budget counts fewer.
 */
export function meiliTotal(counts: {
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}): { totalCount: number; totalIsExact: boolean } {
  const hits = counts.totalHits ?? 0;
  if (hits < MEILI_SETTINGS.pagination.maxTotalHits) return { totalCount: hits, totalIsExact: true };
  const byStatus = Object.values(counts.facetDistribution?.status ?? {}).reduce((a, b) => a + b, 0);
  return { totalCount: Math.max(hits, byStatus), totalIsExact: false };
}

/**
 * The swap of a rebuild: only `indexes`. Meilisearch v1.12 (docker-compose.yml) refuses any
 * other field (SwapIndexesPayload is `deny_unknown_fields` in crates/meilisearch/src/routes/
 * swap_indexes.rs); `rename` came later. The client's typed `rename: false` failed every
 * reindex there (issue 21).
 */
export function meiliSwapPayload(live: string, next: string): { indexes: [string, string] }[] {
  return [{ indexes: [live, next] }];
}
