import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, DemoSeedContext, DemoSeedRegistry, seededRandom } from '@thamvan/core';
import { UsersService } from '@thamvan/identity';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CommentEntity, StanceName } from '../comments/entities/comment.entity';
import { FeedbackTopic } from '../feedback.events';
import { ARTICLE_TEMPLATES, DemoTemplate, GENERIC_TEMPLATES, REPLY_TEMPLATES } from './demo-comments';
import { DEMO_PEOPLE } from './demo-people';

const TOP_LEVEL = 300;
const REPLIES = 110;
const REACTIONS = 900;
/** Comments on the demo's finished consultation. */
const CLOSED_COMMENTS = 24;
/** Articles that drew most debate get this many times their share of comments. */
const HOT_WEIGHT = 6;

interface Target {
  provisionId: string | null;
  lineageId: string | null;
  label: string;
  heading: string;
  articleNumber: string;
}

interface SeedComment {
  id: string;
  provisionId: string | null;
  lineageId: string | null;
  parentId: string | null;
  depth: number;
  authorId: string;
  body: string;
  stance: StanceName;
  proposedText: string | null;
  createdAt: Date;
}

/**
 * Feedback's demo data: twenty more commenters (random passwords, never shown), a few
 * hundred Vietnamese comments over the articles of the demo draft with replies and
 * reactions. Written in bulk with their outbox events, so the relay computes the counters
 * exactly as for comments posted through the API.
 */
