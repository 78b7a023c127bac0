import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EnqueuedTask, Index, IndexSwap, Meilisearch, RecordAny, Task } from 'meilisearch';
import { withSessionLock } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { changedSinceSql, projectionSelect } from '../postgres/projection.sql';
import { readQuery } from '../text/readings';
import { RebuildReport, SearchIndex, SearchIndexHealth } from '../search-index.port';
import { SEARCH_TOPICS, touchedIds } from '../indexing/search-events';
import { encodeCursor, facetValueLimit, SearchPage, SearchQuery } from '../search-query';
import {
  idKey,
  MEILI_FACET_ATTRIBUTE,
  matchedFields,
  MEILI_SETTINGS,
  MeiliCommentDocument,
  meiliEndCursor,
  meiliReadings,
  meiliRelevanceKey,
  meiliRelevanceStep,
  meiliRequests,
  MeiliResult,
  meiliResults,
  MeiliSearchPlan,
  meiliSearchPlan,
  MeiliWindow,
  meiliSwapPayload,
  meiliTotal,
  provisionPath,
  toHighlight,
} from './meili-query';
import { MeiliTaskLedger, SettledTasks } from './meili-tasks';

export const MEILI_INDEX = 'comments';
const UUID_MIN = '00000000-0000-0000-0000-000000000000';
/** Documents per task of a rebuild (not on the relay's lane: it waits for its tasks). */
const REBUILD_BATCH = 5_000;
/** How long a rebuild waits for its tasks (a whole index: minutes). */
const REBUILD_TASK_TIMEOUT_MS = 30 * 60_000;
/** Every HTTP request: a hung server fails a delivery in seconds, not at the relay's 30 s. */
const REQUEST_TIMEOUT_MS = 10_000;
/** A sync's chunks (ids read and sent in one task): sized to take about a second each. */
const CHUNK = { initial: 1_000, min: 100, max: 5_000, slowMs: 2_000, fastMs: 500 };
/** A sync that has run this long stops (and is retried): under the relay's 30 s consumer timeout. */
const SYNC_BUDGET_MS = 20_000;
/** Documents enqueued and not yet indexed beyond which syncs wait (fail fast, retried later). */
const MAX_WAITING_DOCUMENTS = 100_000;
/** How often the enqueued tasks' states are read. */
const TASK_CHECK_MS = 1_000;
/** How long syncs fail fast after a failure or refusal: doubling while they go on, up to a minute. */
const PAUSE_MS = { first: 2_000, max: 60_000 };
/** Attempts at the documents of a failed task before it is only logged (reindex recovers). */
const MAX_TASK_ATTEMPTS = 3;
/** One writer at a time reads and enqueues (see write); any constants, distinct from PostgreSQL's rebuild lock. */
const WRITE_LOCK_KEY = 7_362_846_401;
const REBUILD_LOCK_KEY = 7_362_846_402;
/** The rebuild's catch-up starts this much before it, by the database's clock: transactions in flight. */
const CATCH_UP_MARGIN = '1 minute';

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
    idKey: idKey(r.comment_id),
  };
}

/** Throws unless every task succeeded (a rebuild's). */
function allSucceeded(tasks: Task[]): void {
  const failed = tasks.find((t) => t.status !== 'succeeded');
  if (failed)
    throw new Error(
      `meilisearch task ${failed.uid} ${failed.status}: ${failed.error?.message ?? 'no error message'}`,
    );
}

/**
 * Meilisearch adapter (MEILI_URL). Documents are built from the same projection SELECT as
 * the PostgreSQL index, from current rows. Pages are keyset pages on the sort key, as in
 * PostgreSQL (RELEVANCE with text: after the last hit's ranking score within a snapshot, see
 * meiliSearchPlan).
 *
 * Writes enqueue tasks and return: the relay's bulk lane, which the PostgreSQL projection
 * shares, never waits for Meilisearch to index. The adapter reads its tasks' states on later
 * syncs: a failed task's documents are synced again (MAX_TASK_ATTEMPTS), and while more than
 * MAX_WAITING_DOCUMENTS wait to be indexed, or the server does not answer, syncs fail at once,
 * so that only Meilisearch's own deliveries wait (the relay retries them with backoff).
 */
@Injectable()
export class MeiliSearchIndex implements SearchIndex, OnApplicationBootstrap {
  readonly adapter = 'meilisearch' as const;
  private readonly logger = new Logger(MeiliSearchIndex.name);
  private readonly client: Meilisearch;
  private readonly indexName: string;
  private settingsApplied?: Promise<void>;
  /** Tasks enqueued by sync and not seen finished; comments of failed ones to sync again. */
  private readonly tasks = new MeiliTaskLedger(MAX_TASK_ATTEMPTS);
  private checkedAt = 0;
  private refusedUntil = 0;
  private refusal = '';
  /** Failures and refusals since the last sync that went through. */
  private failures = 0;
  private chunk = CHUNK.initial;

