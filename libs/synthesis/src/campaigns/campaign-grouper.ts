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
import { BatchRow, CampaignsRepository } from './campaigns.repository';

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
 * grouped comment's. The SQL is CampaignsRepository's, one method per statement.
 */
@Injectable()
export class CampaignGrouper {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(SYNTHESIS_OPTIONS) private readonly options: SynthesisOptions,
    private readonly repository: CampaignsRepository,
  ) {}

  async group(draftId: string, commentIds: readonly string[]): Promise<void> {
    if (!commentIds.length) return;
    await this.dataSource.transaction(async (manager) => {
      await this.repository.lockDraft(manager, draftId);
      await this.groupLocked(manager, draftId, [...new Set(commentIds)]);
    });
  }

  private async groupLocked(manager: EntityManager, draftId: string, ids: string[]): Promise<void> {
    const rows = await this.repository.batch(manager, draftId, ids);
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
    const members = await this.repository.membersOfEdited(
      manager,
      campaignIds,
      edited.map((r) => r.id),
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
    const exact = await this.repository.exactMatches(
      manager,
      draftId,
      [...new Set(queued.map((q) => q.exactHash))],
      exclude,
    );
    const bands: number[] = [];
    const buckets: number[] = [];
    for (const q of queued) {
      bandBuckets(q.minhash).forEach((bucket, band) => {
        bands.push(band);
        buckets.push(bucket);
      });
    }
    // At most BUCKET_CANDIDATES representatives and as many other heads per bucket: see its
    // comment.
    const found = bands.length
      ? await this.repository.proposedHeads(manager, draftId, { bands, buckets }, exclude, BUCKET_CANDIDATES)
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
    await this.repository.saveSignatures(
      manager,
      draftId,
      ids.map((id) => ({
        commentId: id,
        exactHash: rows.get(id)!.exactHash,
        shingles: packInt32(rows.get(id)!.shingles),
        minhash: packInt32(rows.get(id)!.minhash),
      })),
    );
    // Bands of every comment grouped afresh are rewritten: only heads keep (or get) bands.
    const rebanded = result.regrouped.filter((id) => !unsigned.has(id));
    if (rebanded.length) {
      await this.repository.removeBands(manager, rebanded);
    }
    const bands = result.heads.flatMap((id) =>
      bandBuckets(rows.get(id)!.minhash).map((bucket, band) => ({ id, band, bucket })),
    );
    if (bands.length) await this.repository.addBands(manager, draftId, bands);
    if (result.dissolved.length) await this.repository.deleteCampaigns(manager, result.dissolved);
    if (result.left.length) await this.repository.removeMembers(manager, result.left);
    if (result.created.length) await this.repository.createCampaigns(manager, draftId, result.created);
    if (result.members.length) await this.repository.saveMembers(manager, draftId, result.members);
    if (!result.touched.size) return;
    // Growing campaigns move by the members just added; shrinking ones are recomputed.
    if (result.members.length) await this.repository.grow(manager, result.members, result.shrunk);
    if (result.shrunk.length) await this.repository.shrink(manager, result.shrunk);
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
