import type { ParsedQuery } from '../text/fold';
import {
  PROVISION_FACET_VALUES,
  SearchAudience,
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
  ],
  sortableAttributes: ['createdAt', 'agreeCount'],
  // `sort` first: a chosen order (NEWEST, OLDEST, MOST_AGREED) decides over relevance, as in
  // the PostgreSQL adapter; after the text rules it only broke ties between equally relevant
  // hits. Without a `sort` parameter (RELEVANCE) the rule does nothing and the text rules rank.
  // (Meilisearch's bucket sort: https://www.meilisearch.com/docs/learn/relevancy/ranking_rules)
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'createdAt:desc'],
  // The contract: typo tolerance only for words of 5 letters or more.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  // The most any facet lists (PROVISION); the adapter cuts each at facetValueLimit.
  faceting: { maxValuesPerFacet: PROVISION_FACET_VALUES },
  pagination: { maxTotalHits: 10_000 },
};

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
  // ANDed with the audience's statuses above, so it only narrows them.
  if (filters.status?.length) out.push(anyOf('status', filters.status));
  return out;
}

/** Sort for a SearchSort; RELEVANCE is Meilisearch's ranking (newest first without text). */
export function meiliSort(sort: SearchSortName, hasText: boolean): string[] | undefined {
  switch (sort) {
    case 'RELEVANCE':
      return hasText ? undefined : ['createdAt:desc'];
    case 'NEWEST':
      return ['createdAt:desc'];
    case 'OLDEST':
      return ['createdAt:asc'];
    case 'MOST_AGREED':
      return ['agreeCount:desc', 'createdAt:desc'];
  }
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
 * The query Meilisearch receives, read by the same rules as the PostgreSQL adapter's
 * (text/readings.ts), which Meilisearch's own typo tolerance does not follow:
 *  - a known word is quoted: a one-word phrase matches exactly, so Meilisearch no longer
 *    widens correct words ("quyen" found "quyết", "thanh" found "thang", issue 21);
 *  - an unknown word with other readings (Telex/VNI, or a typo the vocabulary resolves) is
 *    replaced by the most likely one, quoted (Meilisearch has no OR between words);
 *  - an unknown word without one is left bare: Meilisearch tolerates a typo in it from 5
 *    letters (its `minWordSizeForTypos`), the contract's rule;
 *  - phrases as typed.
 * Every part is required (`matchingStrategy: 'all'`). Words are folded; Meilisearch folds the
 * documents the same way.
 */
export function meiliQueryText(
  text: ParsedQuery,
  readings: { alternatives: Map<string, string[]>; unknown: Set<string> },
): string {
  const words = text.words.map((w) => {
    const reading = readings.alternatives.get(w)?.[0];
    if (reading) return `"${reading}"`;
    return readings.unknown.has(w) ? w : `"${w}"`;
  });
  const phrases = text.phrases.map((p) => `"${p.join(' ')}"`);
  return [...words, ...phrases].join(' ');
}
