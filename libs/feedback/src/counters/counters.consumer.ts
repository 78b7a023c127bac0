import { Injectable } from '@nestjs/common';
import { AsOutboxConsumer, OutboxConsumer, OutboxMessage } from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import { FeedbackTopic } from '../feedback.events';
import { CountChange, CountersRepository, StanceDelta } from './counters.repository';

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

  constructor(
    private readonly dataSource: DataSource,
    private readonly counters: CountersRepository,
  ) {}

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
      await this.counters.takeTurn(manager);
      await this.counters.recountComments(manager, [...comments]);
      if (changed.size) await this.countChanges(manager, [...changed]);
    });
  }

  /** Moves the provision and draft counters by what changed since these comments were counted. */
  private async countChanges(manager: EntityManager, ids: string[]): Promise<void> {
    const rows = await this.counters.uncountedChanges(manager, ids);
    if (!rows.length) return;
    const delta = countDelta(rows);
    await this.counters.markCounted(manager, rows);
    const participants = new Map<string, number>();
    if (delta.authors.size) {
      const after = await this.counters.addToParticipants(manager, delta.authors);
      for (const row of after) {
        const before = row.comments - delta.authors.get(`${row.draftId} ${row.authorId}`)!;
        const crossed = Number(row.comments > 0) - Number(before > 0);
        participants.set(row.draftId, (participants.get(row.draftId) ?? 0) + crossed);
      }
    }
    await this.counters.addToDrafts(manager, [...delta.drafts], participants);
    if (!delta.lineages.size) return;
    await this.counters.addToProvisions(manager, [...delta.lineages]);
  }
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
function apply(into: StanceDelta, c: CountChange, published: number): void {
  into.comments += published;
  if (c.wasPublished && c.wasStance) into[stanceKey(c.wasStance)] -= 1;
  if (c.published && c.stance) into[stanceKey(c.stance)] += 1;
}

/**
 * What the changes add to each draft, to each author's published comments on a draft
 * (key "draftId authorId") and to each provision lineage. Pure; exported for its spec.
 */
export function countDelta(changes: readonly CountChange[]): {
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
