import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { OpinionGroupsSnapshot } from './opinion-groups-snapshot';
import { Reaction } from './opinion-groups';
import { StanceName, TopicCampaign, TopicComment } from './topics';
import { TopicScopeKind } from './entities/topic-refresh.entity';

/**
 * A topic's stored `stance_counts` (keyed by stance, a stance nobody took left out) as the
 * five counts the API and the report show.
 */
export function stanceCountsOf(
  stored: Partial<Record<StanceName, number>>,
): Record<'support' | 'oppose' | 'amend' | 'question' | 'neutral', number> {
  return {
    support: stored.SUPPORT ?? 0,
    oppose: stored.OPPOSE ?? 0,
    amend: stored.AMEND ?? 0,
    question: stored.QUESTION ?? 0,
    neutral: stored.NEUTRAL ?? 0,
  };
}

/** A scope whose topics (or opinion groups) are rebuilt together. */
export interface TopicScope {
  kind: TopicScopeKind;
  draftId: string;
  /** The provision lineage for PROVISION; null otherwise. */
  lineageId: string | null;
}

export function scopeKey(scope: TopicScope): string {
  switch (scope.kind) {
    case 'PROVISION':
      return `lineage:${scope.lineageId}`;
    case 'DRAFT':
      return `draft:${scope.draftId}`;
    case 'OPINION_GROUPS':
      return `groups:${scope.draftId}`;
  }
}

/** A topic as stored, ready to be written (id null: a new one). */
export interface NewTopic {
  id: string | null;
  isOther: boolean;
  label: string;
  phrases: string[];
  size: number;
  commentCount: number;
  representativeId: string;
  stanceCounts: Record<StanceName, number>;
  campaigns: TopicCampaign[];
  /** Closest to the centre first. */
  commentIds: string[];
}

export interface TopicRow {
  id: string;
  draftId: string;
  lineageId: string | null;
  isOther: boolean;
  position: number;
  label: string;
  phrases: string[];
  size: number;
  commentCount: number;
  representativeId: string;
  stanceCounts: Record<StanceName, number>;
  builtAt: Date;
}

const TOPIC_COLUMNS = `t.id, t.draft_id AS "draftId", t.lineage_id AS "lineageId", t.is_other AS "isOther",
  t.position, t.label, t.phrases, t.size, t.comment_count AS "commentCount",
  t.representative_comment_id AS "representativeId", t.stance_counts AS "stanceCounts", t.built_at AS "builtAt"`;

/**
 * A topic listed only while one of its comments is still published: between a moderation
 * and the rebuild it schedules, a small topic may have none left, and neither its
 * representative nor its comments may then be shown (Topic.representative is non-null).
 */
const HAS_PUBLISHED_MEMBER = `EXISTS (SELECT 1 FROM topic_member m JOIN comment c ON c.id = m.comment_id
   WHERE m.topic_id = t.id AND c.status = 'PUBLISHED')`;

