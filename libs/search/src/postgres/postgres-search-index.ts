import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RebuildReport, SearchIndex, SearchIndexHealth } from '../search-index.port';
import {
  encodeCursor,
  facetValueLimit,
  FacetCountResult,
  SearchFacetName,
  SearchPage,
  SearchQuery,
} from '../search-query';
import { audienceCondition, filterConditions } from './pg-filters';
import { BuiltTsquery, buildTsquery } from './pg-tsquery';
import { SearchProjection } from './search-projection';

/** Totals are exact up to this many matches, estimated by the planner beyond. */
export const EXACT_TOTAL_CAP = 10_000;
/** RELEVANCE over more matches than EXACT_TOTAL_CAP ranks the newest this many… */
export const RANK_CANDIDATES = 2_000;
/**
 * …found among the newest this many comments searched: the walk along created_at then reads
 * at most this many rows, where 2,000 matches of a query matching 1 % of the comments would
 * take 200,000. Reading the window is most of such a query's time, and all of its tail when
 * the rows are cold: 40,000 rows missed p95 < 50 ms at 1,000,000 comments, 20,000 meet it
 * (docs/benchmarks.md); a query matching 0.5 % still finds 100 candidates in them.
 */
export const RANK_WINDOW = 20_000;
/** A window holding fewer matches than this (they are mostly older) ranks the newest RANK_CANDIDATES anywhere. */
const RANK_WINDOW_MIN = 100;
/** Estimates above this many times the cap skip the exact count (they are not off by that much). */
const ESTIMATE_TRUST = 3;
/** /health/ready counts the index exactly up to this many documents (a few ms of index scan). */
const HEALTH_EXACT_COUNT_CAP = 100_000;
/** Matches a sampled facet count aims to see. */
const FACET_SAMPLE = 10_000;

const FACET_COLUMN: Record<SearchFacetName, string> = {
  STANCE: 's.stance',
  AUTHOR_KIND: 's.author_kind',
  PROVINCE: 's.province',
  PROVISION: 's.provision_key',
  DRAFT: 's.draft_id::text',
  AGENCY: 's.agency_id::text',
  DISPOSITION: 's.disposition',
  VERIFIED: 's.verified::text',
};

const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MinWords=12, MaxWords=30, MaxFragments=2';