@Injectable()
export class FeedbackDemoSeed implements OnModuleInit {
  constructor(
    private readonly registry: DemoSeedRegistry,
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'feedback',
      order: 300,
      run: (ctx) => this.run(ctx),
      hasData: () => this.dataSource.getRepository(CommentEntity).exists(),
    });
  }

  private async run(ctx: DemoSeedContext): Promise<void> {
    if (!ctx.draftId) throw new Error('the feedback demo needs the drafts demo step first');
    const random = seededRandom(20_180_612);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const people = await this.createPeople();
    // Later steps (moderation's reports) act as these commenters too.
    ctx.extra.peopleIds = people;
    const authors = [ctx.userIds.citizen, ctx.userIds.organization, ...people].filter(Boolean);
    const [draft]: { versionId: string; opensAt: Date }[] = await this.dataSource.query(
      `SELECT v.id AS "versionId", d.opens_at AS "opensAt" FROM draft d
         JOIN draft_version v ON v.draft_id = d.id AND v.published_at IS NOT NULL
        WHERE d.id = $1 ORDER BY v.number DESC LIMIT 1`,
      [ctx.draftId],
    );
    const targets = await this.targets(draft.versionId);
    const weighted = targets.flatMap((t) =>
      Array<Target>(ARTICLE_TEMPLATES[t.articleNumber] ? HOT_WEIGHT : 1).fill(t),
    );
    const now = this.clock.now().getTime();
    const start = Math.max(new Date(draft.opensAt).getTime(), now - 86_400_000);
    const comments: SeedComment[] = [];
    for (let i = 0; i < TOP_LEVEL; i++) {
      const target = i % 25 === 0 ? wholeDraft : pick(weighted);
      const template = pick([...(ARTICLE_TEMPLATES[target.articleNumber] ?? []), ...GENERIC_TEMPLATES]);
      comments.push({
        ...fill(template, target),
        id: randomUUID(),
        provisionId: target.provisionId,
        lineageId: target.lineageId,
        parentId: null,
        depth: 0,
        authorId: pick(authors),
        createdAt: new Date(start + random() * (now - start) * 0.9),
      });
    }
    const replies: SeedComment[] = [];
    for (let i = 0; i < REPLIES; i++) {
      // A third of the replies answer an earlier reply, making threads two levels deep.
      const deep = replies.filter((r) => r.depth < 3);
      const parent = deep.length && random() < 0.3 ? pick(deep) : pick(comments);
      const author = pick(authors.filter((a) => a !== parent.authorId));
      const createdAt = new Date(parent.createdAt.getTime() + random() * (now - parent.createdAt.getTime()));
      replies.push({
        ...fill(pick(REPLY_TEMPLATES), wholeDraft),
        id: randomUUID(),
        provisionId: parent.provisionId,
        lineageId: parent.lineageId,
        parentId: parent.id,
        depth: parent.depth + 1,
        authorId: author,
        createdAt,
      });
    }
    await this.insert(ctx.draftId, draft.versionId, comments);
    await this.insert(ctx.draftId, draft.versionId, replies);
    await this.react([...comments, ...replies], authors, random, ctx.draftId);
    const closedDraftId = ctx.extra.closedDraftId;
    if (typeof closedDraftId === 'string') await this.seedClosed(closedDraftId, authors, random);
  }

  /**
   * The finished consultation (drafts step): a couple of dozen comments spread over its
   * 30 days, which the synthesis step then answers and reports on.
   */
  private async seedClosed(draftId: string, authors: string[], random: () => number): Promise<void> {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const [draft]: { versionId: string; opensAt: Date; closesAt: Date }[] = await this.dataSource.query(
      `SELECT v.id AS "versionId", d.opens_at AS "opensAt", d.closes_at AS "closesAt" FROM draft d
         JOIN draft_version v ON v.draft_id = d.id AND v.published_at IS NOT NULL
        WHERE d.id = $1 ORDER BY v.number DESC LIMIT 1`,
      [draftId],
    );
    const targets = await this.targets(draft.versionId);
    const start = new Date(draft.opensAt).getTime();
    const span = new Date(draft.closesAt).getTime() - start;
    const comments: SeedComment[] = Array.from({ length: CLOSED_COMMENTS }, (_, i) => {
      const target = i % 6 === 0 || !targets.length ? wholeDraft : pick(targets);
      return {
        ...fill(pick(GENERIC_TEMPLATES), target),
        id: randomUUID(),
        provisionId: target.provisionId,
        lineageId: target.lineageId,
        parentId: null,
        depth: 0,
        authorId: pick(authors),
        createdAt: new Date(start + ((i + random()) / CLOSED_COMMENTS) * span * 0.95),
      };
    });
    await this.insert(draftId, draft.versionId, comments);
  }

  private async createPeople(): Promise<string[]> {
    // Random passwords that are never printed: these accounts exist to be seen, not used.
    const users = await Promise.all(
      DEMO_PEOPLE.map((person, i) =>
        this.dataSource.transaction((manager) =>
          this.users.create(manager, {
            ...person,
            email: `nguoi-dan-${String(i + 1).padStart(2, '0')}@demo.thamvan.vn`,
            password: randomBytes(18).toString('base64url'),
            acceptedTermsVersion: null,
          }),
        ),
      ),
    );
    return users.map((u) => u.id);
  }

  private async targets(versionId: string): Promise<Target[]> {
    const rows: {
      id: string;
      lineageId: string;
      kind: string;
      label: string;
      heading: string | null;
      key: string;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.lineage_id AS "lineageId", p.kind, p.label, p.heading, p.key
           FROM provision p WHERE p.version_id = $1 AND p.kind IN ('ARTICLE', 'CLAUSE') ORDER BY p.ordinal`,
      [versionId],
    );
    const headings = new Map(rows.filter((r) => r.kind === 'ARTICLE').map((r) => [r.key, r]));
    return rows.map((r) => {
      const articleKey = r.key.replace(/\/khoan-[^/]+$/, '');
      const article = headings.get(articleKey) ?? r;
      const label = r.kind === 'CLAUSE' ? `${r.label} ${article.label}` : r.label;
      return {
        provisionId: r.id,
        lineageId: r.lineageId,
        label,
        heading: (article.heading ?? 'nội dung này').toLocaleLowerCase('vi'),
        articleNumber: r.kind === 'ARTICLE' ? (/\d+/.exec(r.label)?.[0] ?? '') : '',
      };
    });
  }

  /** Comments and their `comment.created` events, one statement per list. */
  private async insert(draftId: string, versionId: string, list: SeedComment[]): Promise<void> {
    const column = <K extends keyof SeedComment>(key: K) => list.map((c) => c[key]);
    await this.dataSource.query(
      `WITH ins AS (
         INSERT INTO comment (id, draft_id, version_id, provision_id, lineage_id, parent_id, depth, author_id, body,
                              stance, proposed_text, status, idempotency_key, input_hash, created_at)
         SELECT id, $1, $2, provision_id, lineage_id, parent_id, depth, author_id, body, stance, proposed_text,
                'PUBLISHED', gen_random_uuid(), hash, created_at
           FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::int[], $8::uuid[], $9::text[], $10::text[],
                       $11::text[], $12::text[], $13::timestamptz[])
             AS t(id, provision_id, lineage_id, parent_id, depth, author_id, body, stance, proposed_text, hash, created_at)
         RETURNING id, provision_id, lineage_id, parent_id)
       INSERT INTO outbox_event (topic, aggregate_id, payload)
       SELECT $14, id::text, jsonb_build_object('draftId', $1::uuid, 'provisionId', provision_id,
                'lineageId', lineage_id, 'commentId', id, 'parentId', parent_id)
         FROM ins`,
      [
        draftId,
        versionId,
        column('id'),
        column('provisionId'),
        column('lineageId'),
        column('parentId'),
        column('depth'),
        column('authorId'),
        column('body'),
        column('stance'),
        column('proposedText'),
        list.map((c) => createHash('sha256').update(c.body).digest('hex')),
        column('createdAt'),
        FeedbackTopic.commentCreated,
      ],
    );
  }

  private async react(
    all: SeedComment[],
    users: string[],
    random: () => number,
    draftId: string,
  ): Promise<void> {
    const pairs = new Map<
      string,
      { commentId: string; userId: string; kind: string; comment: SeedComment }
    >();
    for (let i = 0; i < REACTIONS; i++) {
      // Early, top-level comments draw more reactions, as they do in real threads.
      const comment = all[Math.floor(random() ** 2 * all.length)];
      const userId = users[Math.floor(random() * users.length)];
      if (userId === comment.authorId) continue;
      const kind = random() < (comment.stance === 'OPPOSE' ? 0.55 : 0.75) ? 'AGREE' : 'DISAGREE';
      pairs.set(`${comment.id}:${userId}`, { commentId: comment.id, userId, kind, comment });
    }
    const list = [...pairs.values()];
    await this.dataSource.query(
      `WITH ins AS (
         INSERT INTO comment_reaction (comment_id, user_id, kind, updated_at)
         SELECT comment_id, user_id, kind, $4 FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(comment_id, user_id, kind)
         ON CONFLICT DO NOTHING
         RETURNING comment_id)
       INSERT INTO outbox_event (topic, aggregate_id, payload)
       SELECT DISTINCT $5, comment_id::text, jsonb_build_object('draftId', $6::uuid, 'commentId', comment_id) FROM ins`,
      [
        list.map((p) => p.commentId),
        list.map((p) => p.userId),
        list.map((p) => p.kind),
        this.clock.now(),
        FeedbackTopic.reactionUpdated,
        draftId,
      ],
    );
  }
}

const wholeDraft: Target = {
  provisionId: null,
  lineageId: null,
  label: 'dự thảo',
  heading: 'toàn bộ dự thảo',
  articleNumber: '',
};

function fill(
  template: DemoTemplate,
  target: Target,
): { body: string; stance: StanceName; proposedText: string | null } {
  const text = (s: string) => s.replaceAll('{label}', target.label).replaceAll('{heading}', target.heading);
  return { body: text(template.body), stance: template.stance, proposedText: template.proposedText ?? null };
}
