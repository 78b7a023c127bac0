import { Injectable } from '@nestjs/common';
import { AsOutboxConsumer, OutboxConsumer, OutboxMessage } from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import { FeedbackTopic } from '../feedback.events';
import { reactionTallyOf } from '../reactions/reaction-tally.sql';

const TALLY = reactionTallyOf('c.id');

/** Any constant: serialises recomputation between relays (API processes and workers). */
const COUNTERS_LOCK_KEY = 7_362_846_301;

/**
 * Keeps comment_counter, provision_counter and draft_counter in step with the comments and
 * reactions, off the request path, one statement per table per batch however many events it
 * holds:
 *
 * - comment_counter (agrees, disagrees, replies of one comment) is recounted from the source
 *   rows for the comments a batch touches: bounded by one comment's reactions and replies.
 * - provision_counter and draft_counter move by differences. Recounting them per batch read
 *   every comment of the provision or draft each time, which grows with the consultation
 *   (a national draft gets millions). `comment_counted` keeps what was counted per comment;
 *   a batch reads the current rows of the comments its events name, keeps those whose
 *   status or stance differs from what was counted, and applies the difference. Exact
 *   whatever the order, duplication or concurrency of deliveries: a redelivered event finds
 *   nothing left to count, and the current row (not the event) says what to count.
 *   `draft_participant` holds published comments per author, and `participants` moves when
 *   an author's count crosses zero.
 *
 * The transaction-level advisory lock makes relays take turns, so each batch reads what the
 * previous one committed and a count can never go back in time.
 */
const TOPICS = ['comment.*', 'reaction.*'] as const;
type Topic = (typeof TOPICS)[number];

@Injectable()
@AsOutboxConsumer()
export class CountersConsumer implements OutboxConsumer<Topic> {
  readonly name = 'feedback-counters';
  readonly topics = TOPICS;

  constructor(private readonly dataSource: DataSource) {}

  async handle(events: OutboxMessage<Topic>[]): Promise<void> {
    const comments = new Set<string>();
    const changed = new Set<string>();
    for (const event of events) {
      if (event.topic === FeedbackTopic.commentFlagged) continue;
      const { commentId } = event.payload;
      if (commentId) comments.add(commentId);
      if (event.topic === FeedbackTopic.reactionUpdated) continue;
      // A comment may have changed status or stance: its parent's reply count, its provision
      // and draft totals.
      if (event.payload.parentId) comments.add(event.payload.parentId);
      if (commentId) changed.add(commentId);
    }
    if (!comments.size) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [COUNTERS_LOCK_KEY]);
      await manager.query(
        `INSERT INTO comment_counter (comment_id, agree, disagree, replies)
         SELECT c.id,
                ${TALLY.agree}, ${TALLY.disagree},
                (SELECT count(*) FROM comment r WHERE r.parent_id = c.id AND r.status = 'PUBLISHED')
           FROM comment c WHERE c.id = ANY($1::uuid[])
         ON CONFLICT (comment_id) DO UPDATE
           SET agree = EXCLUDED.agree, disagree = EXCLUDED.disagree, replies = EXCLUDED.replies`,
        [[...comments]],
      );
      if (changed.size) await this.countChanges(manager, [...changed]);
    });
  }

  /** Moves the provision and draft counters by what changed since these comments were counted. */
  private async countChanges(manager: EntityManager, ids: string[]): Promise<void> {
    const rows: Change[] = await manager.query(
      `SELECT c.id, c.draft_id AS "draftId", c.lineage_id AS "lineageId", c.author_id AS "authorId",
              c.stance, c.status = 'PUBLISHED' AS published,
              coalesce(k.published, false) AS "wasPublished", k.stance AS "wasStance"
         FROM comment c LEFT JOIN comment_counted k ON k.comment_id = c.id
        WHERE c.id = ANY($1::uuid[])
          AND (k.comment_id IS NULL OR k.published <> (c.status = 'PUBLISHED') OR k.stance IS DISTINCT FROM c.stance)`,
      [ids],
    );
    if (!rows.length) return;
    const delta = countDelta(rows);
    await manager.query(
      `INSERT INTO comment_counted (comment_id, draft_id, lineage_id, author_id, stance, published)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::boolean[])
       ON CONFLICT (comment_id) DO UPDATE SET stance = EXCLUDED.stance, published = EXCLUDED.published`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.draftId),
        rows.map((r) => r.lineageId),
        rows.map((r) => r.authorId),
        rows.map((r) => r.stance),
        rows.map((r) => r.published),
      ],
    );
    const participants = new Map<string, number>();
    if (delta.authors.size) {
      const keys = [...delta.authors.keys()].map((k) => k.split(' '));
      const after: { draftId: string; authorId: string; comments: number }[] = await manager.query(
        `INSERT INTO draft_participant AS p (draft_id, author_id, comments)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])
         ON CONFLICT (draft_id, author_id) DO UPDATE SET comments = p.comments + EXCLUDED.comments
         RETURNING draft_id AS "draftId", author_id AS "authorId", comments`,
        [keys.map((k) => k[0]), keys.map((k) => k[1]), [...delta.authors.values()]],
      );
      for (const row of after) {
        const before = row.comments - delta.authors.get(`${row.draftId} ${row.authorId}`)!;
        const crossed = Number(row.comments > 0) - Number(before > 0);
        participants.set(row.draftId, (participants.get(row.draftId) ?? 0) + crossed);
      }
    }
    const drafts = [...delta.drafts];
    const draftColumn = (key: keyof StanceDelta) => drafts.map(([, d]) => d[key]);
    await manager.query(
      `INSERT INTO draft_counter AS d (draft_id, comments, participants, support, oppose, amend, question, neutral)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[])
       ON CONFLICT (draft_id) DO UPDATE
         SET comments = d.comments + EXCLUDED.comments, participants = d.participants + EXCLUDED.participants,
             support = d.support + EXCLUDED.support, oppose = d.oppose + EXCLUDED.oppose,
             amend = d.amend + EXCLUDED.amend, question = d.question + EXCLUDED.question,
             neutral = d.neutral + EXCLUDED.neutral`,
      [
        drafts.map(([id]) => id),
        draftColumn('comments'),
        drafts.map(([id]) => participants.get(id) ?? 0),
        draftColumn('support'),
        draftColumn('oppose'),
        draftColumn('amend'),
        draftColumn('question'),
        draftColumn('neutral'),
      ],
    );
    if (!delta.lineages.size) return;
    const lineages = [...delta.lineages];
    const column = (key: keyof StanceDelta) => lineages.map(([, d]) => d[key]);
    await manager.query(
      `INSERT INTO provision_counter AS p (lineage_id, comments, support, oppose, amend, question, neutral)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[])
       ON CONFLICT (lineage_id) DO UPDATE
         SET comments = p.comments + EXCLUDED.comments, support = p.support + EXCLUDED.support,
             oppose = p.oppose + EXCLUDED.oppose, amend = p.amend + EXCLUDED.amend,
             question = p.question + EXCLUDED.question, neutral = p.neutral + EXCLUDED.neutral`,
      [
        lineages.map(([id]) => id),
        column('comments'),
        column('support'),
        column('oppose'),
        column('amend'),
        column('question'),
        column('neutral'),
      ],
    );
  }
}

