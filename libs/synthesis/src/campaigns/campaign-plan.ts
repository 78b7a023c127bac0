import { randomUUID } from 'node:crypto';
import { bandBuckets, jaccard } from './text-signature';

export interface QueuedComment {
  id: string;
  createdAt: Date;
  exactHash: string;
  shingles: number[];
  minhash: number[];
}

interface Head {
  campaignId: string | null;
  shingles: number[];
}

export interface PlanResult {
  /** Comments grouped afresh: their signature row (and head status) is rewritten. */
  regrouped: string[];
  /** The regrouped comments that are heads (a representative, or in no campaign): they keep LSH buckets. */
  heads: string[];
  created: { id: string; representativeId: string }[];
  members: { commentId: string; campaignId: string }[];
  left: string[];
  dissolved: string[];
  /** Campaign id → the comments whose membership of it changed (the campaign.updated payload). */
  touched: Map<string, string[]>;
  /** Campaigns that lost members: their size and time span are recomputed, not incremented. */
  shrunk: string[];
}

/**
 * The in-memory half of one grouping batch: the candidates the database proposed (exact
 * duplicates, LSH heads) plus the batch's own comments, decided in time order so that a form
 * letter arriving 1,000 times in one batch still makes one campaign. Pure: no I/O.
 */
export class CampaignPlan {
  private readonly pending: QueuedComment[] = [];
  private readonly pendingIds = new Set<string>();
  private readonly settled = new Set<string>();
  private readonly exact = new Map<string, { commentId: string; campaignId: string | null }>();
  private readonly heads = new Map<string, Head>();
  private readonly bandIndex = new Map<string, Set<string>>();
  private readonly touched = new Map<string, Set<string>>();
  private readonly shrunk = new Set<string>();
  private readonly out: Omit<PlanResult, 'touched' | 'shrunk'> = {
    regrouped: [],
    heads: [],
    created: [],
    members: [],
    left: [],
    dissolved: [],
  };

  constructor(
    readonly draftId: string,
    readonly threshold: number,
  ) {}

  queue(comment: QueuedComment): void {
    if (this.pendingIds.has(comment.id)) return;
    this.pendingIds.add(comment.id);
    this.pending.push(comment);
  }

  queued(): readonly QueuedComment[] {
    return this.pending;
  }

  isSettled(id: string): boolean {
    return this.settled.has(id) || this.pendingIds.has(id);
  }

  /** An edited member that still matches its representative. */
  keep(id: string): void {
    this.settled.add(id);
  }

  leave(id: string, campaignId: string): void {
    this.out.left.push(id);
    this.shrunk.add(campaignId);
    this.touch(campaignId, id);
  }

  dissolve(campaignId: string): void {
    this.out.dissolved.push(campaignId);
    this.touched.set(campaignId, this.touched.get(campaignId) ?? new Set());
  }

  addExact(hash: string, commentId: string, campaignId: string | null, shingles: number[]): void {
    if (!this.exact.has(hash)) this.exact.set(hash, { commentId, campaignId });
    if (!campaignId && !this.heads.has(commentId)) this.heads.set(commentId, { campaignId: null, shingles });
  }

  /** A head the database proposed, with the (band, bucket) pairs it was found under. */
  addHead(
    commentId: string,
    campaignId: string | null,
    shingles: number[],
    keys: readonly { band: number; bucket: number }[],
  ): void {
    if (!this.heads.has(commentId)) this.heads.set(commentId, { campaignId, shingles });
    for (const { band, bucket } of keys) this.index(band, bucket, commentId);
  }

  assign(): void {
    const order = [...this.pending].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
    );
    for (const comment of order) {
      this.out.regrouped.push(comment.id);
      const target = this.exact.get(comment.exactHash)?.commentId ?? this.nearest(comment);
      if (target) this.join(comment, target);
      else this.becomeHead(comment);
    }
  }

  result(): PlanResult {
    return {
      ...this.out,
      touched: new Map([...this.touched].map(([id, set]) => [id, [...set]])),
      shrunk: [...this.shrunk],
    };
  }

  /** The head whose exact similarity is highest and at least the threshold (LSH only proposes). */
  private nearest(comment: QueuedComment): string | null {
    const seen = new Set<string>();
    let best: string | null = null;
    let bestScore = -1;
    bandBuckets(comment.minhash).forEach((bucket, band) => {
      for (const id of this.bandIndex.get(`${band}:${bucket}`) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const score = jaccard(comment.shingles, this.heads.get(id)!.shingles);
        if (score >= this.threshold && score > bestScore) {
          best = id;
          bestScore = score;
        }
      }
    });
    return best;
  }

  private join(comment: QueuedComment, targetId: string): void {
    const exact = this.exact.get(comment.exactHash);
    let campaignId = exact?.commentId === targetId ? exact.campaignId : null;
    const head = this.heads.get(targetId);
    campaignId ??= head?.campaignId ?? null;
    if (!campaignId) {
      campaignId = randomUUID();
      this.out.created.push({ id: campaignId, representativeId: targetId });
      this.out.members.push({ commentId: targetId, campaignId });
      this.touch(campaignId, targetId);
      if (head) head.campaignId = campaignId;
      for (const entry of this.exact.values())
        if (entry.commentId === targetId) entry.campaignId = campaignId;
    }
    this.out.members.push({ commentId: comment.id, campaignId });
    this.touch(campaignId, comment.id);
    if (!this.exact.has(comment.exactHash))
      this.exact.set(comment.exactHash, { commentId: comment.id, campaignId });
  }

  private becomeHead(comment: QueuedComment): void {
    this.heads.set(comment.id, { campaignId: null, shingles: comment.shingles });
    bandBuckets(comment.minhash).forEach((bucket, band) => this.index(band, bucket, comment.id));
    this.out.heads.push(comment.id);
    if (!this.exact.has(comment.exactHash))
      this.exact.set(comment.exactHash, { commentId: comment.id, campaignId: null });
  }

  private index(band: number, bucket: number, commentId: string): void {
    const key = `${band}:${bucket}`;
    const set = this.bandIndex.get(key) ?? new Set<string>();
    set.add(commentId);
    this.bandIndex.set(key, set);
  }

  private touch(campaignId: string, commentId: string): void {
    const set = this.touched.get(campaignId) ?? new Set<string>();
    set.add(commentId);
    this.touched.set(campaignId, set);
  }
}
