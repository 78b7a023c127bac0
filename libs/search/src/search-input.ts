import { BadInputError, hasRole, isUuid, pageSize, Viewer } from '@thamvan/core';
import { resolveProvince } from '@thamvan/identity';
import { CommentSearchInput } from './graphql/dto/comment-search.input';
import {
  decodeCursor,
  DEFAULT_SEARCH_FIELDS,
  SearchAudience,
  SearchFilters,
  SearchQuery,
} from './search-query';
import { parseQuery } from './text/fold';

const MAX_LIST = 50;

/** Who may find what: PUBLISHED for all; PENDING/HIDDEN for moderators and the agency's officers. */
export function audienceOf(viewer: Viewer | null): SearchAudience {
  return {
    moderator: hasRole(viewer, 'MODERATOR'),
    agencyIds: viewer?.memberships.map((m) => m.agencyId) ?? [],
  };
}

function uuidOrThrow(value: string | null | undefined, field: string): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (!isUuid(value)) throw new BadInputError(`${field} is not a valid id`, field);
  return value.toLowerCase();
}

function list<T>(value: T[] | null | undefined, field: string): T[] | undefined {
  if (!value?.length) return undefined;
  if (value.length > MAX_LIST) throw new BadInputError(`${field}: at most ${MAX_LIST} values`, field);
  return [...new Set(value)];
}

function bool(value: boolean | null | undefined): boolean | undefined {
  return value === null || value === undefined ? undefined : value;
}

/** The filters of a search input, validated; exports parse the same names from the query string. */
export function toFilters(input: Omit<CommentSearchInput, 'sort' | 'first'>): SearchFilters {
  const from = input.from ?? undefined;
  const to = input.to ?? undefined;
  if (from && to && from > to) throw new BadInputError('from must not be later than to', 'from');
  const provisionKey = input.provisionKey?.trim().toLowerCase();
  return {
    draftId: uuidOrThrow(input.draftId, 'draftId'),
    agencyId: uuidOrThrow(input.agencyId, 'agencyId'),
    provisionKey: provisionKey || undefined,
    stance: list(input.stance, 'stance'),
    authorKind: list(input.authorKind, 'authorKind'),
    // As registration reads them: "Ca Mau", "Tỉnh Bạc Liêu" (a former name) → "Cà Mau".
    // Unknown names stay as written (and find nothing).
    province: list(
      input.province?.map((p) => resolveProvince(p) ?? p.normalize('NFC').trim()),
      'province',
    ),
    hasProposedText: bool(input.hasProposedText),
    answered: bool(input.answered),
    disposition: list(input.disposition, 'disposition'),
    verified: bool(input.verified),
    from,
    to,
    uniqueOnly: input.uniqueOnly === true ? true : undefined,
    campaignId: uuidOrThrow(input.campaignId, 'campaignId'),
    topicId: uuidOrThrow(input.topicId, 'topicId'),
    status: list(input.status, 'status'),
  };
}

export function toSearchQuery(input: CommentSearchInput, audience: SearchAudience): SearchQuery {
  const after = input.after ? decodeCursor(input.after) : null;
  if (input.after && !after) throw new BadInputError('after is not a cursor of this search', 'after');
  return {
    text: parseQuery(input.q),
    fields: list(input.in, 'in') ?? DEFAULT_SEARCH_FIELDS,
    filters: toFilters(input),
    audience,
    sort: input.sort ?? 'RELEVANCE',
    first: pageSize(input.first),
    after,
    facets: list(input.facets, 'facets') ?? [],
  };
}
