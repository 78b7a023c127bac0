import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { NotFoundError, ViewerAuthenticator } from '@thamvan/core';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import type { ReportData } from '../report/report.model';
import { ReportService } from '../report/report.service';
import { PublishedRenderCache } from './published-render-cache';
import { reportCsv } from './report-csv';
import { reportDocx } from './report-docx';
import { reportFileName } from './report-rows';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * GET /api/drafts/:id/report.docx and /report.csv: the published report for anyone, the live
 * one for the agency's officers, an earlier published version with ?version=N (Bearer token, as every REST endpoint). 404 when there is
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
    const { body, name } = await this.render(id, req, 'docx', reportDocx);
    send(res, body, DOCX, name);
  }

  @Get(':id/report.csv')
  async csv(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { body, name } = await this.render(id, req, 'csv', (r) =>
      Promise.resolve(Buffer.from(reportCsv(r), 'utf8')),
    );
    send(res, body, 'text/csv; charset=utf-8', name);
  }

  private async render(
    id: string,
    req: Request,
    format: string,
    renderer: (report: ReportData) => Promise<Buffer>,
  ): Promise<{ body: Buffer; name: string }> {
    const viewer = await this.authenticator.authenticateRequest(req);
    // ?version=N: that published version, for everyone (as feedbackReport(draftId, version)).
    const asked = typeof req.query.version === 'string' ? req.query.version : undefined;
    const version = asked === undefined ? null : /^\d{1,9}$/.test(asked) ? Number(asked) : 0;
    const report = await this.reports.read(viewer, id, version);
    if (!report) throw new NotFoundError('Report', id);
    const name = reportFileName(report.data, format);
    if (report.live) return { body: await renderer(report.data), name };
    const withheld = createHash('sha256')
      .update((report.withheld ?? []).join(','))
      .digest('base64url');
    const body = await this.cache.get(`${id}|${report.data.publishedAt}|${withheld}|${format}`, () =>
      renderer(report.data),
    );
    return { body, name };
  }
}

function send(res: Response, body: Buffer, type: string, filename: string): void {
  res
    .status(200)
    .type(type)
    .setHeader('content-length', String(body.length))
    // The name is ASCII already; filename* too, for clients that prefer it.
    .setHeader('content-disposition', `attachment; filename="${filename}"; filename*=UTF-8''${filename}`)
    .setHeader('cache-control', 'private, no-store')
    .setHeader('x-content-type-options', 'nosniff')
    .end(body);
}
