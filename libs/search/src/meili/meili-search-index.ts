import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Index, IndexSwap, Meilisearch, RecordAny, Task } from 'meilisearch';
import { DataSource } from 'typeorm';
import { projectionSelect } from '../postgres/projection.sql';
import { readQuery } from '../text/readings';
import { RebuildReport, SearchIndex, SearchIndexHealth } from '../search-index.port';
import { encodeCursor, facetValueLimit, SearchPage, SearchQuery } from '../search-query';
import {
  MEILI_FACET_ATTRIBUTE,
  MEILI_FIELD_ATTRIBUTES,
  matchedFields,
  MEILI_HIGHLIGHT_TAGS,
  MEILI_SETTINGS,
  MeiliCommentDocument,
  meiliFilter,
  meiliQueryText,
  meiliSort,
  provisionPath,
  toHighlight,
} from './meili-query';

export const MEILI_INDEX = 'comments';
const BATCH = 5_000;
const TASK_TIMEOUT_MS = 60_000;
const UUID_MIN = '00000000-0000-0000-0000-000000000000';

interface ProjectionRow {
  comment_id: string;
  draft_id: string;
  agency_id: string;
  version_number: number;
  provision_key: string | null;
  provision_label: string | null;
  provision_heading: string | null;
  draft_title: string;
  parent_id: string | null;
  stance: string | null;
  status: string;
  body: string;
  proposed_text: string | null;
  author_display_name: string;
  author_kind: string;
  organization_name: string | null;
  province: string | null;
  verified: boolean;
  has_proposed_text: boolean;
  answered: boolean;
  disposition: string | null;
  campaign_id: string | null;
  is_unique: boolean;
  agree_count: number;
  disagree_count: number;
  created_at: Date;
}

function toDocument(r: ProjectionRow): MeiliCommentDocument {
  return {
    id: r.comment_id,
    draftId: r.draft_id,
    agencyId: r.agency_id,
    versionNumber: r.version_number,
    status: r.status,
    provisionKey: r.provision_key,
    provisionPath: provisionPath(r.provision_key),
    provisionLabel: r.provision_label,
    provisionHeading: r.provision_heading,
    draftTitle: r.draft_title,
    parentId: r.parent_id,
    stance: r.stance,
    body: r.body,
    proposedText: r.proposed_text,
    authorDisplayName: r.author_display_name,
    authorKind: r.author_kind,
    organizationName: r.organization_name,
    province: r.province,
    verified: r.verified,
    hasProposedText: r.has_proposed_text,
    answered: r.answered,
    disposition: r.disposition,
    campaignId: r.campaign_id,
    isUnique: r.is_unique,
    agreeCount: r.agree_count,
    disagreeCount: r.disagree_count,
    createdAt: new Date(r.created_at).getTime(),
  };
}

/** Awaits a task; a failed or cancelled one throws, so the outbox retries it (and reports it dead at last). */
async function settled(task: Promise<Task>): Promise<Task> {
  const done = await task;
  if (done.status !== 'succeeded') {
    throw new Error(
      `meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? 'no error message'}`,
    );
  }
  return done;
}

/**
 * Meilisearch adapter (MEILI_URL). Documents are built from the same projection SELECT as
 * the PostgreSQL index, from current rows. Pages are offsets into Meilisearch's ranking
 * (the cursor carries the offset), up to pagination.maxTotalHits (10,000).
 */
