import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { NotFoundError, ViewerAuthenticator } from '@thamvan/core';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import type { ReportData } from '../report/report.model';
import { ReportService } from '../report/report.service';
import { PublishedRenderCache } from './published-render-cache';
import { reportCsv } from './report-csv';
import { reportDocx } from './report-docx';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * GET /api/drafts/:id/report.docx and /report.csv: the published report for anyone, the live
 * one for the agency's officers (Bearer token, as every REST endpoint). 404 when there is
 * nothing the caller may read. No personal data: public names and masked text only.
 */
@Controller('api/drafts')
export class ReportExportController {
  constructor(
    private readonly reports: ReportService,
    private readonly authenticator: ViewerAuthenticator,
    private readonly cache: PublishedRenderCache,
  ) {}

  @Get(':id/report.docx')
  async docx(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const body = await this.render(id, req, 'docx', reportDocx);
    send(res, body, DOCX, `bao-cao-tong-hop-${id}.docx`);
  }

  @Get(':id/report.csv')
  async csv(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const body = await this.render(id, req, 'csv', (r) => Promise.resolve(Buffer.from(reportCsv(r), 'utf8')));
    send(res, body, 'text/csv; charset=utf-8', `bao-cao-tong-hop-${id}.csv`);
  }

  private async render(
    id: string,
    req: Request,
    format: string,
    renderer: (report: ReportData) => Promise<Buffer>,
  ): Promise<Buffer> {
    const viewer = await this.authenticator.authenticateRequest(req);
    const report = await this.reports.read(viewer, id);
    if (!report) throw new NotFoundError('Report', id);
    if (report.live) return renderer(report.data);
    const withheld = createHash('sha256')
      .update((report.withheld ?? []).join(','))
      .digest('base64url');
    return this.cache.get(`${id}|${report.data.publishedAt}|${withheld}|${format}`, () =>
      renderer(report.data),
    );
  }
}

function send(res: Response, body: Buffer, type: string, filename: string): void {
  res
    .status(200)
    .type(type)
    .setHeader('content-length', String(body.length))
    .setHeader('content-disposition', `attachment; filename="${filename}"`)
    .setHeader('cache-control', 'private, no-store')
    .setHeader('x-content-type-options', 'nosniff')
    .end(body);
}
