import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { AppConfig, RateLimitedError, RateLimiter } from '@thamvan/core';
import type { Request, Response } from 'express';
import { SearchFilterLookup } from '../search-filter-lookup';
import { CommentExportsService } from './comment-exports.service';
import { csvLine, csvRow, EXPORT_COLUMNS, ExportRow, ndjsonRow, UTF8_BOM } from './export-format';
import { exportParams } from './export-params';

/**
 * An export holds a pooled connection and a snapshot for as long as the client reads, so
 * exports are bounded: at most MAX_CONCURRENT at once per API process (a 20-connection pool
 * must keep serving everything else), EXPORTS_PER_HOUR per client address (scaled by
 * RATE_LIMIT_MULTIPLIER), and MAX_DURATION_MS each: a client that reads slower than that
 * (1,000,000 rows take 12–31 s here) is cut off and the snapshot released.
 */
export const EXPORT_LIMITS = { MAX_CONCURRENT: 4, EXPORTS_PER_HOUR: 30, MAX_DURATION_MS: 10 * 60_000 };

/**
 * Writes with backpressure: waits for the socket to drain, stops if the client went away or
 * the export ran past its deadline.
 */
function writer(res: Response, deadline: number): (chunk: string) => Promise<void> {
  return (chunk) =>
    new Promise((resolve, reject) => {
      if (res.destroyed) return reject(new Error('export client disconnected'));
      if (Date.now() > deadline) {
        res.destroy();
        return reject(new Error('export ran past its time limit'));
      }
      if (res.write(chunk)) return resolve();
      const done = () => {
        res.off('close', closed);
        resolve();
      };
      const closed = () => {
        res.off('drain', done);
        reject(new Error('export client disconnected'));
      };
      res.once('drain', done);
      res.once('close', closed);
    });
}

/** What a format is: its media type, file name, first bytes, and how a row is written. */
interface ExportFormat {
  type: string;
  filename: string;
  head: string;
  row: (row: ExportRow) => string;
}

const CSV: ExportFormat = {
  type: 'text/csv',
  filename: 'comments.csv',
  head: UTF8_BOM + csvLine(EXPORT_COLUMNS),
  row: csvRow,
};
const NDJSON: ExportFormat = {
  type: 'application/x-ndjson',
  filename: 'comments.ndjson',
  head: '',
  row: ndjsonRow,
};

/** Open data: every public comment matching the search filters, as CSV or NDJSON, streamed. */
@Controller('api/exports')
export class CommentExportsController {
  private running = 0;

  constructor(
    private readonly exports: CommentExportsService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly lookup: SearchFilterLookup,
  ) {}

  @Get('comments.csv')
  async csv(
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(query, req, res, CSV);
  }

  @Get('comments.ndjson')
  async ndjson(
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(query, req, res, NDJSON);
  }

  private async send(
    query: Record<string, unknown>,
    req: Request,
    res: Response,
    format: ExportFormat,
  ): Promise<void> {
    // Validate before the first byte, so bad input is a 400 with a JSON error.
    const params = exportParams(query);
    const filters = await this.lookup.resolve(params.filters);
    // The address is only a bucket key (rate_limit_bucket), never logged or exported.
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const hourly = await this.limiter.consume(
      `export:ip:${address}`,
      this.config.scaleLimit(EXPORT_LIMITS.EXPORTS_PER_HOUR),
      3600,
    );
    if (!hourly.allowed) throw new RateLimitedError(hourly.retryAfterSeconds);
    if (this.running >= EXPORT_LIMITS.MAX_CONCURRENT) throw new RateLimitedError(5);
    this.running++;
    try {
      await this.stream(filters, params.text, params.fields, res, format);
    } finally {
      this.running--;
    }
  }

  private async stream(
    filters: ReturnType<typeof exportParams>['filters'],
    text: ReturnType<typeof exportParams>['text'],
    fields: ReturnType<typeof exportParams>['fields'],
    res: Response,
    { type, filename, head, row }: ExportFormat,
  ): Promise<void> {
    res.status(200);
    res.setHeader('content-type', `${type}; charset=utf-8`);
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.setHeader('x-content-type-options', 'nosniff');
    const write = writer(res, Date.now() + EXPORT_LIMITS.MAX_DURATION_MS);
    if (head) await write(head);
    await this.exports.stream(filters, text, fields, (rows) => write(rows.map(row).join('')));
    res.end();
  }
}
