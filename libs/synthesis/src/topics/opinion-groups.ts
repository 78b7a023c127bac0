import { seededRandom } from '@thamvan/core';

/**
 * Opinion groups of a draft, as Polis publishes its method: people who react alike to the same
 * comments, found from agree/disagree reactions alone (the text plays no part).
 *
 *  1. A person × comment matrix: +1 agree, −1 disagree, 0 pass; only comments with at least
 *     `minVotesPerComment` reactions and people with at least `minVotesPerPerson` on them.
 *  2. Columns centred on their mean over those who reacted; a missing reaction is the mean
 *     (0 once centred), so the matrix stays sparse: memory is linear in the reactions.
 *  3. PCA to two components by power iteration on XᵀX (deflated for the second), never
 *     forming XᵀX. Like Polis, a person's projection is scaled by √(comments / their reactions),
 *     so people who reacted to few comments are not all piled up at the centre.
 *  4. k-means on the 2-D projections for k = 2..5 (k-means++ seeding from a fixed seed, three
 *     starts, the lowest inertia kept), k chosen by the mean silhouette (over at most
 *     `silhouetteSample` people spread evenly: it is quadratic).
 *  5. Per group, its representative comments (Polis "repness"): pa = (1 + agrees) / (2 + reactions)
 *     in the group, ra = pa / the same outside it; comments with pa > 0.5 and ra > 1, by ra · pa.
 *  6. Consensus: comments that every group agrees with, agree share ≥ `consensusAgree` with at
 *     least `consensusMinVotes` reactions in each group.
 * With too few people or comments it says so ({ enoughData: false }) rather than invent groups.
 */

export interface Reaction {
  personId: string;
  commentId: string;
  /** +1 agree, −1 disagree, 0 pass (seen, no opinion). */
  value: 1 | -1 | 0;
}

export interface OpinionGroupOptions {
  minPeople: number;
  minComments: number;
  minVotesPerComment: number;
  minVotesPerPerson: number;
  kMin: number;
  kMax: number;
  topComments: number;
  consensusAgree: number;
  consensusMinVotes: number;
  seed: number;
  /** People k-means runs on; beyond, an evenly spread subset, and the rest join the nearest group. */
  clusterSample: number;
  /** People used for the silhouette (it is quadratic); beyond, an evenly spread subset. */
  silhouetteSample: number;
  /**
   * How many times more of the variance the first component must explain than it would if
   * reactions were independent noise, before groups are drawn.
   */
  minStructure: number;
}

export const DEFAULT_OPINION_GROUP_OPTIONS: OpinionGroupOptions = {
  minPeople: 10,
  minComments: 3,
  minVotesPerComment: 3,
  minVotesPerPerson: 2,
  kMin: 2,
  kMax: 5,
  topComments: 5,
  consensusAgree: 0.6,
  consensusMinVotes: 3,
  seed: 1,
  clusterSample: 5000,
  silhouetteSample: 1500,
  minStructure: 1.5,
};

export interface GroupComment {
  commentId: string;
  /** Share of the group's reactions to it that agree. */
  agreeShare: number;
  /** The same among everyone outside the group. */
  agreeShareOthers: number;
  /** Polis ra: smoothed agree probability in the group over outside it. */
  repness: number;
  reactions: number;
}

export interface OpinionGroup {
  /** 'group-1'…, largest group first. */
  id: string;
  size: number;
  personIds: string[];
  /** Where the group sits on the two components (for a map). */
  center: [number, number];
  topComments: GroupComment[];
}

export interface ConsensusComment {
  commentId: string;
  /** Agree share in each group, in groups' order. */
  agreeShares: number[];
  minAgreeShare: number;
}

export type OpinionGroupsResult =
  | {
      enoughData: false;
      reason: 'too-few-people' | 'too-few-comments' | 'no-clear-groups';
      message: string;
      people: number;
      comments: number;
    }
  | {
      enoughData: true;
      groups: OpinionGroup[];
      consensus: ConsensusComment[];
      /** People and comments that took part (after the minimums). */
      people: number;
      comments: number;
      silhouette: number;
      /** Share of the centred matrix's variance the two components explain. */
      explainedVariance: number;
    };

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** People's reactions as sparse rows: comment column and value (−1, 0, +1), sorted by column. */
interface Votes {
  people: string[];
  comments: string[];
  rows: { cols: Int32Array; values: Int8Array }[];
}

