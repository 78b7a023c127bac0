import { Injectable } from '@nestjs/common';
import { statusSql } from '@thamvan/drafts';
import { DataSource, EntityManager } from 'typeorm';
import { reactionTallyOf } from '../reactions/reaction-tally.sql';
import { DraftCounterEntity } from './entities/draft-counter.entity';
import { ProvisionCounterEntity } from './entities/provision-counter.entity';

const TALLY = reactionTallyOf('c.id');

/** Any constant: serialises recomputation between relays (API processes and workers). */
const COUNTERS_LOCK_KEY = 7_362_846_301;

/** A comment whose current row differs from what was counted for it. */
export interface CountChange {
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

export interface ProvisionActivity {
  provisionId: string;
  draftId: string;
  recentCount: number;
}

/**
 * The queries of the derived counters: comment_counter, comment_counted, draft_participant,
 * draft_counter and provision_counter, as the outbox consumer writes them (each write method
 * runs in the consumer's transaction) and as the API reads them, and the live counts beside
 * them (held comments per draft, recent comments per provision).
 */
@Injectable()
export class CountersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The transaction-level advisory lock that makes relays take turns, so each batch reads
   * what the previous one committed and a count can never go back in time.
   */
  async takeTurn(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [COUNTERS_LOCK_KEY]);
  }

  /** Recounts the agrees, disagrees and published replies of these comments from the source rows. */
  async recountComments(manager: EntityManager, commentIds: string[]): Promise<void> {
    await manager.query(
      `INSERT INTO comment_counter (comment_id, agree, disagree, replies)
         SELECT c.id,
                ${TALLY.agree}, ${TALLY.disagree},
                (SELECT count(*) FROM comment r WHERE r.parent_id = c.id AND r.status = 'PUBLISHED')
           FROM comment c WHERE c.id = ANY($1::uuid[])
         ON CONFLICT (comment_id) DO UPDATE
           SET agree = EXCLUDED.agree, disagree = EXCLUDED.disagree, replies = EXCLUDED.replies`,
      [commentIds],
    );
  }

  /** Of these comments, those whose status or stance differs from what was counted for them. */
  async uncountedChanges(manager: EntityManager, ids: string[]): Promise<CountChange[]> {
    return manager.query<CountChange[]>(
      `SELECT c.id, c.draft_id AS "draftId", c.lineage_id AS "lineageId", c.author_id AS "authorId",
              c.stance, c.status = 'PUBLISHED' AS published,
              coalesce(k.published, false) AS "wasPublished", k.stance AS "wasStance"
         FROM comment c LEFT JOIN comment_counted k ON k.comment_id = c.id
        WHERE c.id = ANY($1::uuid[])
          AND (k.comment_id IS NULL OR k.published <> (c.status = 'PUBLISHED') OR k.stance IS DISTINCT FROM c.stance)`,
      [ids],
    );
  }

  /** Records these changes as counted: their status and stance as they are now. */
  async markCounted(manager: EntityManager, rows: readonly CountChange[]): Promise<void> {
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
  }

  /**
   * Adds to authors' published comments per draft (key "draftId authorId"); returns their
   * counts after the change.
   */
  async addToParticipants(
    manager: EntityManager,
    authors: ReadonlyMap<string, number>,
  ): Promise<{ draftId: string; authorId: string; comments: number }[]> {
    const keys = [...authors.keys()].map((k) => k.split(' '));
    return manager.query<{ draftId: string; authorId: string; comments: number }[]>(
      `INSERT INTO draft_participant AS p (draft_id, author_id, comments)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])
         ON CONFLICT (draft_id, author_id) DO UPDATE SET comments = p.comments + EXCLUDED.comments
         RETURNING draft_id AS "draftId", author_id AS "authorId", comments`,
      [keys.map((k) => k[0]), keys.map((k) => k[1]), [...authors.values()]],
    );
  }

  /** Moves draft counters by these differences (and their participants by `participants`). */
  async addToDrafts(
    manager: EntityManager,
    drafts: readonly [string, StanceDelta][],
    participants: ReadonlyMap<string, number>,
  ): Promise<void> {
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
  }

  /** Moves provision lineages' counters by these differences. */
  async addToProvisions(manager: EntityManager, lineages: readonly [string, StanceDelta][]): Promise<void> {
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

  /** The counters of these provision lineages that have any. */
  async provisionCounters(lineageIds: readonly string[]): Promise<ProvisionCounterEntity[]> {
    return this.dataSource.query<ProvisionCounterEntity[]>(
      `SELECT lineage_id AS "lineageId", comments, support, oppose, amend, question, neutral
           FROM provision_counter WHERE lineage_id = ANY($1::uuid[])`,
      [lineageIds],
    );
  }

  /** The counters of these drafts that have any. */
  async draftCounters(draftIds: readonly string[]): Promise<DraftCounterEntity[]> {
    return this.dataSource.query<DraftCounterEntity[]>(
      `SELECT draft_id AS "draftId", comments, participants, support, oppose, amend, question, neutral
           FROM draft_counter WHERE draft_id = ANY($1::uuid[])`,
      [draftIds],
    );
  }

  /**
   * Comments held for moderation (PENDING) per draft, of the drafts that have any, counted
   * live rather than kept as a derived counter: the partial index comment_draft_pending_idx
   * holds only held rows, so the count stays small however many comments the draft has.
   */
  async heldPerDraft(draftIds: readonly string[]): Promise<{ draftId: string; held: number }[]> {
    return this.dataSource.query<{ draftId: string; held: number }[]>(
      `SELECT draft_id AS "draftId", count(*)::int AS held
           FROM comment WHERE status = 'PENDING' AND draft_id = ANY($1::uuid[])
          GROUP BY draft_id`,
      [draftIds],
    );
  }

  /**
   * Provisions of drafts open at `now`, ranked by the published comments and replies posted
   * on them since `since`. Reads the recent end of the comment_created_idx index only.
   */
  async mostDiscussed(now: Date, since: Date, first: number): Promise<ProvisionActivity[]> {
    return this.dataSource.query<ProvisionActivity[]>(
      `SELECT c.provision_id AS "provisionId", c.draft_id AS "draftId", count(*)::int AS "recentCount"
         FROM comment c JOIN draft d ON d.id = c.draft_id
        WHERE c.created_at >= $2 AND c.status = 'PUBLISHED' AND c.provision_id IS NOT NULL
          AND ${statusSql('d', '$1')} = 'OPEN'
        GROUP BY c.provision_id, c.draft_id
        ORDER BY count(*) DESC, max(c.created_at) DESC
        LIMIT $3`,
      [now, since, first],
    );
  }
}
