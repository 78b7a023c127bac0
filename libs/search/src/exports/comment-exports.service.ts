import { Injectable } from '@nestjs/common';
import { isUuid, NotFoundError } from '@thamvan/core';
import { PUBLIC_AUDIENCE, SearchFieldName, SearchFilters } from '../search-query';
import { ParsedQuery } from '../text/fold';
import { CommentExportsRepository } from './comment-exports.repository';
import { ExportRow } from './export-format';

/**
 * Public comments as export rows, streamed (CommentExportsRepository.stream: a server-side
 * cursor, a thousand rows at a time, each batch handed to `write`, which awaits the HTTP
 * response's drain). Read from `comment_search` with the same filters as search;
 * PUBLISHED comments only, whoever asks.
 */
@Injectable()
export class CommentExportsService {
  constructor(private readonly rows: CommentExportsRepository) {}

  async stream(
    filters: SearchFilters,
    text: ParsedQuery | null,
    fields: readonly SearchFieldName[],
    write: (rows: ExportRow[]) => Promise<void>,
  ): Promise<number> {
    const tsquery = text ? await this.rows.tsquery(text, fields) : null;
    return this.rows.stream({ audience: PUBLIC_AUDIENCE, filters, tsquery }, write);
  }

  /** One public comment as an export row, from its current rows (the permalink's target). */
  async one(id: string): Promise<ExportRow> {
    const row = isUuid(id) ? await this.rows.one(id) : undefined;
    if (!row) throw new NotFoundError('Comment', id);
    return row;
  }
}