function collect(reactions: readonly Reaction[], opts: OpinionGroupOptions): Votes {
  // The last reaction of a person to a comment counts (a changed mind).
  const latest = new Map<string, Map<string, number>>();
  for (const r of reactions) {
    const person = latest.get(r.personId) ?? new Map<string, number>();
    person.set(r.commentId, r.value);
    latest.set(r.personId, person);
  }
  const perComment = new Map<string, number>();
  for (const person of latest.values())
    for (const c of person.keys()) perComment.set(c, (perComment.get(c) ?? 0) + 1);
  const comments = [...perComment.entries()]
    .filter(([, n]) => n >= opts.minVotesPerComment)
    .map(([c]) => c)
    .sort(byString);
  const column = new Map(comments.map((c, j) => [c, j]));
  const people: string[] = [];
  const rows: Votes['rows'] = [];
  for (const personId of [...latest.keys()].sort(byString)) {
    const cells = [...latest.get(personId)!.entries()]
      .filter(([c]) => column.has(c))
      .map(([c, v]) => [column.get(c)!, v] as const)
      .sort((a, b) => a[0] - b[0]);
    if (cells.length < opts.minVotesPerPerson) continue;
    people.push(personId);
    rows.push({ cols: Int32Array.from(cells, ([j]) => j), values: Int8Array.from(cells, ([, v]) => v) });
  }
  return { people, comments, rows };
}

/** Two principal components of the column-centred sparse matrix, and the projections. */
function project(votes: Votes, seed: number): { points: Float64Array; explained: number; structure: number } {
  const n = votes.rows.length;
  const m = votes.comments.length;
  const sum = new Float64Array(m);
  const count = new Float64Array(m);
  for (const row of votes.rows) {
    for (let k = 0; k < row.cols.length; k++) {
      sum[row.cols[k]] += row.values[k];
      count[row.cols[k]]++;
    }
  }
  const mean = sum.map((s, j) => (count[j] ? s / count[j] : 0));
  const centred = votes.rows.map((row) => Float64Array.from(row.values, (v, k) => v - mean[row.cols[k]]));
  // X·v and Xᵀ·u over the stored cells (a missing cell is 0 once centred).
  const times = (v: Float64Array) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const cols = votes.rows[i].cols;
      const values = centred[i];
      let s = 0;
      for (let k = 0; k < cols.length; k++) s += values[k] * v[cols[k]];
      out[i] = s;
    }
    return out;
  };
  const timesT = (u: Float64Array) => {
    const out = new Float64Array(m);
    for (let i = 0; i < n; i++) {
      const cols = votes.rows[i].cols;
      const values = centred[i];
      for (let k = 0; k < cols.length; k++) out[cols[k]] += values[k] * u[i];
    }
    return out;
  };
  const normalise = (v: Float64Array) => {
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    if (norm > 0) for (let j = 0; j < v.length; j++) v[j] /= norm;
    return norm;
  };
  const random = seededRandom(seed);
  const components: Float64Array[] = [];
  const eigenvalues: number[] = [];
  for (let c = 0; c < 2; c++) {
    let v = Float64Array.from({ length: m }, () => random() - 0.5);
    let lambda = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      const w = timesT(times(v));
      for (const prior of components) {
        const d = w.reduce((s, x, j) => s + x * prior[j], 0);
        for (let j = 0; j < m; j++) w[j] -= d * prior[j];
      }
      const next = normalise(w);
      const change = w.reduce((s, x, j) => s + Math.abs(x - v[j]), 0);
      v = w;
      lambda = next;
      if (change < 1e-6) break;
    }
    // The sign of a component is arbitrary: fix it so its largest coordinate is positive.
    let largest = 0;
    for (let j = 1; j < m; j++) if (Math.abs(v[j]) > Math.abs(v[largest])) largest = j;
    if (v[largest] < 0) for (let j = 0; j < m; j++) v[j] = -v[j];
    components.push(v);
    eigenvalues.push(lambda);
  }
  let total = 0;
  for (const row of centred) for (const x of row) total += x * x;
  const points = new Float64Array(n * 2);
  const [pc1, pc2] = [times(components[0]), times(components[1])];
  votes.rows.forEach((row, i) => {
    const scale = Math.sqrt(m / row.cols.length);
    points[2 * i] = pc1[i] * scale;
    points[2 * i + 1] = pc2[i] * scale;
  });
  // What the first component would explain if reactions were noise: the largest singular
  // value² of an n × m matrix of independent cells is about (√n + √m)² times their variance
  // (Marchenko–Pastur), and the total is n · m times it.
  const noiseShare = Math.min(1, (Math.sqrt(n) + Math.sqrt(m)) ** 2 / (n * m));
  const firstShare = total > 0 ? eigenvalues[0] / total : 0;
  return {
    points,
    explained: total > 0 ? (eigenvalues[0] + eigenvalues[1]) / total : 0,
    structure: noiseShare > 0 ? firstShare / noiseShare : 0,
  };
}

const dist2 = (p: Float64Array, i: number, c: Float64Array, k: number) => {
  const dx = p[2 * i] - c[2 * k];
  const dy = p[2 * i + 1] - c[2 * k + 1];
  return dx * dx + dy * dy;
};