@Injectable()
export class MeiliSearchIndex implements SearchIndex, OnApplicationBootstrap {
  readonly adapter = 'meilisearch' as const;
  private readonly logger = new Logger(MeiliSearchIndex.name);
  private readonly client: Meilisearch;
  private settingsApplied?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    options: { url: string; apiKey?: string; indexName?: string },
  ) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey });
    this.indexName = options.indexName ?? MEILI_INDEX;
  }

  private readonly indexName: string;

  private index(uid = this.indexName): Index<MeiliCommentDocument & RecordAny> {
    return this.client.index<MeiliCommentDocument & RecordAny>(uid);
  }

  /**
   * The index and its settings are applied when the process starts, not when someone first
   * searches: a settings change on a large index takes Meilisearch minutes, and searches must
   * not wait behind it (Meilisearch answers them with the old settings meanwhile). Writes
   * (sync, rebuild) do wait, so documents never meet an index without its settings.
   */
  onApplicationBootstrap(): void {
    this.ensureIndex().catch((error: unknown) =>
      this.logger.warn({ err: error }, 'meilisearch index not ready yet; writes will try again'),
    );
  }

  /** Creates the index with its settings once per process (idempotent on the server). */
  private ensureIndex(): Promise<void> {
    this.settingsApplied ??= this.prepare(this.indexName).catch((error: unknown) => {
      this.settingsApplied = undefined;
      throw error;
    });
    return this.settingsApplied;
  }

  private async prepare(uid: string): Promise<void> {
    const created = await this.client
      .createIndex(uid, { primaryKey: 'id' })
      .waitTask({ timeout: TASK_TIMEOUT_MS });
    // "index_already_exists" is the expected failure on every start but the first.
    if (created.status === 'failed' && created.error?.code !== 'index_already_exists') {
      throw new Error(`meilisearch: cannot create index ${uid}: ${created.error?.message}`);
    }
    await settled(this.index(uid).updateSettings(MEILI_SETTINGS).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    // Never waits for the settings task (onApplicationBootstrap): see there.
    const offset = query.after ? Math.max(0, Math.trunc(query.after.score)) : 0;
    const hasText = query.text !== null;
    // Page mode gives exhaustive totals (up to maxTotalHits); a cursor made with another
    // page size falls back to offset mode, whose total is an estimate.
    const pageMode = query.first > 0 && offset % query.first === 0;
    // The words as the contract reads them (vocabulary in PostgreSQL): see meiliQueryText.
    const readings = query.text ? await readQuery(this.dataSource.manager, query.text) : null;
    const q = query.text && readings ? meiliQueryText(query.text, readings) : '';
    const response = await this.index().search(q, {
      filter: meiliFilter(query.filters, query.audience),
      sort: meiliSort(query.sort, hasText),
      // Every word of the query is required, as in the PostgreSQL adapter (and the counts say
      // so). The default, 'last', drops words from the end until something matches: "dat dai"
      // returned every comment with "dat" (issue 21).
      matchingStrategy: 'all',
      ...(pageMode
        ? { page: offset / query.first + 1, hitsPerPage: query.first }
        : { offset, limit: query.first + 1 }),
      facets: query.facets.map((f) => MEILI_FACET_ATTRIBUTE[f]),
      attributesToRetrieve: ['id', 'status', 'createdAt'],
      // Where the words are looked for (default: what the comment says), and where they matched.
      ...(hasText
        ? {
            attributesToSearchOn: query.fields.flatMap((f) => MEILI_FIELD_ATTRIBUTES[f]),
            showMatchesPosition: true,
          }
        : {}),
      attributesToHighlight: hasText ? ['body', 'proposedText'] : [],
      attributesToCrop: hasText ? ['body', 'proposedText'] : [],
      cropLength: 30,
      ...MEILI_HIGHLIGHT_TAGS,
    });
    const hits = response.hits.slice(0, query.first);
    const last = hits.at(-1);
    // The cursor carries the offset of the next page (Meilisearch ranks; it has no keyset).
    const endCursor = last
      ? encodeCursor({
          score: offset + hits.length,
          createdAt: new Date(last.createdAt).toISOString(),
          id: last.id,
        })
      : null;
    // The response type depends on the mode chosen at run time: read both shapes.
    const counts = response as { totalHits?: number; estimatedTotalHits?: number };
    const exhaustive = typeof counts.totalHits === 'number' ? counts.totalHits : null;
    const total = exhaustive ?? counts.estimatedTotalHits ?? 0;
    const hasNextPage =
      exhaustive !== null ? offset + hits.length < exhaustive : response.hits.length > query.first;
    return {
      totalCount: total,
      totalIsExact: exhaustive !== null && exhaustive < MEILI_SETTINGS.pagination.maxTotalHits,
      hits: hits.map((h) => ({
        commentId: h.id,
        status: h.status,
        highlights: [toHighlight(h._formatted?.body), toHighlight(h._formatted?.proposedText)].filter(
          (x): x is string => x !== null,
        ),
        matchedIn: hasText ? matchedFields(query.fields, Object.keys(h._matchesPosition ?? {})) : [],
      })),
      facets: query.facets.map((field) => ({
        field,
        values: Object.entries(response.facetDistribution?.[MEILI_FACET_ATTRIBUTE[field]] ?? {})
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
          .slice(0, facetValueLimit(field)),
      })),
      hasNextPage,
      endCursor,
      // Telex/VNI readings and short-word typos are the PostgreSQL adapter's (docs/search.md).
      // Meilisearch takes one reading of each word (it has no OR between words): the first.
      corrections: (readings?.corrections ?? []).map((c) => ({ ...c, readAs: c.readAs.slice(0, 1) })),
    };
  }

  async sync(commentIds: readonly string[]): Promise<void> {
    const ids = [...new Set(commentIds)];
    if (!ids.length) return;
    // An author's re-sync can name every comment they wrote: bounded statements and tasks.
    if (ids.length > BATCH) {
      for (let i = 0; i < ids.length; i += BATCH) await this.sync(ids.slice(i, i + BATCH));
      return;
    }
    await this.ensureIndex();
    const rows: ProjectionRow[] = await this.dataSource.query(
      projectionSelect('c.id = ANY($1::uuid[])', false),
      [ids],
    );
    const present = new Set(rows.map((r) => r.comment_id));
    const gone = ids.filter((id) => !present.has(id));
    if (rows.length)
      await settled(this.index().addDocuments(rows.map(toDocument)).waitTask({ timeout: TASK_TIMEOUT_MS }));
    if (gone.length) await settled(this.index().deleteDocuments(gone).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  /** Fills a new index beside the live one, then swaps them atomically and drops the old. */
  async rebuild(): Promise<RebuildReport> {
    const started = Date.now();
    const since = new Date(started - 1000);
    await this.ensureIndex();
    const next = `${this.indexName}_next_${Date.now()}`;
    let documents = 0;
    try {
      documents = await this.fill(next);
      await settled(
        this.client
          // Only `indexes`: Meilisearch v1.12 (docker-compose.yml) refuses any other field of a
          // swap (SwapIndexesPayload is deny_unknown_fields in meilisearch/src/routes/
          // swap_indexes.rs); `rename` came later, with `#[deserr(default)]` false. The client's
          // typed `rename: false` failed every reindex there (issue 21).
          .swapIndexes([{ indexes: [this.indexName, next] } as IndexSwap])
          .waitTask({ timeout: TASK_TIMEOUT_MS }),
      );
    } catch (error) {
      // A failed rebuild must not leave its copy behind (one whole index per attempt).
      await this.client
        .deleteIndex(next)
        .waitTask({ timeout: TASK_TIMEOUT_MS })
        .catch(() => undefined);
      throw error;
    }
    await settled(this.client.deleteIndex(next).waitTask({ timeout: TASK_TIMEOUT_MS }));
    // What the consumer changed in the live index meanwhile went to the index now dropped;
    // comments withdrawn meanwhile left comment_search, so they are found on comment itself.
    const changed: { id: string }[] = await this.dataSource.query(
      `SELECT comment_id AS id FROM comment_search WHERE indexed_at >= $1
       UNION SELECT id FROM comment WHERE withdrawn_at >= $1`,
      [since],
    );
    for (let i = 0; i < changed.length; i += BATCH)
      await this.sync(changed.slice(i, i + BATCH).map((r) => r.id));
    this.logger.log({ documents }, 'meilisearch index rebuilt and swapped');
    return { adapter: this.adapter, documents, tookMs: Date.now() - started };
  }

  /** A new index `uid` with the live one's settings, filled from the projection; its size. */
  private async fill(uid: string): Promise<number> {
    await this.prepare(uid);
    let documents = 0;
    let from = UUID_MIN;
    for (;;) {
      const rows: ProjectionRow[] = await this.dataSource.query(
        `${projectionSelect('c.id > $1::uuid', false)} ORDER BY c.id LIMIT ${BATCH}`,
        [from],
      );
      if (!rows.length) break;
      await settled(
        this.index(uid).addDocuments(rows.map(toDocument)).waitTask({ timeout: TASK_TIMEOUT_MS }),
      );
      documents += rows.length;
      from = rows[rows.length - 1].comment_id;
    }
    return documents;
  }

  async health(): Promise<SearchIndexHealth> {
    try {
      await this.client.health();
      const stats = await this.index().getStats();
      return { adapter: this.adapter, state: 'up', documents: stats.numberOfDocuments };
    } catch (error) {
      return {
        adapter: this.adapter,
        state: 'down',
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }
}
