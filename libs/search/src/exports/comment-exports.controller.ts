import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CommentExportsService } from './comment-exports.service';
import { csvLine, csvRow, EXPORT_COLUMNS, ExportRow, ndjsonRow, UTF8_BOM } from './export-format';
import { exportParams } from './export-params';

/** Writes with backpressure: waits for the socket to drain, stops if the client went away. */
function writer(res: Response): (chunk: string) => Promise<void> {
  return (chunk) =>
    new Promise((resolve, reject) => {
      if (res.destroyed) return reject(new Error('export client disconnected'));
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

/** Open data: every public comment matching the search filters, as CSV or NDJSON, streamed. */
@Controller('api/exports')
export class CommentExportsController {
  constructor(private readonly exports: CommentExportsService) {}

  @Get('comments.csv')
  async csv(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.send(query, res, 'text/csv', 'comments.csv', UTF8_BOM + csvLine(EXPORT_COLUMNS), csvRow);
  }

  @Get('comments.ndjson')
  async ndjson(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.send(query, res, 'application/x-ndjson', 'comments.ndjson', '', ndjsonRow);
  }

  private async send(
    query: Record<string, unknown>,
    res: Response,
    type: string,
    filename: string,
    head: string,
    format: (row: ExportRow) => string,
  ): Promise<void> {
    // Validate before the first byte, so bad input is a 400 with a JSON error.
    const { filters, text } = exportParams(query);
    res.status(200);
    res.setHeader('content-type', `${type}; charset=utf-8`);
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.setHeader('x-content-type-options', 'nosniff');
    const write = writer(res);
    if (head) await write(head);
    await this.exports.stream(filters, text, (rows) => write(rows.map(format).join('')));
    res.end();
  }
}