/** The nearest of k centers to each point. */
function nearestCenters(points: Float64Array, centers: Float64Array, k: number): Int32Array {
  const labels = new Int32Array(points.length / 2);
  for (let i = 0; i < labels.length; i++) {
    let bestD = Infinity;
    for (let c = 0; c < k; c++) {
      const d = dist2(points, i, centers, c);
      if (d < bestD) {
        bestD = d;
        labels[i] = c;
      }
    }
  }
  return labels;
}

/** k-means on 2-D points: k-means++ seeding, Lloyd's iterations; labels and inertia. */
function kMeans(
  points: Float64Array,
  k: number,
  random: () => number,
): { labels: Int32Array; inertia: number; centers: Float64Array } {
  const n = points.length / 2;
  const centers = new Float64Array(2 * k);
  const first = Math.floor(random() * n);
  centers[0] = points[2 * first];
  centers[1] = points[2 * first + 1];
  const nearest = new Float64Array(n).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      nearest[i] = Math.min(nearest[i], dist2(points, i, centers, c - 1));
      total += nearest[i];
    }
    let target = random() * total;
    let chosen = n - 1;
    for (let i = 0; i < n; i++) {
      target -= nearest[i];
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
    centers[2 * c] = points[2 * chosen];
    centers[2 * c + 1] = points[2 * chosen + 1];
  }
  const labels = new Int32Array(n).fill(-1);
  let inertia = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let changed = false;
    inertia = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < k; c++) {
        const d = dist2(points, i, centers, c);
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      }
      inertia += bestD;
      if (labels[i] !== best) {
        labels[i] = best;
        changed = true;
      }
    }
    if (!changed) break;
    const sums = new Float64Array(2 * k);
    const sizes = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      sums[2 * labels[i]] += points[2 * i];
      sums[2 * labels[i] + 1] += points[2 * i + 1];
      sizes[labels[i]]++;
    }
    for (let c = 0; c < k; c++) {
      if (!sizes[c]) continue; // an emptied center stays where it was
      centers[2 * c] = sums[2 * c] / sizes[c];
      centers[2 * c + 1] = sums[2 * c + 1] / sizes[c];
    }
  }
  return { labels, inertia, centers };
}

/** Mean silhouette of a labelling, over `subset` (indices), Euclidean in 2-D. */
export function silhouette(
  points: Float64Array,
  labels: Int32Array,
  k: number,
  subset: readonly number[],
): number {
  let total = 0;
  const sums = new Float64Array(k);
  const sizes = new Float64Array(k);
  for (const i of subset) {
    sums.fill(0);
    sizes.fill(0);
    const x = points[2 * i];
    const y = points[2 * i + 1];
    for (const j of subset) {
      if (i === j) continue;
      const dx = x - points[2 * j];
      const dy = y - points[2 * j + 1];
      sums[labels[j]] += Math.sqrt(dx * dx + dy * dy);
      sizes[labels[j]]++;
    }
    const own = labels[i];
    if (!sizes[own]) continue; // a singleton's silhouette is 0
    const a = sums[own] / sizes[own];
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]) b = Math.min(b, sums[c] / sizes[c]);
    if (b === Infinity) continue;
    const s = Math.max(a, b) > 0 ? (b - a) / Math.max(a, b) : 0;
    total += s;
  }
  return subset.length ? total / subset.length : 0;
}