/** A comment whose current row differs from what was counted for it. */
interface Change {
  id: string;
  draftId: string;
  lineageId: string | null;
  authorId: string;
  stance: string | null;
  published: boolean;
  wasPublished: boolean;
  wasStance: string | null;
}

/** What a batch adds to one provision lineage's or one draft's counters. */
export interface StanceDelta {
  comments: number;
  support: number;
  oppose: number;
  amend: number;
  question: number;
  neutral: number;
}

/** A stance's column in provision_counter and draft_counter ('SUPPORT' → support). */
const stanceKey = (stance: string) => stance.toLowerCase() as Exclude<keyof StanceDelta, 'comments'>;

const noDelta = (): StanceDelta => ({
  comments: 0,
  support: 0,
  oppose: 0,
  amend: 0,
  question: 0,
  neutral: 0,
});

/** One comment's change, counted into `into`: published or not, and which stance it had and has. */
function apply(into: StanceDelta, c: Change, published: number): void {
  into.comments += published;
  if (c.wasPublished && c.wasStance) into[stanceKey(c.wasStance)] -= 1;
  if (c.published && c.stance) into[stanceKey(c.stance)] += 1;
}

/**
 * What the changes add to each draft, to each author's published comments on a draft
 * (key "draftId authorId") and to each provision lineage. Pure; exported for its spec.
 */
export function countDelta(changes: readonly Change[]): {
  drafts: Map<string, StanceDelta>;
  authors: Map<string, number>;
  lineages: Map<string, StanceDelta>;
} {
  const drafts = new Map<string, StanceDelta>();
  const authors = new Map<string, number>();
  const lineages = new Map<string, StanceDelta>();
  for (const c of changes) {
    const d = Number(c.published) - Number(c.wasPublished);
    const draft = drafts.get(c.draftId) ?? noDelta();
    apply(draft, c, d);
    drafts.set(c.draftId, draft);
    if (d) {
      const key = `${c.draftId} ${c.authorId}`;
      authors.set(key, (authors.get(key) ?? 0) + d);
    }
    if (!c.lineageId) continue;
    const l = lineages.get(c.lineageId) ?? noDelta();
    apply(l, c, d);
    lineages.set(c.lineageId, l);
  }
  return { drafts, authors, lineages };
}
