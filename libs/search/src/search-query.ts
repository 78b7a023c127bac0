import { decodeCursor as decodeKeyset, encodeCursor as encodeKeyset } from '@thamvan/core';
import { ParsedQuery } from './text/fold';

export type SearchSortName = 'RELEVANCE' | 'NEWEST' | 'OLDEST' | 'MOST_AGREED';
/** Where query words are looked for: by default what the comment says (CONTRACT.md). */
export type SearchFieldName = 'COMMENT' | 'PROVISION' | 'DRAFT' | 'AUTHOR';
export const DEFAULT_SEARCH_FIELDS: readonly SearchFieldName[] = ['COMMENT'];
export type SearchFacetName =
  'STANCE' | 'AUTHOR_KIND' | 'PROVINCE' | 'PROVISION' | 'DRAFT' | 'AGENCY' | 'DISPOSITION' | 'VERIFIED';

export const SEARCH_FACETS: readonly SearchFacetName[] = [
  'STANCE',
  'AUTHOR_KIND',
  'PROVINCE',
  'PROVISION',
  'DRAFT',
  'AGENCY',
  'DISPOSITION',
  'VERIFIED',
];

/** Filters shared by search and exports; every field optional, all of them ANDed. */
export interface SearchFilters {
  draftId?: string;
  agencyId?: string;
  /** The provision and everything under it: key, or key + '/' prefix. */
  provisionKey?: string;
  stance?: string[];
  authorKind?: string[];
  province?: string[];
  hasProposedText?: boolean;
  answered?: boolean;
  disposition?: string[];
  verified?: boolean;
  from?: Date;
  to?: Date;
  uniqueOnly?: boolean;
  /** The members of one campaign of near-identical comments (a triage row expanded). */
  campaignId?: string;
  /** The comments of one topic (Topic.id; "Ý kiến khác" too), as last computed. */
  topicId?: string;
  /**
   * The topic's comment ids, filled by SearchFilterLookup only for an adapter that cannot read
   * topic_member itself (Meilisearch).
   */
  topicCommentIds?: string[];
  /**
   * Only these statuses; narrows the audience's statuses and never widens them, so the public
   * asking for PENDING finds nothing.
   */
  status?: string[];
}

/**
 * Which statuses the caller may find: the public PUBLISHED only; moderators also PENDING and
 * HIDDEN everywhere; officers also PENDING and HIDDEN on their agencies' drafts.
 */
export interface SearchAudience {
  moderator: boolean;
  agencyIds: string[];
}

export const PUBLIC_AUDIENCE: SearchAudience = { moderator: false, agencyIds: [] };

/** The position after the last hit of a page, in the order of `sort`. */
export interface SearchCursor {
  /** RELEVANCE: the rank (Meilisearch: `_rankingScore`); MOST_AGREED: the agree count; otherwise unused (0). */
  score: number;
  createdAt: string;
  id: string;
  /**
   * Meilisearch, RELEVANCE with text only: the time of the first page (later pages search the
   * comments posted up to it) and how many hits came before this position then, where the next
   * page starts looking for the hit after this one (meiliRelevanceStep).
   */
  snapshot?: string;
  position?: number;
}

export interface SearchQuery {
  text: ParsedQuery | null;
  /** Where the words of `text` are looked for (never empty). */
  fields: readonly SearchFieldName[];
  filters: SearchFilters;
  audience: SearchAudience;
  sort: SearchSortName;
  first: number;
  after: SearchCursor | null;
  facets: SearchFacetName[];
}

export interface SearchHitRef {
  commentId: string;
  status: string;
  highlights: string[];
  /** Where the query words were found, among the fields searched. */
  matchedIn: SearchFieldName[];
}

/** A query word also read as others: a typo's neighbours, or Telex/VNI decoded. */
export interface SearchCorrection {
  typed: string;
  readAs: string[];
  kind: 'TYPO' | 'INPUT_METHOD';
}

export interface FacetCountResult {
  field: SearchFacetName;
  values: { value: string; count: number }[];
}

export interface SearchPage {
  totalCount: number;
  totalIsExact: boolean;
  hits: SearchHitRef[];
  facets: FacetCountResult[];
  hasNextPage: boolean;
  endCursor: string | null;
  corrections: SearchCorrection[];
}

/** The keyset position of a hit, as core's versioned opaque cursor. */
export function encodeCursor(cursor: SearchCursor): string {
  const key = [cursor.score, cursor.createdAt, cursor.id];
  return encodeKeyset(cursor.snapshot === undefined ? key : [...key, cursor.snapshot, cursor.position ?? 0]);
}

const KEYSET = ['number', 'timestamp', 'uuid'] as const;

/** null when the cursor is not one of ours (the caller reports BAD_USER_INPUT). */
export function decodeCursor(value: string): SearchCursor | null {
  // Positions checked by kind (a date PostgreSQL and Meilisearch both read, a real UUID).
  for (const shape of [KEYSET, [...KEYSET, 'timestamp', 'int'] as const]) {
    try {
      const [score, createdAt, id, snapshot, position] = decodeKeyset(value, shape);
      const cursor = { score: score as number, createdAt: createdAt as string, id: id as string };
      if (snapshot === undefined) return cursor;
      if ((position as number) < 0) return null;
      return { ...cursor, snapshot: snapshot as string, position: position as number };
    } catch {
      // the other shape, or not a cursor of ours
    }
  }
  return null;
}

/**
 * How many values a facet lists, most frequent first, in every adapter: 100, but every
 * commented provision of a law for PROVISION (a 200-article law has ~3,000 provisions), which
 * officers add up per article and a top-100 cut would falsify.
 */
export const PROVISION_FACET_VALUES = 5000;
export function facetValueLimit(field: SearchFacetName): number {
  return field === 'PROVISION' ? PROVISION_FACET_VALUES : 100;
}
