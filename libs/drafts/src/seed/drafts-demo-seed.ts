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
/** A draft decree (synthetic, from the parser fixtures): its consultation is over, its report published. */
const DEMO_CLOSED = join(__dirname, '../../assets/demo/du-thao-nghi-dinh-tham-van.txt');
/** A real provincial decision, as a consultation that has not opened yet. */
const DEMO_SCHEDULED = join(__dirname, '../../assets/demo/qd-1456-2021-ubnd-nam-dinh.txt');
const DAY = 86_400_000;

/**
 * Drafts' demo data: the 2018 Cybersecurity Law, imported by the demo agency's editor and
 * open for comment for 60 days, so a newcomer lands on a living consultation; beside it a
 * draft decree whose 30-day consultation ended two weeks ago (feedback adds its comments,
 * synthesis its answers and published report) and one that opens next week.
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

    const closed = await this.drafts.create(editor, {
      agencyId: ctx.agencyId,
      title: 'Dự thảo Nghị định quy định chi tiết một số điều của Luật Tham vấn công chúng',
      docType: DocType.DECREE,
      summary:
        'Dự thảo trình diễn đã hết thời gian lấy ý kiến; cơ quan soạn thảo đã công bố báo cáo tiếp thu, giải trình.',
      source: { text: await readFile(DEMO_CLOSED, 'utf8') },
    });
    await this.consultation.schedule(editor, closed.id, new Date(now - DAY), new Date(now + DAY));
    // A window in the past cannot be scheduled through the API (closesAt must be in the future):
    // the demo moves it back, as if it had been scheduled 45 days ago.
    await this.dataSource.query(`UPDATE draft SET opens_at = $2, closes_at = $3 WHERE id = $1`, [
      closed.id,
      new Date(now - 45 * DAY),
      new Date(now - 15 * DAY),
    ]);
    ctx.extra.closedDraftId = closed.id;

    const scheduled = await this.drafts.create(editor, {
      agencyId: ctx.agencyId,
      title: 'Dự thảo Quyết định phê duyệt quy hoạch sử dụng đất đến năm 2030 huyện Vụ Bản',
      docType: DocType.DECISION,
      source: { text: await readFile(DEMO_SCHEDULED, 'utf8') },
    });
    await this.consultation.schedule(editor, scheduled.id, new Date(now + 7 * DAY), new Date(now + 37 * DAY));
  }
}