/** Topics, their members, the refresh debounce and opinion groups: all the SQL of topics. */
@Injectable()
export class TopicsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Marks scopes dirty, then schedules a rebuild of those that are due (see scheduleDue).
   * The rest wait for TopicsSweep: no outbox event is ever dated in the future, so "the outbox
   * is drained" still means that every event was delivered.
   */
  async markDirty(scopes: readonly TopicScope[], debounceSeconds: number): Promise<void> {
    const unique = new Map(scopes.map((s) => [scopeKey(s), s]));
    if (unique.size === 0) return;
    // In key order: two relays marking overlapping scopes lock their rows in the same order.
    const list = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    await this.dataSource.query(
      `INSERT INTO topic_refresh AS r (scope_key, kind, draft_id, lineage_id, dirty_at)
       SELECT scope_key, kind, draft_id, lineage_id, now()
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[]) AS i(scope_key, kind, draft_id, lineage_id)
       ON CONFLICT (scope_key) DO UPDATE SET dirty_at = now()`,
      [
        list.map(([key]) => key),
        list.map(([, s]) => s.kind),
        list.map(([, s]) => s.draftId),
        list.map(([, s]) => s.lineageId),
      ],
    );
    await this.scheduleDue(
      debounceSeconds,
      list.map(([key]) => key),
    );
  }

  /**
   * Schedules a `topics.rebuild` event for every dirty scope (of `keys`, or any) with none
   * waiting whose last build is at least `debounceSeconds` old. One statement: of two
   * processes scheduling one scope, only the one whose UPDATE turns `scheduled` on inserts
   * an event. Returns how many it scheduled.
   */
  async scheduleDue(debounceSeconds: number, keys?: readonly string[]): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH due AS (
         UPDATE topic_refresh SET scheduled = true
          WHERE NOT scheduled AND dirty_at IS NOT NULL
            AND (built_at IS NULL OR built_at <= now() - make_interval(secs => $1))
            AND ($2::text[] IS NULL OR scope_key = ANY($2::text[]))
         RETURNING scope_key)
       INSERT INTO outbox_event (topic, aggregate_id, payload)
       SELECT 'topics.rebuild', scope_key, jsonb_build_object('scopeKey', scope_key) FROM due
       RETURNING id`,
      [debounceSeconds, keys ?? null],
    );
    return rows.length;
  }

  /**
   * Takes a scope's rebuild: `scheduled` goes off before the comments are read, so a comment
   * marked from now on schedules the next one. `takenAt` is passed back to finishBuild.
   * Null for an unknown scope.
   */
  async takeScheduled(key: string): Promise<(TopicScope & { takenAt: string }) | null> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [(TopicScope & { takenAt: string })[], number] = await this.dataSource.query(
      // Only while scheduled: an event delivered again (after a relay's timeout) finds it taken
      // and builds nothing, instead of a second build of the same scope running beside the first.
      `UPDATE topic_refresh SET scheduled = false WHERE scope_key = $1 AND scheduled
       RETURNING kind, draft_id AS "draftId", lineage_id AS "lineageId", now()::text AS "takenAt"`,
      [key],
    );
    return rows[0] ?? null;
  }

  /**
   * Records a finished build: when it ran (the debounce counts from here), and not dirty any
   * more unless marked since it was taken. A build that failed leaves the scope dirty, so
   * the sweep schedules it again.
   */
  private async finishBuild(manager: EntityManager, key: string, takenAt: string): Promise<void> {
    await manager.query(
      `UPDATE topic_refresh SET built_at = now(), built_from = $2::timestamptz,
              dirty_at = CASE WHEN dirty_at < $2::timestamptz THEN NULL ELSE dirty_at END
        WHERE scope_key = $1`,
      [key, takenAt],
    );
  }

  /**
   * Locks the scope's refresh row (two builds of one scope write one after the other) and
   * says whether a build that read the comments later than `takenAt` has already been
   * written: two relays can each take a rebuild of one scope, and the later read may commit
   * first. The earlier one then writes nothing; the scope's marks stay as the later left them.
   */
  private async newerBuildWritten(manager: EntityManager, key: string, takenAt: string): Promise<boolean> {
    const [row]: { newer: boolean }[] = await manager.query(
      `SELECT coalesce(built_from >= $2::timestamptz, false) AS newer FROM topic_refresh WHERE scope_key = $1 FOR UPDATE`,
      [key, takenAt],
    );
    return row?.newer ?? false;
  }

  /** The scopes (lineage, or the draft's own comments) of top-level comments, by id. */
  async scopesOfComments(commentIds: readonly string[]): Promise<TopicScope[]> {
    if (commentIds.length === 0) return [];
    const rows: { draftId: string; lineageId: string | null }[] = await this.dataSource.query(
      `SELECT DISTINCT draft_id AS "draftId", lineage_id AS "lineageId"
         FROM comment WHERE id = ANY($1::uuid[]) AND parent_id IS NULL`,
      [commentIds],
    );
    return rows.map((r) => ({ kind: r.lineageId ? 'PROVISION' : 'DRAFT', ...r }));
  }

  /**
   * The scope's published top-level comments with their campaign: what topics are built
   * from. Replies are left out (their sense depends on what they answer); PENDING, HIDDEN and
   * WITHDRAWN comments never count.
   */
  async commentsOf(scope: TopicScope): Promise<TopicComment[]> {
    const where =
      scope.kind === 'PROVISION'
        ? `c.lineage_id = $1::uuid`
        : `c.draft_id = $1::uuid AND c.lineage_id IS NULL AND c.provision_id IS NULL`;
    return this.dataSource.query(
      // The public text (personal data masked): labels and phrases are built from it and shown.
      `SELECT c.id, coalesce(c.masked_body, c.body) AS text, c.stance, m.campaign_id AS "campaignId"
         FROM comment c LEFT JOIN campaign_member m ON m.comment_id = c.id
        WHERE ${where} AND c.parent_id IS NULL AND c.status = 'PUBLISHED'`,
      [scope.kind === 'PROVISION' ? scope.lineageId : scope.draftId],
    );
  }

  /**
   * Replaces a scope's topics, keeping ids chosen by `idsFor` from the previous members
   * (see carryOverIds). The scope's refresh row is locked first, so two rebuilds of one
   * scope (two relays) write one after the other, never interleaved.
   */
  async replaceTopics(
    scope: TopicScope & { takenAt: string },
    build: (previous: { id: string; isOther: boolean; members: string[] }[]) => NewTopic[],
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const key = scopeKey(scope);
      if (await this.newerBuildWritten(manager, key, scope.takenAt)) return;
      const scopeWhere =
        scope.kind === 'PROVISION'
          ? `t.lineage_id = $1::uuid`
          : `t.draft_id = $1::uuid AND t.lineage_id IS NULL`;
      const scopeParam = scope.kind === 'PROVISION' ? scope.lineageId : scope.draftId;
      const previous: { id: string; isOther: boolean; members: string[] }[] = await manager.query(
        `SELECT t.id, t.is_other AS "isOther",
                coalesce(array_agg(m.comment_id) FILTER (WHERE m.comment_id IS NOT NULL), '{}') AS members
           FROM topic t LEFT JOIN topic_member m ON m.topic_id = t.id
          WHERE ${scopeWhere} GROUP BY t.id`,
        [scopeParam],
      );
      const topics = build(previous);
      await manager.query(`DELETE FROM topic t WHERE ${scopeWhere}`, [scopeParam]);
      if (topics.length) await this.insertTopics(manager, scope, topics);
      await this.finishBuild(manager, key, scope.takenAt);
    });
  }

  private async insertTopics(manager: EntityManager, scope: TopicScope, topics: NewTopic[]): Promise<void> {
    const ids = topics.map((t) => t.id ?? randomUUID());
    await manager.query(
      `INSERT INTO topic (id, draft_id, lineage_id, is_other, position, label, phrases, size, comment_count,
                          representative_comment_id, stance_counts, campaigns, built_at)
       SELECT x.id, $1, $2, x.is_other, x.position - 1, x.label,
              ARRAY(SELECT jsonb_array_elements_text(x.phrases)), x.size, x.comment_count,
              x.rep, x.stances, x.campaigns, now()
         FROM unnest($3::uuid[], $4::boolean[], $5::text[], $6::jsonb[], $7::int[], $8::int[], $9::uuid[],
                     $10::jsonb[], $11::jsonb[])
              WITH ORDINALITY AS x(id, is_other, label, phrases, size, comment_count, rep, stances, campaigns, position)`,
      [
        scope.draftId,
        scope.lineageId,
        ids,
        topics.map((t) => t.isOther),
        topics.map((t) => t.label),
        topics.map((t) => JSON.stringify(t.phrases)),
        topics.map((t) => t.size),
        topics.map((t) => t.commentCount),
        topics.map((t) => t.representativeId),
        topics.map((t) => JSON.stringify(t.stanceCounts)),
        topics.map((t) => JSON.stringify(t.campaigns)),
      ],
    );
    const topicIds: string[] = [];
    const commentIds: string[] = [];
    const ranks: number[] = [];
    topics.forEach((t, i) =>
      t.commentIds.forEach((c, rank) => {
        topicIds.push(ids[i]);
        commentIds.push(c);
        ranks.push(rank);
      }),
    );
    // In slices: one array parameter of a million uuids is a large message, 50,000 are not.
    const slice = 50_000;
    for (let i = 0; i < commentIds.length; i += slice) {
      await manager.query(
        `INSERT INTO topic_member (topic_id, comment_id, rank)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`,
        [topicIds.slice(i, i + slice), commentIds.slice(i, i + slice), ranks.slice(i, i + slice)],
      );
    }
  }

  /** Agree (1) and disagree (−1) of people on the draft's published comments. */
  async reactionsOf(draftId: string): Promise<Reaction[]> {
    const rows: { personId: string; commentId: string; value: number }[] = await this.dataSource.query(
      `SELECT r.user_id AS "personId", r.comment_id AS "commentId",
              CASE r.kind WHEN 'AGREE' THEN 1 ELSE -1 END AS value
         FROM comment_reaction r JOIN comment c ON c.id = r.comment_id
        WHERE c.draft_id = $1 AND c.status = 'PUBLISHED'`,
      [draftId],
    );
    return rows.map((r) => ({ ...r, value: r.value === 1 ? 1 : -1 }));
  }

  async saveOpinionGroups(draftId: string, takenAt: string, snapshot: OpinionGroupsSnapshot): Promise<void> {
    const key = scopeKey({ kind: 'OPINION_GROUPS', draftId, lineageId: null });
    await this.dataSource.transaction(async (manager) => {
      if (await this.newerBuildWritten(manager, key, takenAt)) return;
      await manager.query(
        `INSERT INTO opinion_groups (draft_id, result, built_at) VALUES ($1, $2, now())
         ON CONFLICT (draft_id) DO UPDATE SET result = EXCLUDED.result, built_at = EXCLUDED.built_at`,
        [draftId, JSON.stringify(snapshot)],
      );
      await this.finishBuild(manager, key, takenAt);
    });
  }

  // ---- reading (GraphQL, search, report) ----

  async topicsOfLineages(lineageIds: readonly string[]): Promise<TopicRow[]> {
    return this.dataSource.query(
      `SELECT ${TOPIC_COLUMNS} FROM topic t WHERE t.lineage_id = ANY($1::uuid[]) AND ${HAS_PUBLISHED_MEMBER}
        ORDER BY t.lineage_id, t.position`,
      [lineageIds],
    );
  }

  /** The topics of the comments on each draft as a whole (no provision). */
  async topicsOfDrafts(draftIds: readonly string[]): Promise<TopicRow[]> {
    return this.dataSource.query(
      `SELECT ${TOPIC_COLUMNS} FROM topic t
        WHERE t.draft_id = ANY($1::uuid[]) AND t.lineage_id IS NULL AND ${HAS_PUBLISHED_MEMBER}
        ORDER BY t.draft_id, t.position`,
      [draftIds],
    );
  }

  async topicsByIds(ids: readonly string[]): Promise<TopicRow[]> {
    return this.dataSource.query(`SELECT ${TOPIC_COLUMNS} FROM topic t WHERE t.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * A page of each topic's members that are still PUBLISHED (one hidden since the last
   * rebuild drops out at once), by rank after `afterRank`; and how many there are.
   */
  async memberPages(
    topicIds: readonly string[],
    afterRank: number,
    limit: number,
  ): Promise<{ pages: Map<string, { commentId: string; rank: number }[]>; totals: Map<string, number> }> {
    const [rows, counts]: [
      { topicId: string; commentId: string; rank: number }[],
      { topicId: string; n: number }[],
    ] = await Promise.all([
      this.dataSource.query<{ topicId: string; commentId: string; rank: number }[]>(
        `SELECT t.id AS "topicId", p.comment_id AS "commentId", p.rank
           FROM unnest($1::uuid[]) AS t(id)
           CROSS JOIN LATERAL (
             SELECT m.comment_id, m.rank FROM topic_member m JOIN comment c ON c.id = m.comment_id
              WHERE m.topic_id = t.id AND m.rank > $2 AND c.status = 'PUBLISHED'
              ORDER BY m.rank LIMIT $3) p`,
        [topicIds, afterRank, limit],
      ),
      this.dataSource.query<{ topicId: string; n: number }[]>(
        `SELECT m.topic_id AS "topicId", count(*)::int AS n
           FROM topic_member m JOIN comment c ON c.id = m.comment_id
          WHERE m.topic_id = ANY($1::uuid[]) AND c.status = 'PUBLISHED' GROUP BY m.topic_id`,
        [topicIds],
      ),
    ]);
    const pages = new Map<string, { commentId: string; rank: number }[]>(topicIds.map((id) => [id, []]));
    for (const r of rows) pages.get(r.topicId)?.push({ commentId: r.commentId, rank: r.rank });
    return { pages, totals: new Map(counts.map((c) => [c.topicId, c.n])) };
  }

  /** Every member of a topic (searchComments on Meilisearch filters by these ids). */
  async memberIds(topicId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT comment_id AS id FROM topic_member WHERE topic_id = $1 ORDER BY rank`,
      [topicId],
    );
    return rows.map((r) => r.id);
  }

  async opinionGroupsOf(
    draftIds: readonly string[],
  ): Promise<{ draftId: string; result: OpinionGroupsSnapshot; builtAt: Date }[]> {
    return this.dataSource.query(
      `SELECT draft_id AS "draftId", result, built_at AS "builtAt" FROM opinion_groups WHERE draft_id = ANY($1::uuid[])`,
      [draftIds],
    );
  }
}
