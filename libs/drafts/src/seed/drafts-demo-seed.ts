import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, DemoSeedContext, DemoSeedRegistry } from '@thamvan/core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConsultationService } from '../drafts/consultation.service';
import { DraftsService } from '../drafts/drafts.service';
import { DocType } from '../drafts/dto/enums';
import { DraftEntity } from '../drafts/entities/draft.entity';

/** Shipped with the build (scripts/build.js copies libs/<lib>/assets next to dist). */
const DEMO_LAW = join(__dirname, '../../assets/demo/luat-an-ninh-mang-2018.txt');
const DAY = 86_400_000;

/**
 * Drafts' demo data: the 2018 Cybersecurity Law, imported by the demo agency's editor and
 * open for comment for 60 days, so a newcomer lands on a living consultation.
 */
@Injectable()
export class DraftsDemoSeed implements OnModuleInit {
  constructor(
    private readonly registry: DemoSeedRegistry,
    private readonly drafts: DraftsService,
    private readonly consultation: ConsultationService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'drafts',
      order: 200,
      run: (ctx) => this.run(ctx),
      hasData: () => this.dataSource.getRepository(DraftEntity).exists(),
    });
  }

  private async run(ctx: DemoSeedContext): Promise<void> {
    const editorId = ctx.userIds.editor;
    if (!ctx.agencyId || !editorId) throw new Error('the drafts demo needs the identity demo step first');
    const editor = {
      userId: editorId,
      roles: ['CITIZEN' as const],
      memberships: [{ agencyId: ctx.agencyId, role: 'EDITOR' as const }],
    };
    const draft = await this.drafts.create(editor, {
      agencyId: ctx.agencyId,
      title: 'Dự thảo Luật An ninh mạng',
      docType: DocType.LAW,
      summary: 'Bản dự thảo dùng để trình diễn: văn bản Luật An ninh mạng số 24/2018/QH14.',
      source: { text: await readFile(DEMO_LAW, 'utf8') },
    });
    const now = this.clock.now().getTime();
    await this.consultation.schedule(editor, draft.id, new Date(now - DAY), new Date(now + 60 * DAY));
    ctx.draftId = draft.id;
  }
}