  constructor(
    private readonly dataSource: DataSource,
    options: { url: string; apiKey?: string; indexName?: string },
  ) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: REQUEST_TIMEOUT_MS });
    this.indexName = options.indexName ?? MEILI_INDEX;
  }

  private index(uid = this.indexName): Index<MeiliCommentDocument & RecordAny> {
    return this.client.index<MeiliCommentDocument & RecordAny>(uid);
  }

  /**
   * The index and its settings are enqueued when the process starts, not when someone first
   * searches: a settings change on a large index takes Meilisearch minutes, and searches must
   * not wait behind it (Meilisearch answers them with the old settings meanwhile). Documents
   * are enqueued after the settings task, and Meilisearch processes an index's tasks in the
   * order they were enqueued (crates/index-scheduler/src/autobatcher.rs batches "the next
   * enqueued tasks affecting a single index"), so they never meet an index without them.
   */
  onApplicationBootstrap(): void {
    this.ensureIndex().catch((error: unknown) =>
      this.logger.warn({ err: error }, 'meilisearch index not ready yet; writes will try again'),
    );
  }

  /** Enqueues the index and its settings once per process (idempotent on the server). */
  private ensureIndex(): Promise<void> {
    this.settingsApplied ??= this.prepare(this.indexName).then(
      (settings) => {
        this.tasks.enqueued(settings.taskUid, [], 1, true);
      },
      (error: unknown) => {
        this.settingsApplied = undefined;
        throw error;
      },
    );
    return this.settingsApplied;
  }

  /**
   * Enqueues `uid` with its primary key ("index_already_exists" is the expected failure on
   * every start but the first, and harmless) and its settings; returns the settings task.
   */
  private async prepare(uid: string): Promise<EnqueuedTask> {
    await this.client.createIndex(uid, { primaryKey: 'id' });
    return this.index(uid).updateSettings(MEILI_SETTINGS);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    // Never waits for the settings task (onApplicationBootstrap): see there.
    const hasText = query.text !== null;
    // The words as the contract reads them (vocabulary in PostgreSQL): see meiliReadings.
    const readings = query.text ? await readQuery(this.dataSource.manager, query.text) : null;
    const read =
      query.text && readings
        ? meiliReadings(query.text, readings)
        : { texts: [''], readAs: new Map<string, string[]>() };
    const plan = meiliSearchPlan(query, read.texts, Date.now());
    // The page, and on later pages the searches that count (meiliRequests).
    let window = plan.window;
    let { found, counted } = await this.run(plan, window, true);
    // RELEVANCE with text: where the page starts after the last hit shown (meiliRelevanceStep).
    for (let attempt = 0; ; attempt++) {
      const step = meiliRelevanceStep(
        found.hits.map(meiliRelevanceKey),
        window,
        plan.after,
        query.first,
        attempt,
      );
      if ('retry' in step) {
        window = step.retry;
        found = (await this.run(plan, window, false)).found;
        continue;
      }
      found = { ...found, hits: found.hits.slice(step.start) };
      window = { offset: window.offset + step.start, limit: window.limit - step.start };
      break;
    }
    counted ??= found;
    const hits = found.hits.slice(0, query.first);
    const last = hits.at(-1);
    return {
      ...meiliTotal(counted),
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
        values: Object.entries(counted.facetDistribution?.[MEILI_FACET_ATTRIBUTE[field]] ?? {})
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
          .slice(0, facetValueLimit(field)),
      })),
      hasNextPage: found.hits.length > query.first,
      endCursor: last ? encodeCursor(meiliEndCursor(query, plan, last, window.offset + hits.length)) : null,
      // Telex/VNI readings and short-word typos are the PostgreSQL adapter's (docs/search.md);
      // Meilisearch searches the readings meiliReadings sends, of the words it reads
      // (MEILI_MAX_QUERY_TERMS, MEILI_MAX_READINGS).
      corrections: (readings?.corrections ?? [])
        .filter((c) => read.readAs.has(c.typed))
        .map((c) => ({ ...c, readAs: c.readAs.filter((r) => read.readAs.get(c.typed)!.includes(r)) })),
    };
  }

  /** One page's searches (meiliRequests): one request, or two for several readings, at once. */
  private async run(
    plan: MeiliSearchPlan,
    window: MeiliWindow,
    withCounts: boolean,
  ): Promise<{ found: MeiliResult; counted: MeiliResult | null }> {
    const answers = await Promise.all(
      meiliRequests(plan, this.indexName, window, withCounts).map((request) =>
        this.client.multiSearch(request as never),
      ),
    );
    return meiliResults(plan, this.indexName, answers);
  }

  /**
   * Enqueues these comments' documents (and deletions) in chunks sized by time, without waiting
   * for Meilisearch to index them; also the comments of failed tasks. Throws at once while
   * Meilisearch is behind or unreachable (see the class).
   */
  async sync(commentIds: readonly string[]): Promise<void> {
    const started = Date.now();
    await this.admit();
    const ids = [...new Set([...commentIds, ...this.tasks.toRetry()])];
    if (!ids.length) return;
    try {
      await this.ensureIndex();
      for (let i = 0; i < ids.length;) {
        if (Date.now() - started > SYNC_BUDGET_MS)
          throw new Error(
            `meilisearch sync stopped after ${i} of ${ids.length} comments (time budget); retried`,
          );
        const chunk = ids.slice(i, i + this.chunk);
        const attempt = this.tasks.attemptOf(chunk);
        const sentAt = Date.now();
        for (const task of await this.write(this.indexName, chunk))
          this.tasks.enqueued(task.enqueued.taskUid, task.ids, attempt);
        this.tasks.written(chunk);
        i += chunk.length;
        const took = Date.now() - sentAt;
        if (took > CHUNK.slowMs) this.chunk = Math.max(CHUNK.min, Math.floor(this.chunk / 2));
        else if (took < CHUNK.fastMs) this.chunk = Math.min(CHUNK.max, this.chunk * 2);
      }
      this.failures = 0;
    } catch (error) {
      // The next deliveries fail at once instead of each waiting for a server that does not answer.
      this.refuse(`meilisearch write failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }

  /**
   * Waits until Meilisearch has processed every task this process enqueued, and handles their
   * outcome as a sync would (failed documents queued again). For tests and tools: searches
   * right after a sync otherwise run before the documents are indexed.
   */
  async drain(timeoutMs = 60_000): Promise<void> {
    const asked = this.tasks.pending();
    this.report(
      this.tasks.settle(asked, await this.client.tasks.waitForTasks(asked, { timeout: timeoutMs })),
    );
  }

  /**
   * Reads the current documents of `ids` and enqueues them (and the deletion of those gone) in
   * `uid`. One writer at a time, across processes: a PostgreSQL advisory lock is held from the
   * read until Meilisearch has enqueued the tasks, and Meilisearch applies an index's tasks in
   * the order enqueued (see onApplicationBootstrap), so a document read later is always
   * applied later. Without it two relays could read a comment before and after a change and
   * enqueue in the other order: the older status or counts won.
   */
  private write(uid: string, ids: string[]): Promise<{ enqueued: EnqueuedTask; ids: string[] }[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK_KEY]);
      const rows: ProjectionRow[] = await manager.query(projectionSelect('c.id = ANY($1::uuid[])', false), [
        ids,
      ]);
      const present = new Set(rows.map((r) => r.comment_id));
      const gone = ids.filter((id) => !present.has(id));
      const tasks: { enqueued: EnqueuedTask; ids: string[] }[] = [];
      if (rows.length)
        tasks.push({
          enqueued: await this.index(uid).addDocuments(rows.map(toDocument), { primaryKey: 'id' }),
          ids: [...present],
        });
      if (gone.length) tasks.push({ enqueued: await this.index(uid).deleteDocuments(gone), ids: gone });
      return tasks;
    });
  }

  private refuse(reason: string): void {
    this.failures++;
    this.refusedUntil = Date.now() + Math.min(PAUSE_MS.first * 2 ** (this.failures - 1), PAUSE_MS.max);
    this.refusal = reason;
  }

  /**
   * Whether a sync may enqueue now: reads the states of the tasks in flight (at most every
   * TASK_CHECK_MS, one request), queues the comments of failed ones again, and refuses while
   * too many documents wait or just after a failure.
   */
  private async admit(): Promise<void> {
    if (Date.now() < this.refusedUntil) throw new Error(this.refusal);
    const asked = this.tasks.pending(500);
    if (asked.length && Date.now() - this.checkedAt >= TASK_CHECK_MS) {
      this.checkedAt = Date.now();
      let read: Task[];
      try {
        read = (await this.client.tasks.getTasks({ uids: asked, limit: asked.length })).results;
      } catch (error) {
        this.refuse(`meilisearch unreachable: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
      this.report(this.tasks.settle(asked, read));
    }
    const waiting = this.tasks.waiting();
    if (waiting > MAX_WAITING_DOCUMENTS) {
      this.refuse(`meilisearch is behind: ${waiting} documents enqueued and not yet indexed`);
      throw new Error(this.refusal);
    }
  }

  private report(settled: SettledTasks): void {
    if (settled.settingsFailed !== null) {
      // Enqueued again by the next sync; documents meanwhile meet the previous settings.
      this.settingsApplied = undefined;
      this.logger.error({ error: settled.settingsFailed }, 'meilisearch settings task failed');
    }
    for (const failed of settled.retried) this.logger.warn(failed, 'meilisearch task failed; syncing again');
    for (const failed of settled.gaveUp)
      this.logger.error(failed, 'meilisearch task failed; reindex recovers');
  }

  /**
   * Fills a new index beside the live one, then swaps them atomically and drops the old. One
   * rebuild at a time, across processes (an advisory lock, as the PostgreSQL rebuild has).
   */
  rebuild(): Promise<RebuildReport> {
    return withSessionLock(this.dataSource, REBUILD_LOCK_KEY, 'another Meilisearch reindex is running', () =>
      this.rebuildLocked(),
    );
  }

  private async rebuildLocked(): Promise<RebuildReport> {
    const started = Date.now();
    // The database's clock, which stamps the changes compared with it (the process's clock
    // may be off), a margin earlier for the transactions in flight at this moment.
    const [{ since }]: { since: Date }[] = await this.dataSource.query(
      `SELECT clock_timestamp() - interval '${CATCH_UP_MARGIN}' AS since`,
    );
    await this.ensureIndex();
    const next = `${this.indexName}_next_${Date.now()}`;
    let documents = 0;
    try {
      documents = await this.fill(next);
      allSucceeded([
        await this.client
          .swapIndexes(meiliSwapPayload(this.indexName, next) as IndexSwap[])
          .waitTask({ timeout: REBUILD_TASK_TIMEOUT_MS }),
      ]);
    } catch (error) {
      // A failed rebuild must not leave its copy behind (one whole index per attempt).
      await this.client
        .deleteIndex(next)
        .waitTask({ timeout: REBUILD_TASK_TIMEOUT_MS })
        .catch(() => undefined);
      throw error;
    }
    allSucceeded([await this.client.deleteIndex(next).waitTask({ timeout: REBUILD_TASK_TIMEOUT_MS })]);
    // What the consumer changed in the live index meanwhile went to the index now dropped.
    const changed = await this.changedSince(since);
    const tasks: EnqueuedTask[] = [];
    for (let i = 0; i < changed.length; i += REBUILD_BATCH)
      for (const task of await this.write(this.indexName, changed.slice(i, i + REBUILD_BATCH)))
        tasks.push(task.enqueued);
    allSucceeded(await this.client.tasks.waitForTasks(tasks, { timeout: REBUILD_TASK_TIMEOUT_MS }));
    this.logger.log({ documents, caughtUp: changed.length }, 'meilisearch index rebuilt and swapped');
    return { adapter: this.adapter, documents, tookMs: Date.now() - started };
  }

  /**
   * Comments changed since `since` (database time): documents the projection rewrote,
   * comments withdrawn (they left comment_search), and what the search events written since
   * name, whether or not a consumer has handled them yet.
   */
  private async changedSince(since: Date): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(changedSinceSql('comment_search'), [since]);
    const events: { topic: string; payload: Record<string, unknown> }[] = await this.dataSource.query(
      `SELECT topic, payload FROM outbox_event WHERE created_at >= $1 AND topic = ANY($2::text[])`,
      [since, SEARCH_TOPICS],
    );
    const touched = touchedIds(
      events.map((e, i) => ({ ...e, seq: String(i), aggregateId: '', createdAt: since, attempt: 1 })),
    );
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const authors = touched.userIds.filter((id) => uuid.test(id));
    const byAuthors: { id: string }[] = authors.length
      ? await this.dataSource.query(`SELECT id::text FROM comment WHERE author_id = ANY($1::uuid[])`, [
          authors,
        ])
      : [];
    return [
      ...new Set([
        ...rows.map((r) => r.id),
        ...[...touched.commentIds, ...touched.countsOnly].filter((id) => uuid.test(id)),
        ...byAuthors.map((r) => r.id),
      ]),
    ];
  }

  /** A new index `uid` with the live one's settings, filled from the projection; its size. */
  private async fill(uid: string): Promise<number> {
    const tasks: EnqueuedTask[] = [await this.prepare(uid)];
    let documents = 0;
    let from = UUID_MIN;
    for (;;) {
      const rows: ProjectionRow[] = await this.dataSource.query(
        `${projectionSelect('c.id > $1::uuid', false)} ORDER BY c.id LIMIT ${REBUILD_BATCH}`,
        [from],
      );
      if (!rows.length) break;
      tasks.push(await this.index(uid).addDocuments(rows.map(toDocument), { primaryKey: 'id' }));
      documents += rows.length;
      from = rows[rows.length - 1].comment_id;
    }
    allSucceeded(await this.client.tasks.waitForTasks(tasks, { timeout: REBUILD_TASK_TIMEOUT_MS }));
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