/** Escapes the text before ts_headline, so that only our <mark> tags are markup. */
const escaped = (column: string) =>
  `replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

/** A text query: how it was read, and its tsquery expression over the statement's parameters. */
interface PageText {
  built: BuiltTsquery;
  tsq: string;
}

interface PageRow {
  comment_id: string;
  status: string;
  created_at: Date;
  score: number;
  body_hl: string | null;
  proposed_hl: string | null;
  matched_in: string[] | null;
  /** `window` pages only: the matches the window holds. */
  candidates?: number;
}

/**
 * Full-text search over the `comment_search` projection (see docs/search.md for the plans):
 * - text: tsvector of thamvan_fold()ed text, GIN index; typos through the vocabulary;
 * - totals: exact count up to EXACT_TOTAL_CAP, planner estimate beyond (`totalIsExact`);
 * - the GIN + ORDER BY trap: when the matches are few (≤ the cap, known from the count), they
 *   are collected through the GIN index first (MATERIALIZED) and sorted, instead of letting
 *   the planner walk the created_at index hoping to meet rare matches early; when they are
 *   many, walking the sort index is what is fast, and RELEVANCE ranks only the newest
 *   RANK_CANDIDATES of them within the newest RANK_WINDOW rows (or anywhere, when that window
 *   holds fewer than RANK_WINDOW_MIN);
 * - keyset pagination on (score, created_at, comment_id).
 */
@Injectable()
export class PostgresSearchIndex implements SearchIndex {
  readonly adapter = 'postgres' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly projection: SearchProjection,
  ) {}

  async search(query: SearchQuery): Promise<SearchPage> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions = [audienceCondition(query.audience, param), ...filterConditions(query.filters, param)];
    let built: BuiltTsquery | null = null;
    // The tsquery, one parameter that every statement below reuses.
    let tsq: string | null = null;
    if (query.text) {
      built = await buildTsquery(this.dataSource.manager, query.text, query.fields);
      tsq = `to_tsquery('simple', ${param(built.query)})`;
      conditions.push(`s.tsv @@ ${tsq}`);
    }
    const where = conditions.join(' AND ');
    const filterWhere = conditions.slice(0, query.text ? -1 : undefined).join(' AND ');
    const counted = await this.count(where, params);
    // Beyond the cap, facets are counted on a sample of about FACET_SAMPLE matches.
    const sample = counted.exact ? null : Math.min(100, (100 * FACET_SAMPLE) / counted.totalCount);
    const [facets, page] = await Promise.all([
      this.facets(where, params, query.facets, sample),
      this.page(query, where, filterWhere, [...params], built && tsq ? { built, tsq } : null, counted.exact),
    ]);
    return {
      totalCount: counted.totalCount,
      totalIsExact: counted.totalIsExact,
      facets,
      ...page,
      corrections: built?.corrections ?? [],
    };
  }

  /** Upserts or deletes the documents of these comments from their current rows. */
  async sync(commentIds: readonly string[]): Promise<void> {
    await this.projection.upsert(commentIds);
  }

  rebuild(): Promise<RebuildReport> {
    return this.projection.rebuild();
  }

  async health(): Promise<SearchIndexHealth> {
    try {
      // Counted, not read from pg_class.reltuples: that is the planner's estimate as of the
      // last ANALYZE (-1, reported as 0, on a new table) and lagged behind the table. Above
      // the cap the count stops and the estimate is used if larger, marked inexact.
      const [row]: { n: number; estimate: string }[] = await this.dataSource.query(
        `SELECT (SELECT count(*) FROM (SELECT 1 FROM comment_search LIMIT $1) c)::int AS n,
                (SELECT reltuples::bigint FROM pg_class WHERE oid = 'comment_search'::regclass) AS estimate`,
        [HEALTH_EXACT_COUNT_CAP + 1],
      );
      const exact = row.n <= HEALTH_EXACT_COUNT_CAP;
      const documents = exact ? row.n : Math.max(row.n, Number(row.estimate));
      return { adapter: this.adapter, state: 'up', documents, documentsExact: exact };
    } catch (error) {
      return { adapter: this.adapter, state: 'down', error: String(error) };
    }
  }

  /**
   * Exact up to EXACT_TOTAL_CAP, else the planner's estimate. The estimate comes first: when
   * it is far beyond the cap, even a count stopped at the cap would have to build the GIN
   * bitmap of every match (tens of milliseconds for a word in most comments).
   */
  private async count(
    where: string,
    params: unknown[],
  ): Promise<{ totalCount: number; totalIsExact: boolean; exact: boolean }> {
    const [plan]: { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[] = await this.dataSource.query(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM comment_search s WHERE ${where}`,
      params,
    );
    const estimate = Math.round(plan['QUERY PLAN'][0].Plan['Plan Rows']);
    if (estimate > EXACT_TOTAL_CAP * ESTIMATE_TRUST)
      return { totalCount: estimate, totalIsExact: false, exact: false };
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM comment_search s WHERE ${where} LIMIT ${EXACT_TOTAL_CAP + 1}) m`,
      params,
    );
    if (row.n <= EXACT_TOTAL_CAP) return { totalCount: row.n, totalIsExact: true, exact: true };
    return { totalCount: Math.max(estimate, EXACT_TOTAL_CAP + 1), totalIsExact: false, exact: false };
  }

  private async page(
    query: SearchQuery,
    where: string,
    filterWhere: string,
    params: unknown[],
    text: PageText | null,
    fewMatches: boolean,
  ): Promise<Omit<SearchPage, 'totalCount' | 'totalIsExact' | 'facets' | 'corrections'>> {
    // Without text the sort index leads whatever the count (the planner inlines the filter).
    if (!text) return this.toPage(query, await this.pageRows(query, where, params, text, 'many'));
    if (fewMatches) return this.toPage(query, await this.pageRows(query, where, params, text, 'few'));
    if (query.sort !== 'RELEVANCE')
      return this.toPage(query, await this.pageRows(query, where, params, text, 'many'));
    const windowSource = `SELECT s.comment_id, s.status, s.created_at, s.tsv FROM comment_search s
                           WHERE ${filterWhere} ORDER BY s.created_at DESC LIMIT ${RANK_WINDOW}`;
    const windowed = await this.pageRows(query, where, [...params], text, 'window', windowSource);
    // Few matches among the newest comments, so most are older: the window would hide them,
    // and the newest RANK_CANDIDATES matches anywhere are ranked instead. The count is of the
    // whole window (not the page), so every page of one query makes the same choice.
    if ((windowed[0]?.candidates ?? 0) >= RANK_WINDOW_MIN) return this.toPage(query, windowed);
    return this.toPage(query, await this.pageRows(query, where, params, text, 'walk'));
  }

  /**
   * The page's rows (one more than asked) with their highlights:
   * - `few`: every match collected through the GIN index, then sorted;
   * - `many`: no text, or NEWEST / OLDEST / MOST_AGREED over many matches: the sort index leads;
   * - `walk`: RELEVANCE over the newest RANK_CANDIDATES matches;
   * - `window`: RELEVANCE over the newest RANK_CANDIDATES matches among the rows of
   *   `windowSource`; every row (or a single empty one, without comment_id, when the page is
   *   empty) carries `candidates`, how many matches the window holds.
   */
  private async pageRows(
    query: SearchQuery,
    where: string,
    params: unknown[],
    text: PageText | null,
    mode: 'few' | 'many' | 'walk' | 'window',
    windowSource?: string,
  ): Promise<PageRow[]> {
    const param = (value: unknown) => `$${params.push(value)}`;
    const tsq = text?.tsq ?? null;
    const built = text?.built ?? null;
    const relevance = query.sort === 'RELEVANCE' && tsq !== null;
    const sort = relevance ? 'RELEVANCE' : query.sort === 'RELEVANCE' ? 'NEWEST' : query.sort;
    const score = relevance ? `ts_rank(s.tsv, ${tsq})` : sort === 'MOST_AGREED' ? 's.agree_count' : '0::real';
    const dir = sort === 'OLDEST' ? 'ASC' : 'DESC';
    // The score is a sort key only where it varies: a constant one would keep the planner
    // from reading (created_at, comment_id) off the index and make it sort every match.
    const keys =
      sort === 'NEWEST' || sort === 'OLDEST'
        ? ['created_at', 'comment_id']
        : ['score', 'created_at', 'comment_id'];
    const order = keys.map((k) => `m.${k} ${dir}`).join(', ');
    const after = query.after;
    const seek = after
      ? `WHERE (${keys.map((k) => `m.${k}`).join(', ')}) ${dir === 'DESC' ? '<' : '>'} (${[
          ...(keys.length === 3 ? [`${param(after.score)}::${relevance ? 'real' : 'int'}`] : []),
          `${param(after.createdAt)}::timestamptz`,
          `${param(after.id)}::uuid`,
        ].join(', ')})`
      : '';
    const columns = `s.comment_id, s.status, s.created_at, ${score} AS score`;
    // Few matches: collect them through the GIN index, then sort. Many: let the sort index
    // lead (matches are dense along it), ranking only the newest candidates for RELEVANCE.
    const source =
      mode === 'window'
        ? `SELECT ${columns} FROM (${windowSource}) s
            WHERE s.tsv @@ ${tsq} ORDER BY s.created_at DESC LIMIT ${RANK_CANDIDATES}`
        : mode === 'walk'
          ? `SELECT ${columns} FROM comment_search s WHERE ${where} ORDER BY s.created_at DESC LIMIT ${RANK_CANDIDATES}`
          : mode === 'few'
            ? `SELECT ${columns} FROM comment_search s WHERE ${where}`
            : null;
    const limit = param(query.first + 1);
    const pageSql = source
      ? `WITH m AS ${mode === 'walk' ? 'NOT MATERIALIZED' : 'MATERIALIZED'} (${source})
         SELECT * FROM m ${seek} ORDER BY ${order} LIMIT ${limit}`
      : `SELECT * FROM (SELECT ${columns} FROM comment_search s WHERE ${where}) m ${seek}
         ORDER BY ${order} LIMIT ${limit}`;
    const headline = (column: string) =>
      tsq
        ? `CASE WHEN h.${column} IS NOT NULL AND h.tsv @@ ${tsq}
             THEN ts_headline('thamvan', ${escaped(`h.${column}`)}, ${tsq}, '${HEADLINE_OPTIONS}') END`
        : 'NULL';
    // Where each hit matched: one test per field searched, on the page's rows only.
    const matchedIn = built
      ? `array_remove(ARRAY[${query.fields
          .map((f) => `CASE WHEN h.tsv @@ to_tsquery('simple', ${param(built.inField(f))}) THEN '${f}' END`)
          .join(', ')}], NULL)`
      : 'NULL::text[]';
    const select = `SELECT p.*, ${headline('body')} AS body_hl, ${headline('proposed_text')} AS proposed_hl,
                           ${matchedIn} AS matched_in`;
    const pageOrder = order.replace(/m\./g, 'p.');
    if (mode !== 'window')
      return this.dataSource.query(
        `${select} FROM (${pageSql}) p JOIN comment_search h ON h.comment_id = p.comment_id ORDER BY ${pageOrder}`,
        params,
      );
    // The window is walked once: its matches are materialised, counted and paged.
    return this.dataSource.query(
      `WITH m AS MATERIALIZED (${source})
       ${select}, c.candidates
         FROM (SELECT count(*)::int AS candidates FROM m) c
         LEFT JOIN ((SELECT * FROM m ${seek} ORDER BY ${order} LIMIT ${limit}) p
                    JOIN comment_search h ON h.comment_id = p.comment_id) ON true
        ORDER BY ${pageOrder}`,
      params,
    );
  }

  private toPage(
    query: SearchQuery,
    found: PageRow[],
  ): Omit<SearchPage, 'totalCount' | 'totalIsExact' | 'facets' | 'corrections'> {
    const rows = found.filter((r) => r.comment_id !== null);
    const hasNextPage = rows.length > query.first;
    const pageRows = rows.slice(0, query.first);
    const last = pageRows.at(-1);
    const endCursor = last
      ? encodeCursor({
          score: Number(last.score),
          createdAt: new Date(last.created_at).toISOString(),
          id: last.comment_id,
        })
      : null;
    return {
      hits: pageRows.map((r) => ({
        commentId: r.comment_id,
        status: r.status,
        highlights: [r.body_hl, r.proposed_hl].filter((h): h is string => !!h && h.includes('<mark>')),
        matchedIn: (r.matched_in ?? []) as SearchPage['hits'][number]['matchedIn'],
      })),
      hasNextPage,
      endCursor,
    };
  }

  /**
   * Facet counts over every match (not only the page), all requested facets in one scan
   * (GROUPING SETS); a facet's values are sorted by count, at most facetValueLimit of them.
   * When the matches are too many to count exactly (`samplePercent`), the same query runs on
   * a repeatable sample of the table's pages (TABLESAMPLE SYSTEM) and the counts are scaled:
   * estimates, like the total (totalIsExact: false), at the cost of a few percent of a scan.
   */
  private async facets(
    where: string,
    params: unknown[],
    fields: SearchFacetName[],
    samplePercent: number | null,
  ): Promise<FacetCountResult[]> {
    const wanted = [...new Set(fields)];
    if (!wanted.length) return [];
    const cols = wanted.map((_, i) => `c${i}`);
    const from = samplePercent
      ? `comment_search s TABLESAMPLE SYSTEM (${samplePercent.toFixed(4)}) REPEATABLE (7)`
      : 'comment_search s';
    const scale = samplePercent ? 100 / samplePercent : 1;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT GROUPING(${cols.join(', ')}) AS g, ${cols.join(', ')}, count(*)::int AS count
         FROM (SELECT ${wanted.map((f, i) => `${FACET_COLUMN[f]} AS c${i}`).join(', ')}
                 FROM ${from} WHERE ${where}) m
        GROUP BY GROUPING SETS (${cols.map((c) => `(${c})`).join(', ')})`,
      params,
    );
    const n = wanted.length;
    return wanted.map((field, i) => ({
      field,
      values: rows
        // GROUPING() sets bit (n-1-i) when c<i> is not grouped in that row's set.
        .filter((r) => ((Number(r.g) >> (n - 1 - i)) & 1) === 0 && r[`c${i}`] !== null)
        .map((r) => ({ value: String(r[`c${i}`]), count: Math.round(Number(r.count) * scale) }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
        .slice(0, facetValueLimit(field)),
    }));
  }
}