export function buildOpinionGroups(
  reactions: readonly Reaction[],
  options: Partial<OpinionGroupOptions> = {},
): OpinionGroupsResult {
  const opts = { ...DEFAULT_OPINION_GROUP_OPTIONS, ...options };
  const votes = collect(reactions, opts);
  const people = votes.people.length;
  const comments = votes.comments.length;
  if (comments < opts.minComments) {
    return {
      enoughData: false,
      reason: 'too-few-comments',
      message: `${comments} comments have at least ${opts.minVotesPerComment} reactions; opinion groups need ${opts.minComments}.`,
      people,
      comments,
    };
  }
  if (people < opts.minPeople) {
    return {
      enoughData: false,
      reason: 'too-few-people',
      message: `${people} people reacted to at least ${opts.minVotesPerPerson} of those comments; opinion groups need ${opts.minPeople}.`,
      people,
      comments,
    };
  }

  const { points, explained, structure } = project(votes, opts.seed);
  if (structure < opts.minStructure) {
    return {
      enoughData: false,
      reason: 'no-clear-groups',
      message: `People's reactions look like noise: the main direction of disagreement explains ${structure.toFixed(2)}× what it would in random reactions (${opts.minStructure}× needed).`,
      people,
      comments,
    };
  }
  // k-means on at most clusterSample people spread evenly, the silhouette on at most
  // silhouetteSample of those; then everyone joins the nearest center.
  const spread = (count: number, max: number) => {
    const step = Math.max(1, count / max);
    const out: number[] = [];
    for (let x = 0; Math.floor(x) < count && out.length < max; x += step) out.push(Math.floor(x));
    return out;
  };
  const clustered = spread(people, opts.clusterSample);
  const clusterPoints = new Float64Array(clustered.length * 2);
  clustered.forEach((i, k) => {
    clusterPoints[2 * k] = points[2 * i];
    clusterPoints[2 * k + 1] = points[2 * i + 1];
  });
  const subset = spread(clustered.length, opts.silhouetteSample);
  let best: { k: number; centers: Float64Array; score: number } | null = null;
  for (let k = opts.kMin; k <= Math.min(opts.kMax, clustered.length - 1); k++) {
    const random = seededRandom(opts.seed * 1000 + k);
    let run = kMeans(clusterPoints, k, random);
    for (let restart = 1; restart < 3; restart++) {
      const other = kMeans(clusterPoints, k, random);
      if (other.inertia < run.inertia - 1e-9) run = other;
    }
    const score = silhouette(clusterPoints, run.labels, k, subset);
    if (!best || score > best.score + 1e-9) best = { k, centers: run.centers, score };
  }
  const { k, centers, score } = best!;
  const labels = nearestCenters(points, centers, k);

  // Groups largest first (ties: smaller first coordinate), empty ones dropped.
  const members = Array.from({ length: k }, () => [] as number[]);
  labels.forEach((c, i) => members[c].push(i));
  const centerOf = (ids: number[]): [number, number] => [
    ids.reduce((s, i) => s + points[2 * i], 0) / ids.length,
    ids.reduce((s, i) => s + points[2 * i + 1], 0) / ids.length,
  ];
  const groups = members
    .filter((ids) => ids.length > 0)
    .map((ids) => ({ ids, center: centerOf(ids) }))
    .sort((a, b) => b.ids.length - a.ids.length || a.center[0] - b.center[0]);

  // Reactions per group and comment: agree, disagree, pass.
  const tallies = groups.map(() => ({ agree: new Float64Array(comments), seen: new Float64Array(comments) }));
  const totalAgree = new Float64Array(comments);
  const totalSeen = new Float64Array(comments);
  groups.forEach((g, gi) => {
    for (const i of g.ids) {
      const row = votes.rows[i];
      for (let kk = 0; kk < row.cols.length; kk++) {
        const j = row.cols[kk];
        tallies[gi].seen[j]++;
        totalSeen[j]++;
        if (row.values[kk] > 0) {
          tallies[gi].agree[j]++;
          totalAgree[j]++;
        }
      }
    }
  });

  const result: OpinionGroup[] = groups.map((g, gi) => {
    const t = tallies[gi];
    const top: GroupComment[] = [];
    for (let j = 0; j < comments; j++) {
      const outAgree = totalAgree[j] - t.agree[j];
      const outSeen = totalSeen[j] - t.seen[j];
      const pa = (1 + t.agree[j]) / (2 + t.seen[j]);
      const paOut = (1 + outAgree) / (2 + outSeen);
      const ra = pa / paOut;
      if (pa > 0.5 && ra > 1 && t.agree[j] >= 2) {
        top.push({
          commentId: votes.comments[j],
          agreeShare: t.seen[j] ? t.agree[j] / t.seen[j] : 0,
          agreeShareOthers: outSeen ? outAgree / outSeen : 0,
          repness: ra,
          reactions: t.seen[j],
        });
      }
    }
    top.sort(
      (a, b) => b.repness * b.agreeShare - a.repness * a.agreeShare || byString(a.commentId, b.commentId),
    );
    return {
      id: `group-${gi + 1}`,
      size: g.ids.length,
      personIds: g.ids.map((i) => votes.people[i]),
      center: g.center,
      topComments: top.slice(0, opts.topComments),
    };
  });

  const consensus: ConsensusComment[] = [];
  for (let j = 0; j < comments; j++) {
    if (tallies.some((t) => t.seen[j] < opts.consensusMinVotes)) continue;
    const shares = tallies.map((t) => t.agree[j] / t.seen[j]);
    const min = Math.min(...shares);
    if (min >= opts.consensusAgree) {
      consensus.push({ commentId: votes.comments[j], agreeShares: shares, minAgreeShare: min });
    }
  }
  consensus.sort((a, b) => b.minAgreeShare - a.minAgreeShare || byString(a.commentId, b.commentId));

  return {
    enoughData: true,
    groups: result,
    consensus,
    people,
    comments,
    silhouette: score,
    explainedVariance: explained,
  };
}
