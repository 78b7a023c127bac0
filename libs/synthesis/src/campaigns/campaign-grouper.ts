import { Inject, Injectable } from '@nestjs/common';
import { OutboxService } from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import {
  CampaignUpdatedPayload,
  SYNTHESIS_OPTIONS,
  SynthesisOptions,
  SynthesisTopic,
} from '../synthesis.options';
import { bandBuckets, jaccard, packInt32, signText, TextSignature, unpackInt32 } from './text-signature';
import { CampaignPlan } from './campaign-plan';

/**
 * The most heads one LSH bucket proposes. Only heads (representatives and ungrouped comments)
 * keep buckets, so a bucket holding many heads is one where distinct, non-duplicate comments
 * share a band: common boilerplate ("Kính gửi Ban soạn thảo, tôi đề nghị…") makes such hot
 * buckets, and reading all of them made every batch slower as the draft grew (the bench's
 * comments, which share an opening sentence, took 0.3 s per batch after 15,000 comments).
 * A real near-duplicate (Jaccard ≥ 0.8) shares about 6.5 of the 20 bands with its
 * representative, so it is still found through a band that is not hot: bands built from its
 * own wording, not from the boilerplate it shares with others.
 *
 * 4, not more: comments that share an opening and part of their body (Jaccard 0.5–0.7,
 * quoting the same line of the law) fill buckets with 5–100 heads that are never within the
 * threshold; every proposed head costs an index row, its shingles read and unpacked, and a
 * Jaccard. At 22,000 such comments a batch of 200 proposed 9,300 heads with 16 per bucket and
 * 3,600 with 4 (measured on the bench's comments: candidate query 118 → 77 ms per batch; see
 * docs/benchmarks.md). Recall is tested on that very workload (comments quoting
 * the same lines, with near-copies of some) and with a shared opening, in
 * test/synthesis/campaigns.test.ts; both fail with no candidates at all.
 */
export const BUCKET_CANDIDATES = 4;

interface BatchRow {
  id: string;
  body: string;
  eligible: boolean;
  createdAt: Date;
  campaignId: string | null;
  isRepresentative: boolean;
  exactHash: string | null;
}

/**
 * Groups a draft's top-level published comments into campaigns as they are written
 * (called by CampaignConsumer for comment.created / comment.updated / comment.moderated).
 *
 * A batch of one draft is one transaction under a per-draft advisory lock, so two relays never
 * race on the same draft, and a fixed number of statements whatever the batch size:
 * read the batch, look up exact duplicates and LSH candidates in bulk, decide in memory
 * (CampaignPlan), write signatures, LSH bands, campaigns and members in bulk. LSH only proposes
 * candidates: a comment joins a campaign only if the exact Jaccard similarity of its shingles
 * to the representative's reaches the threshold, or its folded text is identical to a
 * grouped comment's.
 */
