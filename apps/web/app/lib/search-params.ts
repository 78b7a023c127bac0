import type {
  AuthorKind,
  CommentSearchInput,
  Disposition,
  SearchField,
  SearchSort,
  Stance,
} from '../gql/graphql';
import { dateInputValue, instantOfDay } from './format';
import { isUuid } from './ids';

/**
 * A comment search written in a page address, one home for the public search page and the
 * agency console: Vietnamese parameter names (`?q=dat+dai&quan-diem=AMEND&tinh=Hà+Nội`), read
 * into `CommentSearchInput`, and the same search as the open-data export's query string (the
 * API's names: `draftId`, `stance=AMEND,OPPOSE`, …). Unknown values are dropped, not errors:
 * an address a person edited by hand still shows a page.
 */
export const SEARCH_PARAMS = {
  q: 'q',
  fields: 'trong',
  draft: 'du-thao',
  agency: 'co-quan',
  provision: 'dieu',
  stance: 'quan-diem',
  authorKind: 'nguoi-gop-y',
  province: 'tinh',
  verified: 'xac-minh',
  answered: 'tra-loi',
  disposition: 'hinh-thuc',
  from: 'tu',
  to: 'den',
  unique: 'gop',
  campaign: 'chien-dich',
  topic: 'chu-de',
  sort: 'sap-xep',
  after: 'sau',
} as const;

export const STANCES: readonly Stance[] = ['SUPPORT', 'OPPOSE', 'AMEND', 'QUESTION', 'NEUTRAL'];
export const AUTHOR_KINDS: readonly AuthorKind[] = ['INDIVIDUAL', 'ORGANIZATION'];
export const DISPOSITIONS: readonly Disposition[] = [
  'ACCEPTED',
  'PARTIALLY_ACCEPTED',
  'NOT_ACCEPTED',
  'EXPLAINED',
];

/**
 * Where the words are looked for, by address value (`?trong=nguoi-viet`); what the comment
 * says is the API's default, so an address without `trong` searches only that.
 */
export const SEARCH_FIELDS: Record<string, SearchField> = {
  'noi-dung': 'COMMENT',
  'dieu-khoan': 'PROVISION',
  'ten-du-thao': 'DRAFT',
  'nguoi-viet': 'AUTHOR',
};

/** Sort orders by their address value; relevance is the default and has none. */
export const SORTS: Record<string, SearchSort> = {
  'moi-nhat': 'NEWEST',
  'cu-nhat': 'OLDEST',
  'nhieu-dong-y': 'MOST_AGREED',
};

/** The longest query text kept from an address (the API folds and caps it too). */
const MAX_QUERY = 200;

export type SearchFilters = Omit<CommentSearchInput, 'first' | 'after' | 'facets'>;

function pick<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T[] | undefined {
  const values = params.getAll(name).filter((v): v is T => (allowed as readonly string[]).includes(v));
  return values.length ? [...new Set(values)] : undefined;
}

/**
 * The search an address asks for. `uniqueByDefault`: campaigns collapsed unless the address
 * says otherwise (the console; its checkbox sends `gop=0` always and `gop=1` when ticked).
 */
