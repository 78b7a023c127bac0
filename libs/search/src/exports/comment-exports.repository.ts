import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { audienceCondition, filterConditions } from '../postgres/pg-filters';
import { buildTsquery } from '../postgres/pg-tsquery';
import { projectionSelect } from '../postgres/projection.sql';
import { SearchAudience, SearchFieldName, SearchFilters } from '../search-query';
import { ParsedQuery } from '../text/fold';
import { ExportRow } from './export-format';

const FETCH_ROWS = 1_000;

/** Export columns over a projection-shaped source `s` (public data only: no e-mail, phone, IP). */
function exportSelect(source: string, where: string): string {
  return `SELECT s.comment_id AS id, s.draft_id, s.provision_key, s.provision_label, s.version_number,
                 s.parent_id, s.stance, s.body, s.proposed_text, s.author_display_name, s.author_kind,
                 s.organization_name, s.province, s.verified, s.created_at, s.agree_count,
                 s.disagree_count, s.campaign_id, s.disposition, ar.explanation AS response
            FROM ${source} s
            LEFT JOIN comment_response cr ON cr.comment_id = s.comment_id
            LEFT JOIN agency_response ar ON ar.id = cr.response_id
           WHERE ${where}`;
}

/**
 * The queries of open-data exports: comments as export rows, read from `comment_search`
 * with the same filters as search, or from a comment's current rows (permalinks).
 */
@Injectable()
export class CommentExportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The tsquery text matching `text` in `fields`, as search builds it. */
  async tsquery(text: ParsedQuery, fields: readonly SearchFieldName[]): Promise<string> {
    return (await buildTsquery(this.dataSource.manager, text, fields)).query;
  }

  /**
   * The export rows the audience may find that match the filters (and the tsquery, if any),
   * oldest first, streamed through a server-side cursor: rows are fetched FETCH_ROWS at a
   * time and handed to `write`, which awaits the HTTP response's drain, so a million rows
   * take the memory of a thousand. One REPEATABLE READ transaction on its own connection,
   * so every batch reads the same snapshot. Returns the number of rows written.
   */
  async stream(
    query: { audience: SearchAudience; filters: SearchFilters; tsquery: string | null },
    write: (rows: ExportRow[]) => Promise<void>,
  ): Promise<number> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [audienceCondition(query.audience, param), ...filterConditions(query.filters, param)];
    if (query.tsquery !== null) where.push(`s.tsv @@ to_tsquery('simple', ${param(query.tsquery)})`);
    const sql = `${exportSelect('comment_search', where.join(' AND '))} ORDER BY s.created_at, s.comment_id`;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let count = 0;
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query(`DECLARE comment_export NO SCROLL CURSOR FOR ${sql}`, params);
      for (;;) {
        const rows = await runner.manager.query<ExportRow[]>(`FETCH ${FETCH_ROWS} FROM comment_export`);
        if (!rows.length) break;
        count += rows.length;
        await write(rows);
      }
      await runner.commitTransaction();
      return count;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** One PUBLISHED comment as an export row, from its current rows; undefined if there is none. */
  async one(id: string): Promise<ExportRow | undefined> {
    const [row] = await this.dataSource.query<ExportRow[]>(
      exportSelect(`(${projectionSelect('c.id = $1::uuid', false)})`, `s.status = 'PUBLISHED'`),
      [id],
    );
    return row;
  }
}
