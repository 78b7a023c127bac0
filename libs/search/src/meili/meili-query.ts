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
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'createdAt:desc'],
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
 * ranking score below a value; those pages stay offsets, see meiliSnapshot).
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
 * RELEVANCE with text pages by offset within the comments posted up to the first page
 * (`createdAt <= at`, carried by the cursor): comments that arrive meanwhile no longer shift
 * the later pages (a repeated or skipped hit each).
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
 *    replaced by the most likely one, quoted (Meilisearch has no OR between words);
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
  const phrases = text.phrases.slice(0, MEILI_MAX_QUERY_TERMS).map((p) => `"${p.join(' ')}"`);
  const words = meiliQueryWords(text).map((w) => {
    const reading = readings.alternatives.get(w)?.[0];
    if (reading) return `"${reading}"`;
    return readings.unknown.has(w) ? w : `"${w}"`;
  });
  return [...phrases, ...words].join(' ');
}

/** The loose words of `text` that Meilisearch reads: those within its 10 terms, phrases first. */
export function meiliQueryWords(text: ParsedQuery): string[] {
  return text.words.slice(0, Math.max(0, MEILI_MAX_QUERY_TERMS - text.phrases.length));
}

/** The search bodies of one page: `counts` when `hits` cannot also count (a page after the first). */
export interface MeiliSearchPlan {
  hits: SearchParams & { q: string };
  counts: (SearchParams & { q: string }) | null;
  /** RELEVANCE with text: the offset of this page and the `createdAt` bound of its pages. */
  offset: number;
  snapshot: number | null;
}

/**
 * What a page asks Meilisearch. The first page is one search in page mode (`page`/
 * `hitsPerPage`: exhaustive `totalHits`, crates/meilisearch/src/search/mod.rs, prepare_search
 * sets `exhaustive_number_hits(is_finite_pagination)`), with the facets. A later page starts
 * after the cursor (meiliKeyset), so its totals and facets come from a second search of the
 * same multi-search request without that filter, `hitsPerPage: 0` (accepted: "If
 * hit_per_page is 0, then pages can't be computed", perform_search). `status` is always
 * among the facets: its counts add up to the matches beyond maxTotalHits (meiliTotal).
 */
export function meiliSearchPlan(query: SearchQuery, q: string, now: number): MeiliSearchPlan {
  const hasText = query.text !== null;
  const keyset = isKeysetOrder(query.sort, hasText);
  const snapshot = keyset ? null : query.after ? Date.parse(query.after.createdAt) : now;
  const offset = !keyset && query.after ? Math.max(0, Math.trunc(query.after.score)) : 0;
  const filter = meiliFilter(query.filters, query.audience);
  if (snapshot !== null) filter.push(meiliSnapshot(snapshot));
  const seek = meiliKeyset(query.sort, hasText, query.after);
  const facets = [...new Set([...query.facets.map((f) => MEILI_FACET_ATTRIBUTE[f]), 'status'])];
  const words = {
    q,
    // Every word of the query is required, as in the PostgreSQL adapter (and the counts say
    // so). The default, 'last', drops words from the end until something matches: "dat dai"
    // returned every comment with "dat" (issue 21).
    matchingStrategy: 'all' as const,
    // Where the words are looked for (default: what the comment says).
    ...(hasText ? { attributesToSearchOn: query.fields.flatMap((f) => MEILI_FIELD_ATTRIBUTES[f]) } : {}),
  };
  const first = seek === null && offset === 0;
  const hits = {
    ...words,
    filter: seek === null ? filter : [...filter, seek],
    sort: meiliSort(query.sort, hasText),
    ...(first ? { page: 1, hitsPerPage: query.first + 1, facets } : { offset, limit: query.first + 1 }),
    attributesToRetrieve: ['id', 'status', 'createdAt', 'agreeCount'],
    // Where the words matched (matchedIn).
    ...(hasText ? { showMatchesPosition: true } : {}),
    attributesToHighlight: hasText ? ['body', 'proposedText'] : [],
    attributesToCrop: hasText ? ['body', 'proposedText'] : [],
    cropLength: 30,
    ...MEILI_HIGHLIGHT_TAGS,
  };
  const counts = first ? null : { ...words, filter, page: 1, hitsPerPage: 0, facets };
  return { hits, counts, offset, snapshot };
}

/** A hit's fields that the cursor needs. */
export interface MeiliHitKey {
  id: string;
  createdAt: number;
  agreeCount: number;
}

/** The cursor after `last`: its sort key (keyset), or the next offset and the snapshot. */
export function meiliEndCursor(
  query: SearchQuery,
  plan: MeiliSearchPlan,
  last: MeiliHitKey,
  count: number,
): SearchCursor {
  if (plan.snapshot !== null)
    return { score: plan.offset + count, createdAt: new Date(plan.snapshot).toISOString(), id: last.id };
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