export function searchFiltersOf(
  params: URLSearchParams,
  { uniqueByDefault = false }: { uniqueByDefault?: boolean } = {},
): SearchFilters {
  const p = SEARCH_PARAMS;
  const answered = params.get(p.answered);
  const verified = params.get(p.verified);
  const provinces = [...new Set(params.getAll(p.province).map((v) => v.trim()))].filter(Boolean);
  // Ids in addresses come from people: one that cannot exist narrows nothing.
  const id = (name: string) => {
    const value = params.get(name)?.trim();
    return isUuid(value) ? value : undefined;
  };
  const draftId = id(p.draft);
  const campaignId = id(p.campaign);
  const topicId = id(p.topic);
  const unique = params.getAll(p.unique);
  // A campaign opened is listed whole; otherwise the box decides, or the page's default.
  const uniqueOnly = campaignId ? false : unique.length ? unique.includes('1') : uniqueByDefault;
  const fields = [
    ...new Set(params.getAll(p.fields).flatMap((v) => (SEARCH_FIELDS[v] ? [SEARCH_FIELDS[v]] : []))),
  ];
  return {
    q: (params.get(p.q) ?? '').trim().slice(0, MAX_QUERY) || undefined,
    // Only the default: left out, so that the address and the export stay short.
    in: fields.length && !(fields.length === 1 && fields[0] === 'COMMENT') ? fields : undefined,
    draftId,
    agencyId: id(p.agency),
    // A provision key means something only within its draft.
    provisionKey: (draftId && params.get(p.provision)?.trim()) || undefined,
    stance: pick(params, p.stance, STANCES),
    authorKind: pick(params, p.authorKind, AUTHOR_KINDS),
    province: provinces.length ? provinces : undefined,
    verified: verified === '1' ? true : verified === '0' ? false : undefined,
    answered: answered === 'roi' ? true : answered === 'chua' ? false : undefined,
    disposition: pick(params, p.disposition, DISPOSITIONS),
    // Days in Vietnam: from the first second of `tu` to the last of `den`.
    from: instantOfDay(params.get(p.from) ?? '') ?? undefined,
    to: instantOfDay(params.get(p.to) ?? '', true) ?? undefined,
    uniqueOnly: uniqueOnly || undefined,
    campaignId,
    topicId,
    sort: SORTS[params.get(p.sort) ?? ''] ?? 'RELEVANCE',
  };
}

/** How many filters (not the words, not the order) narrow the search: for "Bộ lọc (2)". */
export function activeFilterCount(filters: SearchFilters): number {
  const { q: _q, sort: _sort, in: _in, ...rest } = filters;
  return Object.values(rest).filter((v) => v !== undefined).length;
}

/** The export formats of `/api/exports/comments.*`. */
export type ExportFormat = 'csv' | 'ndjson';

/**
 * The same search as an open-data export address (CONTRACT.md, "Exports": the names of
 * CommentSearchInput, lists comma-separated). Exports have no order or paging: every row.
 */
export function exportHref(format: ExportFormat, filters: SearchFilters): string {
  const query = new URLSearchParams();
  const { sort: _sort, status: _status, ...rest } = filters;
  for (const [name, value] of Object.entries(rest)) {
    if (value === undefined || value === null) continue;
    query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const search = query.toString();
  return `/api/exports/comments.${format}${search ? `?${search}` : ''}`;
}

/** The address of a search page for these filters (the inverse of searchFiltersOf). */
export function searchHref(filters: SearchFilters, path = '/tim-kiem'): string {
  const p = SEARCH_PARAMS;
  const query = new URLSearchParams();
  const add = (name: string, value: string | number | null | undefined) =>
    value !== null && value !== undefined && value !== '' && query.append(name, String(value));
  add(p.q, filters.q);
  for (const field of filters.in ?? [])
    add(p.fields, Object.entries(SEARCH_FIELDS).find(([, f]) => f === field)?.[0]);
  add(p.draft, filters.draftId);
  add(p.agency, filters.agencyId);
  add(p.provision, filters.provisionKey);
  for (const v of filters.stance ?? []) add(p.stance, v);
  for (const v of filters.authorKind ?? []) add(p.authorKind, v);
  for (const v of filters.province ?? []) add(p.province, v);
  if (typeof filters.verified === 'boolean') add(p.verified, filters.verified ? '1' : '0');
  if (typeof filters.answered === 'boolean') add(p.answered, filters.answered ? 'roi' : 'chua');
  for (const v of filters.disposition ?? []) add(p.disposition, v);
  add(p.from, filters.from ? dateInputValue(filters.from) : undefined);
  add(p.to, filters.to ? dateInputValue(filters.to) : undefined);
  if (filters.uniqueOnly) add(p.unique, '1');
  add(p.campaign, filters.campaignId);
  add(p.topic, filters.topicId);
  const sort = Object.entries(SORTS).find(([, v]) => v === filters.sort)?.[0];
  add(p.sort, sort);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
