import { Injectable, OnModuleInit } from '@nestjs/common';
import { DemoSeedContext, DemoSeedRegistry, Viewer } from '@thamvan/core';
import { FlagReason, FlagsService, PostCommentService, Stance } from '@thamvan/feedback';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * Comments screening holds, as citizens would write them: each is posted through the real
 * post path, so the findings, the masking and the hold reason are the screening's own.
 */
const HELD: { body: string; stance: Stance }[] = [
  {
    body: 'Ai soạn ra điều này đúng là đồ chó, chẳng hiểu gì về không gian mạng cả.',
    stance: Stance.OPPOSE,
  },
  {
    body: 'Xem thêm phân tích tại https://bit.ly/an-ninh-mang-2018 và góp ý giúp chúng tôi.',
    stance: Stance.NEUTRAL,
  },
  {
    body: 'Liên hệ tôi qua số 0912 345 678 để bàn thêm, mấy ông làm luật thằng chó nào cũng vậy.',
    stance: Stance.OPPOSE,
  },
];

/** Reports on published comments, kept under the automatic-hide threshold so they wait in the queue. */
const FLAGS: { reason: FlagReason; note: string | null; reporters: number }[] = [
  { reason: FlagReason.OFF_TOPIC, note: 'Không liên quan đến nội dung điều này.', reporters: 2 },
  { reason: FlagReason.SPAM, note: null, reporters: 1 },
  { reason: FlagReason.ABUSE, note: 'Lời lẽ xúc phạm người góp ý khác.', reporters: 2 },
];

const citizen = (userId: string): Viewer => ({ userId, roles: ['CITIZEN'], memberships: [] });

/**
 * Moderation's demo data, after feedback's comments (order 350): a few comments held by
 * screening and a few reported ones, so the moderators' queue shows both kinds of item on
 * a fresh `npm start`. Everything goes through the services citizens use.
 */
@Injectable()
export class ModerationDemoSeed implements OnModuleInit {
  constructor(
    private readonly registry: DemoSeedRegistry,
    private readonly posts: PostCommentService,
    private readonly flags: FlagsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'moderation',
      order: 350,
      run: (ctx) => this.run(ctx),
      hasData: async () => {
        const [row] = await this.dataSource.query<{ e: boolean }[]>(
          `SELECT EXISTS (SELECT 1 FROM comment_flag) AS e`,
        );
        return row.e;
      },
    });
  }

  private async run(ctx: DemoSeedContext): Promise<void> {
    const draftId = ctx.draftId;
    if (!draftId) return;
    // Feedback's commenters, not the printed demo accounts: those start with a clean slate.
    const people = peopleOf(ctx);
    if (people.length < HELD.length + FLAGS.length) return;
    const [article]: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM provision p JOIN draft_version v ON v.id = p.version_id
        WHERE v.draft_id = $1 AND v.published_at IS NOT NULL AND p.kind = 'ARTICLE'
        ORDER BY v.number DESC, p.ordinal LIMIT 1`,
      [draftId],
    );
    for (const [i, held] of HELD.entries()) {
      // Different authors: one author's repeated posts would add the flood rule's finding.
      await this.posts.post(citizen(people[i]), {
        draftId,
        provisionId: i === 1 ? null : article?.id,
        body: held.body,
        stance: held.stance,
        idempotencyKey: randomUUID(),
      });
    }
    // The latest published top-level comments: the answered ones (synthesis step) are the earliest.
    const targets: { id: string; authorId: string }[] = await this.dataSource.query(
      `SELECT id, author_id AS "authorId" FROM comment
        WHERE draft_id = $1 AND parent_id IS NULL AND status = 'PUBLISHED'
        ORDER BY created_at DESC LIMIT $2`,
      [draftId, FLAGS.length],
    );
    for (const [i, target] of targets.entries()) {
      const flag = FLAGS[i];
      const reporters = people.filter((p) => p !== target.authorId).slice(i, i + flag.reporters);
      for (const reporter of reporters) {
        await this.flags.flag(citizen(reporter), target.id, flag.reason, flag.note);
      }
    }
  }
}

/** The commenters the feedback step created (ctx.extra.peopleIds). */
function peopleOf(ctx: DemoSeedContext): string[] {
  const ids = ctx.extra.peopleIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
