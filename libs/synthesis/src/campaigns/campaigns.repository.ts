import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A comment of a grouping batch, with its campaign and signature as stored. */
export interface BatchRow {
  id: string;
  body: string;
  eligible: boolean;
  createdAt: Date;
  campaignId: string | null;
  isRepresentative: boolean;
  exactHash: string | null;
}

/** A member of a campaign, with its stored signature (values packed, packInt32). */
export interface StoredMember {
  commentId: string;
  campaignId: string;
  representative: boolean;
  createdAt: Date;
  exactHash: string;
  shingles: Buffer;
  minhash: Buffer;
}

/** A signed comment with the same folded text as a batch comment. */
export interface ExactMatch {
  hash: string;
  commentId: string;
  campaignId: string | null;
  shingles: Buffer;
}

/** A head proposed by LSH, with the (band, bucket) pairs it was found under. */
export interface ProposedHead {
  commentId: string;
  campaignId: string | null;
  shingles: Buffer;
  bands: number[];
  buckets: number[];
}

/** A signature to store, its values packed (packInt32). */
export interface PackedSignature {
  commentId: string;
  exactHash: string;
  shingles: Buffer;
  minhash: Buffer;
}

/**
 * The queries of campaigns: campaign, campaign_member, comment_signature and comment_lsh_band.
 * CampaignGrouper's run in its transaction (every method taking an EntityManager), each one
 * statement in bulk over the batch; the loader's read runs on its own.
 */
