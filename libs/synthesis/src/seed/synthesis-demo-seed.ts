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

/** What the agency has answered so far on the open consultation (a law, not a decree). */
const OPEN_ANSWERS: { disposition: Disposition; explanation: string }[] = [
  {
    disposition: Disposition.PARTIALLY_ACCEPTED,
    explanation:
      'Ban soạn thảo tiếp thu một phần: sẽ làm rõ phạm vi áp dụng tại dự thảo tiếp theo; phần còn lại giữ như dự thảo.',
  },
  {
    disposition: Disposition.EXPLAINED,
    explanation:
      'Nội dung này đã được quy định tại điều khác của dự thảo; Ban soạn thảo xin giải trình để tránh trùng lặp.',
  },
  {
    disposition: Disposition.ACCEPTED,
    explanation: 'Ban soạn thảo tiếp thu và sẽ chỉnh sửa câu chữ tại dự thảo trình Chính phủ.',
  },
];

/** Comments of the open consultation the demo agency has answered already. */
const OPEN_ANSWERED = 12;
/** The first answer covers this many comments at once (respondToComment alsoFor). */
const ONE_FOR_MANY = 3;

/**
 * Synthesis's demo data: the agency answers every comment of the finished consultation
 * (drafts and feedback steps) and publishes its report, so the public pages show a
 * consultation through to its end; on the open consultation it has answered the earliest
 * few comments (one answer covering several), so the triage console shows answered and
 * unanswered comments side by side.
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
    if (ctx.draftId) await this.answerSome(responder, ctx.draftId);
  }

  private async answerSome(responder: Viewer, draftId: string): Promise<void> {
    const comments: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM comment WHERE draft_id = $1 AND parent_id IS NULL AND status = 'PUBLISHED'
        ORDER BY created_at LIMIT $2`,
      [draftId, OPEN_ANSWERED],
    );
    const [first, ...rest] = comments.map((c) => c.id);
    if (!first) return;
    await this.responses.respond(responder, first, {
      ...OPEN_ANSWERS[0],
      alsoFor: rest.slice(0, ONE_FOR_MANY - 1),
    });
    for (const [i, id] of rest.slice(ONE_FOR_MANY - 1).entries()) {
      await this.responses.respond(responder, id, OPEN_ANSWERS[(i + 1) % OPEN_ANSWERS.length]);
    }
  }
}
