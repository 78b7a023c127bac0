import { BadInputError, cleanInputText, DATE_TIME_EXAMPLE, parseDateTime } from '@thamvan/core';
import { Stance } from '@thamvan/feedback';
import { AuthorKind } from '@thamvan/identity';
import { Disposition } from '@thamvan/synthesis';
import { toFilters } from '../search-input';
import { DEFAULT_SEARCH_FIELDS, SearchFieldName, SearchFilters } from '../search-query';
import { SearchField } from '../graphql/dto/search.enums';
import { parseQuery, ParsedQuery } from '../text/fold';

type Query = Record<string, unknown>;

function strings(query: Query, name: string): string[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  // Query strings are client text like any GraphQL argument: cleaned the same way.
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => cleanInputText(String(v)).split(','));
  const cleaned = values.map((v) => v.trim()).filter(Boolean);
  return cleaned.length ? cleaned : undefined;
}

/** A single value, taken whole (a query text may contain commas). */
function one(query: Query, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw) || typeof raw !== 'string')
    throw new BadInputError(`${name}: one value expected`, name);
  return cleanInputText(raw).trim() || undefined;
}

function enums<T extends string>(query: Query, name: string, allowed: Record<string, T>): T[] | undefined {
  const values = strings(query, name)?.map((v) => v.toUpperCase());
  const known = Object.values(allowed) as string[];
  const bad = values?.find((v) => !known.includes(v));
  if (bad) throw new BadInputError(`${name}: unknown value ${bad}`, name);
  return values as T[] | undefined;
}

function bool(query: Query, name: string): boolean | undefined {
  const value = one(query, name)?.toLowerCase();
  if (value === undefined) return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new BadInputError(`${name} must be true or false`, name);
}

function date(query: Query, name: string): Date | undefined {
  const value = one(query, name);
  if (value === undefined) return undefined;
  const parsed = parseDateTime(value);
  if (!parsed) throw new BadInputError(`${name} must be a date-time such as ${DATE_TIME_EXAMPLE}`, name);
  return parsed;
}

/**
 * The search filters from an export URL's query string, with the names of
 * CommentSearchInput: `?draftId=…&q=…&stance=AMEND,OPPOSE&answered=false&from=2026-01-01`.
 * Lists are comma-separated or repeated.
 */
export function exportParams(query: Query): {
  filters: SearchFilters;
  text: ParsedQuery | null;
  fields: readonly SearchFieldName[];
} {
  return {
    text: parseQuery(one(query, 'q')),
    fields: enums(query, 'in', SearchField) ?? DEFAULT_SEARCH_FIELDS,
    filters: toFilters({
      draftId: one(query, 'draftId'),
      agencyId: one(query, 'agencyId'),
      provisionKey: one(query, 'provisionKey'),
      stance: enums(query, 'stance', Stance),
      authorKind: enums(query, 'authorKind', AuthorKind),
      province: strings(query, 'province'),
      hasProposedText: bool(query, 'hasProposedText'),
      answered: bool(query, 'answered'),
      disposition: enums(query, 'disposition', Disposition),
      verified: bool(query, 'verified'),
      from: date(query, 'from'),
      to: date(query, 'to'),
      uniqueOnly: bool(query, 'uniqueOnly'),
      campaignId: one(query, 'campaignId'),
      topicId: one(query, 'topicId'),
    }),
  };
}
