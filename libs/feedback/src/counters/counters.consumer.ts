import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxConsumer, OutboxConsumerRegistry, OutboxMessage } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { CommentEventPayload, FeedbackTopic } from '../feedback.events';

/** Any constant: serialises recomputation between relays (API processes and workers). */
const COUNTERS_LOCK_KEY = 7_362_846_301;

/**
 * Keeps comment_counter, provision_counter and draft_counter in step with the comments and
 * reactions, off the request path. For the ids a batch of events touches, it recomputes the
 * counts from the source tables (INSERT … SELECT count(*) … ON CONFLICT DO UPDATE): exact
 * whatever the order, duplication or concurrency of deliveries, and one statement per
 * table per batch however many events the batch holds.
 *
 * The transaction-level advisory lock makes relays take turns, so each recomputation reads
 * a snapshot taken after the previous one committed and a count can never go back in time.
 */
@Injectable()
export class CountersConsumer implements OutboxConsumer, OnModuleInit {
  readonly name = 'feedback-counters';
  readonly topics = ['comment.*', 'reaction.*'] as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: OutboxConsumerRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async handle(events: OutboxMessage[]): Promise<void> {
    const comments = new Set<string>();
    const lineages = new Set<string>();
    const drafts = new Set<string>();
    for (const event of events) {
      if (event.topic === FeedbackTopic.commentFlagged) continue;
      const p = event.payload as Partial<CommentEventPayload>;
      if (p.commentId) comments.add(p.commentId);
      if (event.topic === FeedbackTopic.reactionUpdated) continue;
      // A comment's status changed: its parent's reply count, its provision and draft totals.
      if (p.parentId) comments.add(p.parentId);
      if (p.lineageId) lineages.add(p.lineageId);
      if (p.draftId) drafts.add(p.draftId);
    }
    if (!comments.size && !lineages.size && !drafts.size) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [COUNTERS_LOCK_KEY]);
      if (comments.size) {
        await manager.query(
          `INSERT INTO comment_counter (comment_id, agree, disagree, replies)
           SELECT c.id,
                  (SELECT count(*) FROM comment_reaction r WHERE r.comment_id = c.id AND r.kind = 'AGREE'),
                  (SELECT count(*) FROM comment_reaction r WHERE r.comment_id = c.id AND r.kind = 'DISAGREE'),
                  (SELECT count(*) FROM comment r WHERE r.parent_id = c.id AND r.status = 'PUBLISHED')
             FROM comment c WHERE c.id = ANY($1::uuid[])
           ON CONFLICT (comment_id) DO UPDATE
             SET agree = EXCLUDED.agree, disagree = EXCLUDED.disagree, replies = EXCLUDED.replies`,
          [[...comments]],
        );
      }
      if (lineages.size) {
        await manager.query(
          `INSERT INTO provision_counter (lineage_id, comments, support, oppose, amend, question, neutral)
           SELECT l.id, count(c.id),
                  count(*) FILTER (WHERE c.stance = 'SUPPORT'), count(*) FILTER (WHERE c.stance = 'OPPOSE'),
                  count(*) FILTER (WHERE c.stance = 'AMEND'), count(*) FILTER (WHERE c.stance = 'QUESTION'),
                  count(*) FILTER (WHERE c.stance = 'NEUTRAL')
             FROM unnest($1::uuid[]) l(id)
             LEFT JOIN comment c ON c.lineage_id = l.id AND c.status = 'PUBLISHED'
            GROUP BY l.id
           ON CONFLICT (lineage_id) DO UPDATE
             SET comments = EXCLUDED.comments, support = EXCLUDED.support, oppose = EXCLUDED.oppose,
                 amend = EXCLUDED.amend, question = EXCLUDED.question, neutral = EXCLUDED.neutral`,
          [[...lineages]],
        );
      }
      if (drafts.size) {
        await manager.query(
          `INSERT INTO draft_counter (draft_id, comments, participants)
           SELECT d.id, count(c.id), count(DISTINCT c.author_id)
             FROM draft d
             LEFT JOIN comment c ON c.draft_id = d.id AND c.status = 'PUBLISHED'
            WHERE d.id = ANY($1::uuid[])
            GROUP BY d.id
           ON CONFLICT (draft_id) DO UPDATE
             SET comments = EXCLUDED.comments, participants = EXCLUDED.participants`,
          [[...drafts]],
        );
      }
    });
  }
}
