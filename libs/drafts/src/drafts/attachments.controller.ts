import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ViewerAuthenticator } from '@thamvan/core';
import type { Request, Response } from 'express';
import { AttachmentsService } from './attachments.service';

/** GET /api/drafts/:draftId/attachments/:id — the file itself, for whoever may see the draft. */
@Controller('api/drafts/:draftId/attachments')
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly authenticator: ViewerAuthenticator,
  ) {}

  @Get(':id')
  async download(
    @Param('draftId') draftId: string,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const viewer = await this.authenticator.authenticateRequest(req);
    const file = await this.attachments.download(viewer, draftId, id);
    res
      .status(200)
      .type(file.contentType)
      .setHeader('content-length', String(file.sizeBytes))
      .setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .setHeader('x-content-type-options', 'nosniff')
      .end(file.data);
  }
}
