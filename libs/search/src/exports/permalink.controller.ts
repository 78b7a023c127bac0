import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CommentExportsService } from './comment-exports.service';
import { ndjsonRow } from './export-format';

/**
 * Permalinks. `GET /c/:id` answers 302 to `/api/comments/:id`, the public comment as one
 * export row (JSON, the NDJSON columns); a web client can later take `/c/:id` over with a
 * page of its own without changing the links already shared. Non-public comments are 404.
 */
@Controller()
export class PermalinkController {
  constructor(private readonly exports: CommentExportsService) {}

  @Get('c/:id')
  permalink(@Param('id') id: string, @Res() res: Response): void {
    res.redirect(302, `/api/comments/${encodeURIComponent(id)}`);
  }

  @Get('api/comments/:id')
  async comment(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const row = await this.exports.one(id);
    res.status(200).type('application/json').send(ndjsonRow(row));
  }
}