@Injectable()
export class CampaignGrouper {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(SYNTHESIS_OPTIONS) private readonly options: SynthesisOptions,
  ) {}

  async group(draftId: string, commentIds: readonly string[]): Promise<void> {
    if (!commentIds.length) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('thamvan.campaigns:' || $1, 0))`, [
        draftId,
      ]);
      await this.groupLocked(manager, draftId, [...new Set(commentIds)]);
    });
  }

  private async groupLocked(manager: EntityManager, draftId: string, ids: string[]): Promise<void> {
    const rows: BatchRow[] = await manager.query(
      `SELECT c.id, c.body, (c.parent_id IS NULL AND c.status = 'PUBLISHED') AS eligible,
              c.created_at AS "createdAt", m.campaign_id AS "campaignId",
              coalesce(cp.representative_comment_id = c.id, false) AS "isRepresentative",
              s.exact_hash AS "exactHash"
         FROM comment c
         LEFT JOIN campaign_member m ON m.comment_id = c.id
         LEFT JOIN campaign cp ON cp.id = m.campaign_id
         LEFT JOIN comment_signature s ON s.comment_id = c.id
        WHERE c.id = ANY($1::uuid[]) AND c.draft_id = $2
        ORDER BY c.created_at, c.id`,
      [ids, draftId],
    );
    const signed = new Map<string, TextSignature>();
    const changed: BatchRow[] = [];
    for (const row of rows) {
      if (!row.eligible) continue;
      const signature = signText(row.body);
      // Redelivery, or an edit that changed nothing but case, accents or punctuation.
      if (row.exactHash === signature.exactHash) continue;
      signed.set(row.id, signature);
      changed.push(row);
    }
    if (!changed.length) return;
    const plan = new CampaignPlan(draftId, this.options.campaignThreshold);
    await this.reconsiderEdited(manager, plan, changed, signed);
    for (const row of changed) {
      if (!plan.isSettled(row.id))
        plan.queue({ id: row.id, createdAt: new Date(row.createdAt), ...signed.get(row.id)! });
    }
    await this.loadCandidates(manager, draftId, plan);
    plan.assign();
    // Comments never signed before (new ones, the common case) have no LSH bands to remove.
    const unsigned = new Set(rows.filter((r) => r.exactHash === null).map((r) => r.id));
    await this.write(manager, draftId, plan, signed, unsigned);
  }

  /**
   * An edited member stays if it still matches its representative, else it leaves and is
   * grouped afresh. An edited representative dissolves its campaign: every member is grouped
   * again (in time order, so the earliest that still matches starts the new campaign).
   */
  private async reconsiderEdited(
    manager: EntityManager,
    plan: CampaignPlan,
    changed: BatchRow[],
    signed: Map<string, TextSignature>,
  ): Promise<void> {
    const edited = changed.filter((r) => r.campaignId);
    if (!edited.length) return;
    const campaignIds = [...new Set(edited.map((r) => r.campaignId!))];
    const members: {
      commentId: string;
      campaignId: string;
      representative: boolean;
      createdAt: Date;
      exactHash: string;
      shingles: Buffer;
      minhash: Buffer;
    }[] = await manager.query(
      `SELECT m.comment_id AS "commentId", m.campaign_id AS "campaignId",
              cp.representative_comment_id = m.comment_id AS representative, c.created_at AS "createdAt",
              s.exact_hash AS "exactHash", s.shingles, s.minhash
         FROM campaign_member m
         JOIN campaign cp ON cp.id = m.campaign_id
         JOIN comment c ON c.id = m.comment_id
         JOIN comment_signature s ON s.comment_id = m.comment_id
        WHERE m.campaign_id = ANY($1::uuid[])
          AND (cp.representative_comment_id = m.comment_id OR m.comment_id = ANY($2::uuid[])
               OR cp.representative_comment_id = ANY($2::uuid[]))`,
      [campaignIds, edited.map((r) => r.id)],
    );
    const dissolved = new Set(edited.filter((r) => r.isRepresentative).map((r) => r.campaignId!));
    for (const campaignId of dissolved) {
      plan.dissolve(campaignId);
      for (const m of members.filter((x) => x.campaignId === campaignId)) {
        plan.leave(m.commentId, campaignId);
        plan.queue({
          id: m.commentId,
          createdAt: new Date(m.createdAt),
          exactHash: m.exactHash,
          shingles: unpackInt32(m.shingles),
          minhash: unpackInt32(m.minhash),
          ...(signed.get(m.commentId) ?? {}),
        });
      }
    }
    for (const row of edited) {
      if (dissolved.has(row.campaignId!)) continue;
      const rep = members.find((m) => m.campaignId === row.campaignId && m.representative)!;
      const signature = signed.get(row.id)!;
      if (
        signature.exactHash === rep.exactHash ||
        jaccard(signature.shingles, unpackInt32(rep.shingles)) >= plan.threshold
      ) {
        plan.keep(row.id);
      } else {
        plan.leave(row.id, row.campaignId!);
      }
    }
  }

  /** Exact duplicates (any grouped or ungrouped comment) and LSH neighbours, in two statements. */
  private async loadCandidates(manager: EntityManager, draftId: string, plan: CampaignPlan): Promise<void> {
    const queued = plan.queued();
    const exclude = queued.map((q) => q.id);
    const exact: { hash: string; commentId: string; campaignId: string | null; shingles: Buffer }[] =
      await manager.query(
        `SELECT h.hash, x.comment_id AS "commentId", x.campaign_id AS "campaignId", x.shingles
           FROM unnest($2::text[]) h(hash)
           CROSS JOIN LATERAL (
             SELECT s.comment_id, m.campaign_id, s.shingles
               FROM comment_signature s LEFT JOIN campaign_member m ON m.comment_id = s.comment_id
              WHERE s.draft_id = $1 AND s.exact_hash = h.hash AND s.comment_id <> ALL($3::uuid[])
              LIMIT 1) x`,
        [draftId, [...new Set(queued.map((q) => q.exactHash))], exclude],
      );
    const bands: number[] = [];
    const buckets: number[] = [];
    for (const q of queued) {
      bandBuckets(q.minhash).forEach((bucket, band) => {
        bands.push(band);
        buckets.push(bucket);
      });
    }
    // One row per proposed head, with the (band, bucket) pairs it was found under: a head
    // sharing several bands with the batch comes (and its shingles are unpacked) once.
    // At most BUCKET_CANDIDATES representatives and as many other heads per bucket: see its
    // comment. Representatives first, so near-misses of a letter never hide its campaign.
    const found: {
      commentId: string;
      campaignId: string | null;
      shingles: Buffer;
      bands: number[];
      buckets: number[];
    }[] = bands.length
      ? await manager.query(
          `SELECT h.comment_id AS "commentId", cp.id AS "campaignId", s.shingles,
                  h.bands, h.buckets
             FROM (SELECT b.comment_id, array_agg(k.band) AS bands, array_agg(k.bucket) AS buckets
                     FROM (SELECT DISTINCT band, bucket FROM unnest($2::smallint[], $3::int[]) AS k(band, bucket)) k
                    CROSS JOIN LATERAL (
                      (SELECT b.comment_id FROM comment_lsh_band b
                        WHERE b.draft_id = $1 AND b.band = k.band AND b.bucket = k.bucket AND b.representative
                          AND b.comment_id <> ALL($4::uuid[])
                        LIMIT $5)
                      UNION ALL
                      (SELECT b.comment_id FROM comment_lsh_band b
                        WHERE b.draft_id = $1 AND b.band = k.band AND b.bucket = k.bucket AND NOT b.representative
                          AND b.comment_id <> ALL($4::uuid[])
                        LIMIT $5)) b
                    GROUP BY b.comment_id) h
             JOIN comment_signature s ON s.comment_id = h.comment_id
             LEFT JOIN campaign cp ON cp.representative_comment_id = h.comment_id`,
          [draftId, bands, buckets, exclude, BUCKET_CANDIDATES],
        )
      : [];
    for (const e of exact) plan.addExact(e.hash, e.commentId, e.campaignId, unpackInt32(e.shingles));
    for (const h of found) {
      const keys = h.bands.map((band, i) => ({ band, bucket: h.buckets[i] }));
      plan.addHead(h.commentId, h.campaignId, unpackInt32(h.shingles), keys);
    }
  }

  private async write(
    manager: EntityManager,
    draftId: string,
    plan: CampaignPlan,
    signed: Map<string, TextSignature>,
    unsigned: ReadonlySet<string>,
  ): Promise<void> {
    const result = plan.result();
    // Every comment signed or grouped afresh is (re)written, its values packed (packInt32).
    const rows = new Map<string, Pick<TextSignature, 'exactHash' | 'shingles' | 'minhash'>>(signed);
    for (const q of plan.queued()) rows.set(q.id, q);
    const ids = [...rows.keys()];
    await manager.query(
      `INSERT INTO comment_signature (comment_id, draft_id, exact_hash, shingles, minhash)
       SELECT x.comment_id, $1, x.exact_hash, x.shingles, x.minhash
         FROM unnest($2::uuid[], $3::text[], $4::bytea[], $5::bytea[]) AS x(comment_id, exact_hash, shingles, minhash)
       ON CONFLICT (comment_id) DO UPDATE
         SET exact_hash = EXCLUDED.exact_hash, shingles = EXCLUDED.shingles, minhash = EXCLUDED.minhash`,
      [
        draftId,
        ids,
        ids.map((id) => rows.get(id)!.exactHash),
        ids.map((id) => packInt32(rows.get(id)!.shingles)),
        ids.map((id) => packInt32(rows.get(id)!.minhash)),
      ],
    );
    // Bands of every comment grouped afresh are rewritten: only heads keep (or get) bands.
    const rebanded = result.regrouped.filter((id) => !unsigned.has(id));
    if (rebanded.length) {
      await manager.query(`DELETE FROM comment_lsh_band WHERE comment_id = ANY($1::uuid[])`, [rebanded]);
    }
    const bands = result.heads.flatMap((id) =>
      bandBuckets(rows.get(id)!.minhash).map((bucket, band) => ({ id, band, bucket })),
    );
    if (bands.length) {
      await manager.query(
        `INSERT INTO comment_lsh_band (draft_id, band, bucket, comment_id)
         SELECT $1, * FROM unnest($2::smallint[], $3::int[], $4::uuid[]) ON CONFLICT DO NOTHING`,
        [draftId, bands.map((b) => b.band), bands.map((b) => b.bucket), bands.map((b) => b.id)],
      );
    }
    if (result.dissolved.length) {
      await manager.query(`DELETE FROM campaign WHERE id = ANY($1::uuid[])`, [result.dissolved]);
    }
    if (result.left.length) {
      await manager.query(`DELETE FROM campaign_member WHERE comment_id = ANY($1::uuid[])`, [result.left]);
    }
    if (result.created.length) {
      await manager.query(
        `INSERT INTO campaign (id, draft_id, representative_comment_id, size, first_at, last_at)
         SELECT x.id, $1, x.rep, 0, c.created_at, c.created_at
           FROM unnest($2::uuid[], $3::uuid[]) AS x(id, rep) JOIN comment c ON c.id = x.rep`,
        [draftId, result.created.map((c) => c.id), result.created.map((c) => c.representativeId)],
      );
      await manager.query(
        `UPDATE comment_lsh_band SET representative = true WHERE comment_id = ANY($1::uuid[])`,
        [result.created.map((c) => c.representativeId)],
      );
    }
    if (result.members.length) {
      await manager.query(
        `INSERT INTO campaign_member (comment_id, campaign_id, draft_id)
         SELECT x.comment_id, x.campaign_id, $1 FROM unnest($2::uuid[], $3::uuid[]) AS x(comment_id, campaign_id)
         ON CONFLICT (comment_id) DO UPDATE SET campaign_id = EXCLUDED.campaign_id`,
        [draftId, result.members.map((m) => m.commentId), result.members.map((m) => m.campaignId)],
      );
    }
    if (!result.touched.size) return;
    // Growing campaigns: size and time span move by the members just added (no re-aggregation
    // of a 100,000-member campaign per batch).
    if (result.members.length) {
      await manager.query(
        `UPDATE campaign cp
            SET size = cp.size + d.n, first_at = least(cp.first_at, d.first_at), last_at = greatest(cp.last_at, d.last_at)
           FROM (SELECT x.campaign_id, count(*)::int AS n, min(c.created_at) AS first_at, max(c.created_at) AS last_at
                   FROM unnest($1::uuid[], $2::uuid[]) AS x(comment_id, campaign_id) JOIN comment c ON c.id = x.comment_id
                  GROUP BY x.campaign_id) d
          WHERE cp.id = d.campaign_id AND cp.id <> ALL($3::uuid[])`,
        [result.members.map((m) => m.commentId), result.members.map((m) => m.campaignId), result.shrunk],
      );
    }
    // Shrinking campaigns (members left): recomputed exactly; one left with a single member ends.
    if (result.shrunk.length) {
      await manager.query(
        `WITH agg AS (
           SELECT m.campaign_id, count(*)::int AS n, min(c.created_at) AS first_at, max(c.created_at) AS last_at
             FROM campaign_member m JOIN comment c ON c.id = m.comment_id
            WHERE m.campaign_id = ANY($1::uuid[]) GROUP BY m.campaign_id),
         upd AS (
           UPDATE campaign cp SET size = agg.n, first_at = agg.first_at, last_at = agg.last_at
             FROM agg WHERE cp.id = agg.campaign_id AND agg.n > 1),
         ended AS (
           DELETE FROM campaign cp WHERE cp.id = ANY($1::uuid[])
             AND NOT EXISTS (SELECT 1 FROM agg WHERE agg.campaign_id = cp.id AND agg.n > 1)
           RETURNING cp.representative_comment_id)
         UPDATE comment_lsh_band b SET representative = false FROM ended
          WHERE b.comment_id = ended.representative_comment_id`,
        [result.shrunk],
      );
    }
    await this.outbox.enqueue(
      manager,
      [...result.touched].map(([campaignId, commentIds]) => ({
        topic: SynthesisTopic.campaignUpdated,
        aggregateId: campaignId,
        payload: { draftId, campaignId, commentIds } satisfies CampaignUpdatedPayload,
      })),
    );
  }
}