@Injectable()
export class CampaignsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Each comment's campaign with the campaign's published size, for those in one. */
  async ofComments(commentIds: string[]): Promise<{ commentId: string; id: string; size: number }[]> {
    return this.dataSource.query<{ commentId: string; id: string; size: number }[]>(
      `WITH mine AS (
         SELECT comment_id, campaign_id FROM campaign_member WHERE comment_id = ANY($1::uuid[])
       ), sizes AS (
         SELECT m.campaign_id, count(*)::int AS size
           FROM campaign_member m JOIN comment c ON c.id = m.comment_id AND c.status = 'PUBLISHED'
          WHERE m.campaign_id IN (SELECT campaign_id FROM mine)
          GROUP BY m.campaign_id
       )
       SELECT mine.comment_id AS "commentId", mine.campaign_id AS id, coalesce(sizes.size, 0) AS size
         FROM mine LEFT JOIN sizes USING (campaign_id)`,
      [commentIds],
    );
  }

  /** The per-draft advisory lock: two relays never group the same draft at once. */
  async lockDraft(manager: EntityManager, draftId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('thamvan.campaigns:' || $1, 0))`, [
      draftId,
    ]);
  }

  /** The batch's comments of the draft, in time order. */
  async batch(manager: EntityManager, draftId: string, ids: string[]): Promise<BatchRow[]> {
    return manager.query<BatchRow[]>(
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
  }

  /**
   * Of these campaigns, the representatives, the edited members, and every member of a
   * campaign whose representative was edited.
   */
  async membersOfEdited(
    manager: EntityManager,
    campaignIds: string[],
    editedIds: string[],
  ): Promise<StoredMember[]> {
    return manager.query<StoredMember[]>(
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
      [campaignIds, editedIds],
    );
  }

  /** One signed comment of the draft (grouped or not) per folded-text hash, none of `exclude`. */
  async exactMatches(
    manager: EntityManager,
    draftId: string,
    hashes: string[],
    exclude: string[],
  ): Promise<ExactMatch[]> {
    return manager.query<ExactMatch[]>(
      `SELECT h.hash, x.comment_id AS "commentId", x.campaign_id AS "campaignId", x.shingles
         FROM unnest($2::text[]) h(hash)
         CROSS JOIN LATERAL (
           SELECT s.comment_id, m.campaign_id, s.shingles
             FROM comment_signature s LEFT JOIN campaign_member m ON m.comment_id = s.comment_id
            WHERE s.draft_id = $1 AND s.exact_hash = h.hash AND s.comment_id <> ALL($3::uuid[])
            LIMIT 1) x`,
      [draftId, hashes, exclude],
    );
  }

  /**
   * The heads stored under these (band, bucket) pairs, none of `exclude`: at most `perBucket`
   * representatives and as many other heads per bucket (BUCKET_CANDIDATES).
   */
  async proposedHeads(
    manager: EntityManager,
    draftId: string,
    keys: { bands: number[]; buckets: number[] },
    exclude: string[],
    perBucket: number,
  ): Promise<ProposedHead[]> {
    // One row per proposed head, with the (band, bucket) pairs it was found under: a head
    // sharing several bands with the batch comes (and its shingles are unpacked) once.
    // Representatives first, so near-misses of a letter never hide its campaign.
    return manager.query<ProposedHead[]>(
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
      [draftId, keys.bands, keys.buckets, exclude, perBucket],
    );
  }

  async saveSignatures(
    manager: EntityManager,
    draftId: string,
    signatures: PackedSignature[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO comment_signature (comment_id, draft_id, exact_hash, shingles, minhash)
       SELECT x.comment_id, $1, x.exact_hash, x.shingles, x.minhash
         FROM unnest($2::uuid[], $3::text[], $4::bytea[], $5::bytea[]) AS x(comment_id, exact_hash, shingles, minhash)
       ON CONFLICT (comment_id) DO UPDATE
         SET exact_hash = EXCLUDED.exact_hash, shingles = EXCLUDED.shingles, minhash = EXCLUDED.minhash`,
      [
        draftId,
        signatures.map((s) => s.commentId),
        signatures.map((s) => s.exactHash),
        signatures.map((s) => s.shingles),
        signatures.map((s) => s.minhash),
      ],
    );
  }

  async removeBands(manager: EntityManager, commentIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM comment_lsh_band WHERE comment_id = ANY($1::uuid[])`, [commentIds]);
  }

  async addBands(
    manager: EntityManager,
    draftId: string,
    bands: { id: string; band: number; bucket: number }[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO comment_lsh_band (draft_id, band, bucket, comment_id)
       SELECT $1, * FROM unnest($2::smallint[], $3::int[], $4::uuid[]) ON CONFLICT DO NOTHING`,
      [draftId, bands.map((b) => b.band), bands.map((b) => b.bucket), bands.map((b) => b.id)],
    );
  }

  async deleteCampaigns(manager: EntityManager, campaignIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM campaign WHERE id = ANY($1::uuid[])`, [campaignIds]);
  }

  async removeMembers(manager: EntityManager, commentIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM campaign_member WHERE comment_id = ANY($1::uuid[])`, [commentIds]);
  }

  /** New campaigns, empty, spanning their representative's time; its bands become a representative's. */
  async createCampaigns(
    manager: EntityManager,
    draftId: string,
    campaigns: { id: string; representativeId: string }[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO campaign (id, draft_id, representative_comment_id, size, first_at, last_at)
       SELECT x.id, $1, x.rep, 0, c.created_at, c.created_at
         FROM unnest($2::uuid[], $3::uuid[]) AS x(id, rep) JOIN comment c ON c.id = x.rep`,
      [draftId, campaigns.map((c) => c.id), campaigns.map((c) => c.representativeId)],
    );
    await manager.query(
      `UPDATE comment_lsh_band SET representative = true WHERE comment_id = ANY($1::uuid[])`,
      [campaigns.map((c) => c.representativeId)],
    );
  }

  async saveMembers(
    manager: EntityManager,
    draftId: string,
    members: { commentId: string; campaignId: string }[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO campaign_member (comment_id, campaign_id, draft_id)
       SELECT x.comment_id, x.campaign_id, $1 FROM unnest($2::uuid[], $3::uuid[]) AS x(comment_id, campaign_id)
       ON CONFLICT (comment_id) DO UPDATE SET campaign_id = EXCLUDED.campaign_id`,
      [draftId, members.map((m) => m.commentId), members.map((m) => m.campaignId)],
    );
  }

  /**
   * Growing campaigns (all but `shrunk`): size and time span move by the members just added
   * (no re-aggregation of a 100,000-member campaign per batch).
   */
  async grow(
    manager: EntityManager,
    added: { commentId: string; campaignId: string }[],
    shrunk: string[],
  ): Promise<void> {
    await manager.query(
      `UPDATE campaign cp
          SET size = cp.size + d.n, first_at = least(cp.first_at, d.first_at), last_at = greatest(cp.last_at, d.last_at)
         FROM (SELECT x.campaign_id, count(*)::int AS n, min(c.created_at) AS first_at, max(c.created_at) AS last_at
                 FROM unnest($1::uuid[], $2::uuid[]) AS x(comment_id, campaign_id) JOIN comment c ON c.id = x.comment_id
                GROUP BY x.campaign_id) d
        WHERE cp.id = d.campaign_id AND cp.id <> ALL($3::uuid[])`,
      [added.map((m) => m.commentId), added.map((m) => m.campaignId), shrunk],
    );
  }

  /** Shrinking campaigns (members left): recomputed exactly; one left with a single member ends. */
  async shrink(manager: EntityManager, campaignIds: string[]): Promise<void> {
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
      [campaignIds],
    );
  }
}
