import { Injectable, OnModuleInit } from '@nestjs/common';
import { DemoSeedContext, DemoSeedRegistry, Viewer } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { ReportService } from '../report/report.service';
import { Disposition } from '../responses/dto/response.object';
import { ResponsesService } from '../responses/responses.service';

/** What the demo agency answers, in turn. */
const ANSWERS: { disposition: Disposition; explanation: string }[] = [
  {
    disposition: Disposition.ACCEPTED,
    explanation: 'Ban soạn thảo tiếp thu, đã chỉnh sửa câu chữ tại dự thảo trình Chính phủ.',
  },
  {
    disposition: Disposition.PARTIALLY_ACCEPTED,
    explanation: 'Tiếp thu một phần: bổ sung nguyên tắc tại Điều 3; chi tiết sẽ do Bộ Tư pháp hướng dẫn.',
  },
  {
    disposition: Disposition.EXPLAINED,
    explanation: 'Nội dung này đã được quy định tại Luật; Nghị định không nhắc lại để tránh trùng lặp.',
  },
  {
    disposition: Disposition.NOT_ACCEPTED,
    explanation: 'Không tiếp thu vì vượt quá phạm vi được Luật giao quy định chi tiết.',
  },
];

/**
 * Synthesis's demo data: the agency answers every comment of the finished consultation
 * (drafts and feedback steps) and publishes its report, so the public pages show a
 * consultation through to its end.
 */
@Injectable()
export class SynthesisDemoSeed implements OnModuleInit {
  constructor(
    private readonly registry: DemoSeedRegistry,
    private readonly responses: ResponsesService,
    private readonly reports: ReportService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'synthesis',
      order: 400,
      run: (ctx) => this.run(ctx),
      hasData: async () => {
        const [row] = await this.dataSource.query<{ e: boolean }[]>(
          `SELECT EXISTS (SELECT 1 FROM agency_response) AS e`,
        );
        return row.e;
      },
    });
  }

  private async run(ctx: DemoSeedContext): Promise<void> {
    const draftId = ctx.extra.closedDraftId;
    const agencyId = ctx.agencyId;
    if (typeof draftId !== 'string' || !agencyId) return;
    const officer = (userId: string | undefined, role: 'EDITOR' | 'RESPONDER'): Viewer | null =>
      userId ? { userId, roles: ['CITIZEN'], memberships: [{ agencyId, role }] } : null;
    const responder = officer(ctx.userIds.responder, 'RESPONDER');
    const editor = officer(ctx.userIds.editor, 'EDITOR');
    if (!responder || !editor) return;
    const comments: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM comment WHERE draft_id = $1 AND parent_id IS NULL ORDER BY created_at`,
      [draftId],
    );
    for (const [i, { id }] of comments.entries()) {
      await this.responses.respond(responder, id, ANSWERS[i % ANSWERS.length]);
    }
    await this.reports.publish(editor, draftId);
  }
}
