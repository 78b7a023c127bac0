import { Injectable, Logger } from '@nestjs/common';
import { withSessionLock } from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import { RebuildReport } from '../search-index.port';
import { reactionTallyOf } from '@thamvan/feedback';
import { changedSinceSql, insertRangeSql, upsertByIdsSql } from './projection.sql';

const TALLY = reactionTallyOf('s.comment_id');

const TABLE = 'comment_search';
const NEXT = 'comment_search_next';
const OLD = 'comment_search_old';
const REBUILD_CHUNK = 5_000;
/** Any constant: one rebuild at a time, whichever process runs it. */
const REBUILD_LOCK_KEY = 7_362_846_307;

/**
 * Maintains `comment_search`, the search documents in PostgreSQL: the source of the
 * PostgreSQL adapter, of the Meilisearch documents and of the exports.
 */
@Injectable()
export class SearchProjection {
  private readonly logger = new Logger(SearchProjection.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Upserts (or deletes, when withdrawn) the documents of these comments, from current rows. */
  async upsert(
    commentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const ids = [...new Set(commentIds)].sort();
    if (ids.length) await manager.query(upsertByIdsSql(TABLE), [ids]);
  }

  /**
   * Reactions only move the counts: recounted from the reactions (exact whatever the order of
   * deliveries), without rebuilding the document and its tsvector.
   */
  async updateCounts(commentIds: readonly string[]): Promise<void> {
    const ids = [...new Set(commentIds)].sort();
    if (!ids.length) return;
    await this.dataSource.query(
      `UPDATE ${TABLE} s
          SET agree_count = ${TALLY.agree}, disagree_count = ${TALLY.disagree},
              indexed_at = now()
        WHERE s.comment_id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Every comment by these authors (their public name, organisation or verification changed). */
  async upsertAuthors(userIds: readonly string[]): Promise<string[]> {
    const ids = await this.commentIdsOf(userIds);
    for (let i = 0; i < ids.length; i += REBUILD_CHUNK) await this.upsert(ids.slice(i, i + REBUILD_CHUNK));
    return ids;
  }

  async commentIdsOf(userIds: readonly string[]): Promise<string[]> {
    if (!userIds.length) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM comment WHERE author_id = ANY($1::uuid[])`,
      [[...new Set(userIds)]],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Builds every document into a new table beside the live one (searches keep being
   * answered), indexes it, catches up with what the consumer changed meanwhile, and swaps
   * the tables in one short transaction.
   */
  async rebuild(): Promise<RebuildReport> {
    const started = Date.now();
    return withSessionLock(
      this.dataSource,
      REBUILD_LOCK_KEY,
      'another reindex is running',
      async (manager) => {
        // Inside the lock: a rebuild refused because another runs must not drop its table.
        try {
          const [{ since }]: { since: Date }[] = await manager.query('SELECT clock_timestamp() AS since');
          await manager.query(`DROP TABLE IF EXISTS ${NEXT}`);
          await manager.query(
            `CREATE TABLE ${NEXT} (LIKE ${TABLE} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
          );
          await this.copyStorageOptions(manager);
          // Filled in time order, so that a page walked along the created_at index (RELEVANCE
          // over many matches, NEWEST) reads neighbouring rows from the same heap pages: laid
          // out by comment id (random UUIDs), 2,000 matches of two common words meant reading
          // 9,000–33,000 scattered pages, beyond shared_buffers at 1,000,000 comments
          // (docs/benchmarks.md). Chunks end on a created_at value (comment_created_idx).
          let from = '-infinity';
          for (;;) {
            const [{ upto }]: { upto: string | null }[] = await manager.query(
              `SELECT (SELECT created_at FROM comment WHERE created_at > $1::timestamptz
                      ORDER BY created_at OFFSET ${REBUILD_CHUNK - 1} LIMIT 1)::text AS upto`,
              [from],
            );
            await manager.query(insertRangeSql(NEXT), [from, upto ?? 'infinity']);
            if (!upto) break;
            from = upto;
          }
          const filled = Date.now();
          const renames = await this.copyIndexes(manager);
          await manager.query(`ANALYZE ${NEXT}`);
          const indexed = Date.now();
          const documents = await this.swap(manager, since, renames);
          this.logger.log(
            { documents, fillMs: filled - started, indexMs: indexed - filled, swapMs: Date.now() - indexed },
            'search index rebuilt and swapped',
          );
          return { adapter: 'postgres', documents, tookMs: Date.now() - started };
        } finally {
          await manager.query(`DROP TABLE IF EXISTS ${NEXT}`).catch(() => undefined);
        }
      },
    );
  }

  /** The live table's storage parameters (its fillfactor, set by a migration) on the new one. */
  private async copyStorageOptions(manager: EntityManager): Promise<void> {
    const [{ options }]: { options: string[] | null }[] = await manager.query(
      `SELECT reloptions AS options FROM pg_class WHERE oid = $1::regclass`,
      [TABLE],
    );
    if (options?.length) await manager.query(`ALTER TABLE ${NEXT} SET (${options.join(', ')})`);
  }

  /** Recreates the live table's indexes and constraints on the new one, under `<name>_next`. */
  private async copyIndexes(manager: EntityManager): Promise<Map<string, string>> {
    const renames = new Map<string, string>();
    const indexes: { name: string; def: string; constraint: boolean }[] = await manager.query(
      `SELECT i.indexname AS name, i.indexdef AS def,
              EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname AND k.contype = 'p') AS constraint
         FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = $1`,
      [TABLE],
    );
    for (const index of indexes) {
      const next = nextName(index.name);
      renames.set(next, index.name);
      const def = index.def.replace(
        /^CREATE (UNIQUE )?INDEX \S+ ON (\S+\.)?comment_search /,
        `CREATE $1INDEX "${next}" ON ${NEXT} `,
      );
      await manager.query(def);
      if (index.constraint)
        await manager.query(`ALTER TABLE ${NEXT} ADD CONSTRAINT "${next}" PRIMARY KEY USING INDEX "${next}"`);
    }
    const foreignKeys: { name: string; def: string }[] = await manager.query(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conrelid = $1::regclass AND contype = 'f'`,
      [TABLE],
    );
    for (const fk of foreignKeys) {
      const next = nextName(fk.name);
      renames.set(next, fk.name);
      // NOT VALID then VALIDATE: comments can still be posted while the rows are checked.
      await manager.query(`ALTER TABLE ${NEXT} ADD CONSTRAINT "${next}" ${fk.def} NOT VALID`);
      await manager.query(`ALTER TABLE ${NEXT} VALIDATE CONSTRAINT "${next}"`);
    }
    return renames;
  }

  private async swap(manager: EntityManager, since: Date, renames: Map<string, string>): Promise<number> {
    return manager.transaction(async (tx) => {
      // Writers (the consumer) wait from here to the commit; readers go on until the rename.
      await tx.query(`LOCK TABLE ${TABLE} IN SHARE ROW EXCLUSIVE MODE`);
      // Documents the consumer wrote since the build began, and comments withdrawn meanwhile
      // (the consumer deleted their documents from the live table; the new one has them).
      const changed = await tx.query<{ id: string }[]>(changedSinceSql(TABLE), [since]);
      for (let i = 0; i < changed.length; i += REBUILD_CHUNK) {
        await tx.query(upsertByIdsSql(NEXT), [changed.slice(i, i + REBUILD_CHUNK).map((r) => r.id)]);
      }
      await tx.query(`ALTER TABLE ${TABLE} RENAME TO ${OLD}`);
      await tx.query(`ALTER TABLE ${NEXT} RENAME TO ${TABLE}`);
      await tx.query(`DROP TABLE ${OLD}`);
      for (const [next, name] of renames) {
        if (await isConstraint(tx, next))
          await tx.query(`ALTER TABLE ${TABLE} RENAME CONSTRAINT "${next}" TO "${name}"`);
        else await tx.query(`ALTER INDEX "${next}" RENAME TO "${name}"`);
      }
      const [{ n }]: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM ${TABLE}`);
      this.logger.log({ caughtUp: changed.length }, 'search index: caught up before the swap');
      return n;
    });
  }
}

function nextName(name: string): string {
  return `${name.slice(0, 58)}_next`;
}

async function isConstraint(manager: EntityManager, name: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM pg_constraint WHERE conname = $1 AND conrelid = '${TABLE}'::regclass`,
    [name],
  );
  return rows.length > 0;
}
