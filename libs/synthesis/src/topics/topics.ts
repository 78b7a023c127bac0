import { createHash } from 'node:crypto';
import { contentRuns, displayForm, phrases } from './text-features';

/**
 * Topics of one provision's comments: comments that make the same point in different words.
 *
 * Method (chosen by measurement on fixtures/corpus.ts, numbers in docs/synthesis.md):
 *  1. Each comment → folded syllable unigrams + bigrams minus stop words (text-features.ts).
 *  2. TF-IDF: sublinear tf (1 + ln tf), smoothed idf (ln((1 + n) / (1 + df)) + 1), syllables
 *     weighted `unigramWeight` against pairs, features seen in fewer than
 *     `minDocumentFrequency` comments not stored but still counted in each vector's L2 norm.
 *  3. A campaign (same campaignId) is one unit whose vector is its members' mean: it counts
 *     once, in document frequencies, sizes and the clustering, however many copies it has.
 *  4. Average-linkage agglomerative clustering on cosine similarity, cut where the average
 *     similarity between two groups falls below `mergeThreshold`: the number of topics
 *     follows from the data. It needs a similarity matrix, so beyond `sampleSize` units it
 *     runs on a deterministic sample (the units of smallest hash); groups smaller than
 *     `minTopicSize` are not topics.
 *  5. Every unit is then assigned to its nearest topic centroid when its cosine to it reaches
 *     `assignThreshold`, else to "Ý kiến khác" (never forced); centroids are recomputed and
 *     units reassigned `refineIterations` times (spherical k-means with an "other" bucket).
 *     Cost: O(n · topics · features per comment) after the sample, memory linear in n.
 */

/** The values of Stance in @thamvan/feedback (kept as strings: this module has no dependencies). */
export type StanceName = 'SUPPORT' | 'OPPOSE' | 'AMEND' | 'QUESTION' | 'NEUTRAL';
export const STANCE_NAMES: readonly StanceName[] = ['SUPPORT', 'OPPOSE', 'AMEND', 'QUESTION', 'NEUTRAL'];
export type StanceCounts = Record<StanceName, number>;

export const OTHER_LABEL = 'Ý kiến khác';
export const OTHER_TOPIC_ID = 'other';

export interface TopicComment {
  id: string;
  text: string;
  campaignId?: string | null;
  stance?: StanceName | null;
}

export interface TopicCampaign {
  campaignId: string;
  /** Comments of the campaign in this topic (the topic's size counts the campaign once). */
  commentCount: number;
}

export interface Topic {
  /** 'topic-' + a hash of the representative comment's id: the same while it stays representative. */
  id: string;
  /** 2–4 characteristic phrases joined by ", ", as most people wrote them. */
  label: string;
  /** Up to 8 characteristic phrases, most characteristic first. */
  phrases: string[];
  /** The comment closest to the topic's centroid. */
  representativeId: string;
  /** Comments outside campaigns + campaigns (each counted once). */
  size: number;
  /** Every comment, campaign copies included. */
  commentCount: number;
  /** Stances of the units counted in size (a campaign by its most common stance). */
  stanceCounts: StanceCounts;
  /** Member comment ids, closest to the centroid first. */
  commentIds: string[];
  campaigns: TopicCampaign[];
}

export interface OtherBucket {
  id: typeof OTHER_TOPIC_ID;
  label: typeof OTHER_LABEL;
  size: number;
  commentCount: number;
  stanceCounts: StanceCounts;
  /** In input id order. */
  commentIds: string[];
  campaigns: TopicCampaign[];
}

export interface TopicsResult {
  /** Largest first (size, then id). */
  topics: Topic[];
  /** Comments that fit no topic; null when there are none. */
  other: OtherBucket | null;
}

export interface TopicOptions {
  /** Average cosine similarity at which two groups still merge. */
  mergeThreshold: number;
  /** Cosine to a topic centroid a comment needs to belong to it. */
  assignThreshold: number;
  /** Smallest topic, in units (campaigns count once); the default grows with the input. */
  minTopicSize?: number;
  /** Units clustered pairwise; the rest are assigned to the resulting centroids. */
  sampleSize: number;
  refineIterations: number;
  minDocumentFrequency: number;
  /** Features in more than this share of the comments are dropped: the provision's own subject. */
  maxDocumentShare: number;
  /** Weight of a syllable against a two-syllable phrase (a syllable is often part of several words). */
  unigramWeight: number;
  maxPhrases: number;
  labelPhrases: number;
}

export const DEFAULT_TOPIC_OPTIONS: TopicOptions = {
  mergeThreshold: 0.08,
  assignThreshold: 0.2,
  sampleSize: 2000,
  refineIterations: 3,
  minDocumentFrequency: 2,
  maxDocumentShare: 1,
  unigramWeight: 1.5,
  maxPhrases: 8,
  labelPhrases: 3,
};

/** The smallest topic when not given: 3 units, or 1% of the clustered units when more. */
export function defaultMinTopicSize(units: number): number {
  return Math.max(3, Math.ceil(0.01 * units));
}

/**
 * A compressed sparse row matrix of TF-IDF vectors, one row per comment, L2-normalised over all
 * its features; only the columns of kept features are stored (in no particular order).
 */
export interface TfIdfMatrix {
  rows: number;
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
  /** Folded feature of each column. */
  features: string[];
}

/** Growable Int32Array, so millions of feature occurrences do not become boxed JS arrays. */
class FloatBuffer {
  data = new Float32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/**
 * TF-IDF of the texts. Document frequencies count a campaign once: `campaigns[doc]` names the
 * campaign a text belongs to (null for none), and its copies add a feature's document
 * frequency once, so a hundred more copies of a letter change no other comment's weights.
 */
export function tfIdf(
  texts: readonly string[],
  campaigns: readonly (string | null | undefined)[],
  minDocumentFrequency: number,
  maxDocumentShare = 1,
  unigramWeight = 1,
): TfIdfMatrix {
  const campaignFeatures = new Map<string, Set<number>>();
  const ids = new Map<string, number>();
  const pairs = new Map<number, number>();
  const names: string[] = [];
  const docOffsets = new Int32Array(texts.length + 1);
  const docFeatures = new IntBuffer();
  const docCounts = new IntBuffer();
  let df = new Int32Array(1024);
  const counts = new Map<number, number>();
  texts.forEach((text, doc) => {
    counts.clear();
    const campaign = campaigns[doc];
    let seenInCampaign: Set<number> | undefined;
    if (campaign) {
      seenInCampaign = campaignFeatures.get(campaign) ?? new Set<number>();
      campaignFeatures.set(campaign, seenInCampaign);
    }
    // The features of textFeatures, numbered without building a string per bigram: a bigram
    // is looked up by the numbers of its two syllables (a third of the time at 100,000).
    for (const run of contentRuns(text)) {
      let previous = -1;
      for (const [, syllable] of run) {
        let id = ids.get(syllable);
        if (id === undefined) {
          id = names.length;
          ids.set(syllable, id);
          names.push(syllable);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
        if (previous >= 0) {
          const key = previous * 0x200000 + id;
          let pair = pairs.get(key);
          if (pair === undefined) {
            pair = names.length;
            pairs.set(key, pair);
            names.push(`${names[previous]} ${syllable}`);
          }
          counts.set(pair, (counts.get(pair) ?? 0) + 1);
        }
        previous = id;
      }
    }
    for (const [id, count] of counts) {
      docFeatures.push(id);
      docCounts.push(count);
      if (id >= df.length) {
        const grown = new Int32Array(Math.max(df.length * 2, id + 1));
        grown.set(df);
        df = grown;
      }
      if (seenInCampaign?.has(id)) continue;
      seenInCampaign?.add(id);
      df[id]++;
    }
    docOffsets[doc + 1] = docFeatures.length;
  });
  ids.clear();
  pairs.clear();
  const documents = texts.length - campaigns.filter(Boolean).length + campaignFeatures.size;

  // Columns: features in at least minDocumentFrequency comments, numbered in first-seen order.
  const column = new Int32Array(names.length).fill(-1);
  const features: string[] = [];
  const idf: number[] = [];
  for (let id = 0; id < names.length; id++) {
    if (df[id] < minDocumentFrequency || df[id] > maxDocumentShare * documents) continue;
    column[id] = features.length;
    features.push(names[id]);
    idf.push((Math.log((1 + documents) / (1 + df[id])) + 1) * (names[id].includes(' ') ? 1 : unigramWeight));
  }

  const rareIdf = Math.log((1 + documents) / 2) + 1; // unigram or not: rare is rare
  const offsets = new Int32Array(texts.length + 1);
  const indices = new IntBuffer();
  const valueList = new FloatBuffer();
  for (let doc = 0; doc < texts.length; doc++) {
    const start = indices.length;
    let squares = 0;
    for (let k = docOffsets[doc]; k < docOffsets[doc + 1]; k++) {
      const id = docFeatures.data[k];
      const col = column[id];
      const tf = 1 + Math.log(docCounts.data[k]);
      if (col >= 0) {
        indices.push(col);
        valueList.push(tf * idf[col]);
      }
      // A feature too rare to keep still counts in the norm: a comment made mostly of words
      // nobody else used is far from everything, not close to whatever its one common word
      // is close to. Too common features are dropped as stop words, from the norm too.
      if (col >= 0 || df[id] < minDocumentFrequency) squares += (tf * (col >= 0 ? idf[col] : rareIdf)) ** 2;
    }
    const norm = Math.sqrt(squares);
    for (let k = start; k < indices.length; k++) valueList.data[k] /= norm;
    offsets[doc + 1] = indices.length;
  }
  return {
    rows: texts.length,
    offsets,
    indices: indices.data.slice(0, indices.length),
    values: valueList.data.slice(0, valueList.length),
    features,
  };
}

/** A unit of clustering: one comment, or one campaign's comments. */
interface Unit {
  key: string;
  members: number[];
  /** Sparse vector, norm ≤ 1; empty when no member has a kept feature. */
  indices: Int32Array;
  values: Float32Array;
}

function buildUnits(comments: readonly TopicComment[], m: TfIdfMatrix): Unit[] {
  const byKey = new Map<string, number[]>();
  comments.forEach((c, i) => {
    const key = c.campaignId ? `campaign:${c.campaignId}` : `comment:${c.id}`;
    const members = byKey.get(key);
    if (members) members.push(i);
    else byKey.set(key, [i]);
  });
  const units: Unit[] = [];
  for (const [key, members] of byKey) {
    if (members.length === 1) {
      // A comment on its own is its row of the matrix: a view, not a copy.
      const [from, to] = [m.offsets[members[0]], m.offsets[members[0] + 1]];
      units.push({
        key,
        members,
        indices: m.indices.subarray(from, to),
        values: m.values.subarray(from, to),
      });
      continue;
    }
    const sum = new Map<number, number>();
    for (const doc of members) {
      for (let k = m.offsets[doc]; k < m.offsets[doc + 1]; k++) {
        sum.set(m.indices[k], (sum.get(m.indices[k]) ?? 0) + m.values[k]);
      }
    }
    const cols = [...sum.keys()].sort((a, b) => a - b);
    // The members' mean, not renormalised: each member's vector has norm ≤ 1 (rare words
    // hold the rest), and so has their mean.
    const values = Float32Array.from(cols, (c) => sum.get(c)! / members.length);
    units.push({ key, members, indices: Int32Array.from(cols), values });
  }
  return units;
}

/** FNV-1a, 32 bits: a cheap deterministic hash to draw the sample with. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Average-linkage clustering of `units` by cosine similarity, by the nearest-neighbour chain
 * (O(n²) time and one n × n Float32 matrix): groups whose average similarity is at least
 * `threshold`, as lists of indices into `units`.
 */
export function averageLinkage(
  units: readonly { indices: Int32Array; values: Float32Array }[],
  threshold: number,
): number[][] {
  const n = units.length;
  if (n === 0) return [];
  // Similarities through an inverted index: the cost is the sum of squared column counts.
  const postings = new Map<number, [number, number][]>();
  units.forEach((u, i) => {
    for (let k = 0; k < u.indices.length; k++) {
      const list = postings.get(u.indices[k]) ?? [];
      list.push([i, u.values[k]]);
      postings.set(u.indices[k], list);
    }
  });
  const sim = new Float32Array(n * n);
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const [i, wi] = list[a];
      for (let b = a + 1; b < list.length; b++) {
        const [j, wj] = list[b];
        sim[i * n + j] += wi * wj;
        sim[j * n + i] += wi * wj;
      }
    }
  }
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: [number, number, number][] = [];
  const chain: number[] = [];
  let remaining = n;
  let start = 0;
  while (remaining > 1) {
    if (chain.length === 0) {
      while (!active[start]) start++;
      chain.push(start);
    }
    const a = chain[chain.length - 1];
    const previous = chain.length > 1 ? chain[chain.length - 2] : -1;
    // The most similar active group; the previous link of the chain wins ties, so it ends.
    let best = previous;
    let bestSim = previous >= 0 ? sim[a * n + previous] : -Infinity;
    for (let c = 0; c < n; c++) {
      if (c === a || !active[c]) continue;
      const s = sim[a * n + c];
      if (s > bestSim) {
        best = c;
        bestSim = s;
      }
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.pop();
    chain.pop();
    const [keep, gone] = a < best ? [a, best] : [best, a];
    merges.push([keep, gone, bestSim]);
    const sk = size[keep];
    const sg = size[gone];
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === keep || c === gone) continue;
      const s = (sk * sim[keep * n + c] + sg * sim[gone * n + c]) / (sk + sg);
      sim[keep * n + c] = sim[c * n + keep] = s;
    }
    size[keep] = sk + sg;
    active[gone] = 0;
    remaining--;
  }
  // Average linkage has no inversions, so the merges above the threshold are the cut.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const [i, j, s] of merges) if (s >= threshold) parent[find(j)] = find(i);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(i);
    groups.set(root, group);
  }
  return [...groups.values()];
}

function dot(u: Unit, centroid: Float64Array): number {
  let s = 0;
  for (let k = 0; k < u.indices.length; k++) s += u.values[k] * centroid[u.indices[k]];
  return s;
}

/** Normalised mean of the units' vectors, dense over the columns. */
function centroidOf(units: readonly Unit[], members: readonly number[], columns: number): Float64Array {
  const c = new Float64Array(columns);
  for (const i of members) {
    const u = units[i];
    for (let k = 0; k < u.indices.length; k++) c[u.indices[k]] += u.values[k];
  }
  let norm = 0;
  for (let k = 0; k < columns; k++) norm += c[k] * c[k];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < columns; k++) c[k] /= norm;
  return c;
}

const emptyStances = (): StanceCounts => ({ SUPPORT: 0, OPPOSE: 0, AMEND: 0, QUESTION: 0, NEUTRAL: 0 });

/** A unit's stance: its comment's, or a campaign's most common (ties in STANCE_NAMES order). */
function unitStance(unit: Unit, comments: readonly TopicComment[]): StanceName | null {
  const counts = emptyStances();
  let any = false;
  for (const i of unit.members) {
    const s = comments[i].stance;
    if (s && s in counts) {
      counts[s]++;
      any = true;
    }
  }
  if (!any) return null;
  return STANCE_NAMES.reduce((best, s) => (counts[s] > counts[best] ? s : best), STANCE_NAMES[0]);
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildTopics(
  input: readonly TopicComment[],
  options: Partial<TopicOptions> = {},
): TopicsResult {
  const opts = { ...DEFAULT_TOPIC_OPTIONS, ...options };
  // Sorted by id, so the result does not depend on the order comments arrive in.
  const comments = [...input].sort((a, b) => byString(a.id, b.id));
  if (comments.length === 0) return { topics: [], other: null };
  const matrix = tfIdf(
    comments.map((c) => c.text),
    comments.map((c) => c.campaignId),
    opts.minDocumentFrequency,
    opts.maxDocumentShare,
    opts.unigramWeight,
  );
  const columns = matrix.features.length;
  const units = buildUnits(comments, matrix);
  const withWords = units.map((u, i) => i).filter((i) => units[i].indices.length > 0);

  // 4. Cluster a deterministic sample pairwise.
  const sample =
    withWords.length <= opts.sampleSize
      ? withWords
      : withWords
          .map((i) => [fnv1a(units[i].key), i] as const)
          .sort((a, b) => a[0] - b[0] || a[1] - b[1])
          .slice(0, opts.sampleSize)
          .map(([, i]) => i)
          .sort((a, b) => a - b);
  const minSize = opts.minTopicSize ?? defaultMinTopicSize(sample.length);
  let centroids = averageLinkage(
    sample.map((i) => units[i]),
    opts.mergeThreshold,
  )
    .filter((group) => group.length >= minSize)
    .map((group) =>
      centroidOf(
        units,
        group.map((k) => sample[k]),
        columns,
      ),
    );

  // 5. Assign every unit, refine the centroids; topics that shrink below the minimum dissolve.
  const minAssigned = opts.minTopicSize ?? defaultMinTopicSize(withWords.length);
  for (let round = 0; round < opts.refineIterations && centroids.length; round++) {
    const assignment = assign(units, withWords, centroids, opts.assignThreshold);
    const members = centroids.map(() => [] as number[]);
    for (const i of withWords) if (assignment[i] >= 0) members[assignment[i]].push(i);
    centroids = members.filter((m) => m.length >= minAssigned).map((m) => centroidOf(units, m, columns));
  }
  let assignment = assign(units, withWords, centroids, opts.assignThreshold);
  // The last assignment may still leave a topic below the minimum: it dissolves, its units go
  // to the remaining topics or to "other" (each pass removes a centroid, so this ends).
  for (;;) {
    const sizes = new Int32Array(centroids.length);
    for (const i of withWords) if (assignment[i] >= 0) sizes[assignment[i]]++;
    if (sizes.every((n) => n >= minAssigned)) break;
    centroids = centroids.filter((_, t) => sizes[t] >= minAssigned);
    assignment = assign(units, withWords, centroids, opts.assignThreshold);
  }

  const reference = labelReference(
    comments,
    units.map((u) => u.members[0]),
  );
  const topics = centroids
    .map((centroid, t) => describeTopic(comments, units, matrix, centroid, t, assignment, reference, opts))
    .filter((t): t is Topic => t !== null)
    .sort((a, b) => b.size - a.size || byString(a.id, b.id));

  const otherUnits = units.map((_, i) => i).filter((i) => assignment[i] < 0);
  return { topics, other: otherUnits.length ? describeOther(comments, units, otherUnits) : null };
}

function assign(
  units: readonly Unit[],
  withWords: readonly number[],
  centroids: readonly Float64Array[],
  threshold: number,
): Int32Array {
  const assignment = new Int32Array(units.length).fill(-1);
  for (const i of withWords) {
    let best = -1;
    let bestSim = threshold;
    centroids.forEach((c, t) => {
      const s = dot(units[i], c);
      if (s >= bestSim && (best < 0 || s > bestSim)) {
        best = t;
        bestSim = s;
      }
    });
    assignment[i] = best;
  }
  return assignment;
}

function campaignsOf(
  comments: readonly TopicComment[],
  units: readonly Unit[],
  memberUnits: readonly number[],
): TopicCampaign[] {
  return memberUnits
    .filter((i) => units[i].key.startsWith('campaign:'))
    .map((i) => ({
      campaignId: comments[units[i].members[0]].campaignId!,
      commentCount: units[i].members.length,
    }))
    .sort((a, b) => b.commentCount - a.commentCount || byString(a.campaignId, b.campaignId));
}

function stanceCountsOf(
  comments: readonly TopicComment[],
  units: readonly Unit[],
  memberUnits: readonly number[],
): StanceCounts {
  const counts = emptyStances();
  for (const i of memberUnits) {
    const s = unitStance(units[i], comments);
    if (s) counts[s]++;
  }
  return counts;
}

function describeTopic(
  comments: readonly TopicComment[],
  units: readonly Unit[],
  matrix: TfIdfMatrix,
  centroid: Float64Array,
  t: number,
  assignment: Int32Array,
  reference: LabelReference,
  opts: TopicOptions,
): Topic | null {
  const memberUnits = units.map((_, i) => i).filter((i) => assignment[i] === t);
  if (memberUnits.length === 0) return null;
  // Members by their own cosine to the centroid (a campaign copy by its own text).
  const members = memberUnits
    .flatMap((i) => units[i].members.map((doc) => ({ doc, unit: i })))
    .map(({ doc, unit }) => {
      let s = 0;
      for (let k = matrix.offsets[doc]; k < matrix.offsets[doc + 1]; k++)
        s += matrix.values[k] * centroid[matrix.indices[k]];
      return { doc, unit, s, first: false };
    })
    .sort((a, b) => b.s - a.s || byString(comments[a.doc].id, comments[b.doc].id));
  const seenUnits = new Set<number>();
  for (const m of members) {
    m.first = !seenUnits.has(m.unit);
    seenUnits.add(m.unit);
  }
  const representative = comments[members[0].doc];
  const topicPhrases = characteristicPhrases(
    comments,
    reference,
    // One comment per unit, the closest first: a campaign's copies would speak for it many times.
    members.filter((m) => m.first).map((m) => m.doc),
    opts.maxPhrases,
  );
  return {
    id: `topic-${createHash('sha1').update(representative.id).digest('hex').slice(0, 12)}`,
    label: topicPhrases.slice(0, opts.labelPhrases).join(', '),
    phrases: topicPhrases,
    representativeId: representative.id,
    size: memberUnits.length,
    commentCount: members.length,
    stanceCounts: stanceCountsOf(comments, units, memberUnits),
    commentIds: members.map((m) => comments[m.doc].id),
    campaigns: campaignsOf(comments, units, memberUnits),
  };
}

/**
 * What labels are compared with: phrases (folded, up to LABEL_MAX_SYLLABLES) of up to
 * LABEL_REFERENCE comments spread evenly over the input, each comment's phrases once.
 */
interface LabelReference {
  docs: number[];
  phrasesOf: Map<number, string[]>;
  df: Map<string, number>;
}

const LABEL_MAX_SYLLABLES = 5;
const LABEL_REFERENCE = 3000;
const LABEL_MEMBERS = 500;
/** A single syllable scores this much of a phrase of several: it is often part of several words. */
const SYLLABLE_WEIGHT = 0.4;

/** The reference: one comment per unit (a campaign once), at most LABEL_REFERENCE spread evenly. */
function labelReference(comments: readonly TopicComment[], heads: readonly number[]): LabelReference {
  const step = Math.max(1, heads.length / LABEL_REFERENCE);
  const docs: number[] = [];
  for (let x = 0; Math.floor(x) < heads.length && docs.length < LABEL_REFERENCE; x += step)
    docs.push(heads[Math.floor(x)]);
  const phrasesOf = new Map<number, string[]>();
  const df = new Map<string, number>();
  for (const d of docs) {
    const unique = [...new Set(phrases(comments[d].text, LABEL_MAX_SYLLABLES).map((p) => p.folded))];
    phrasesOf.set(d, unique);
    for (const f of unique) df.set(f, (df.get(f) ?? 0) + 1);
  }
  return { docs, phrasesOf, df };
}

const contains = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);
const sharesSyllable = (a: string, b: string) => {
  const syllables = new Set(a.split(' '));
  return b.split(' ').some((s) => syllables.has(s));
};

/**
 * The topic's phrases, most characteristic first: phrases of 1–4 syllables frequent among
 * its comments and rarer elsewhere, scored p_in · ln((p_in + α) / (p_out + α)) where p is the
 * share of comments using the phrase (inside: its closest LABEL_MEMBERS; outside: the
 * reference comments not in the topic). A phrase absorbs the shorter ones it contains when
 * used nearly as often (≥ 70%), so "xóa dữ liệu" shows instead of "xóa" and of the seam
 * "xóa dữ"; a phrase sharing a syllable with a better one is left out, and so are fragments.
 */
function characteristicPhrases(
  comments: readonly TopicComment[],
  reference: LabelReference,
  docs: readonly number[],
  max: number,
): string[] {
  const members = docs.slice(0, LABEL_MEMBERS);
  const inTopic = new Set(docs);
  const dfIn = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const neighbours = new Map<
    string,
    { total: number; before: Map<string, number>; after: Map<string, number> }
  >();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const d of members) {
    const seen = new Set<string>();
    for (const p of phrases(comments[d].text, LABEL_MAX_SYLLABLES)) {
      const written = forms.get(p.folded) ?? new Map<string, number>();
      bump(written, p.written);
      forms.set(p.folded, written);
      const around = neighbours.get(p.folded) ?? {
        total: 0,
        before: new Map<string, number>(),
        after: new Map<string, number>(),
      };
      around.total++;
      if (p.before) bump(around.before, p.before);
      if (p.after) bump(around.after, p.after);
      neighbours.set(p.folded, around);
      if (!seen.has(p.folded)) bump(dfIn, p.folded);
      seen.add(p.folded);
    }
  }
  // A fragment of a longer phrase: nearly always next to the same syllable ("liệu" of "dữ
  // liệu", "nhận diện khuôn" of "nhận diện khuôn mặt", "thập dữ liệu" of "thu thập dữ liệu").
  const fragment = (f: string) => {
    const around = neighbours.get(f)!;
    const top = (m: Map<string, number>) => Math.max(0, ...m.values());
    return Math.max(top(around.before), top(around.after)) >= 0.8 * around.total;
  };
  // Outside = the reference minus its comments in this topic (not a copy of the whole map).
  const dfInReference = new Map<string, number>();
  let outside = reference.docs.length;
  for (const d of reference.docs) {
    if (!inTopic.has(d)) continue;
    outside--;
    for (const f of reference.phrasesOf.get(d)!) bump(dfInReference, f);
  }
  const alpha = 0.01;
  const minCount = Math.max(2, Math.ceil(0.05 * members.length));
  const scored = [...dfIn.entries()]
    .filter(([f, n]) => n >= minCount && !fragment(f))
    .map(([f, n]) => {
      const pIn = n / members.length;
      const dfOut = (reference.df.get(f) ?? 0) - (dfInReference.get(f) ?? 0);
      const pOut = outside > 0 ? dfOut / outside : 0;
      const weight = f.includes(' ') ? 1 : SYLLABLE_WEIGHT;
      return { f, n, score: weight * pIn * Math.log((pIn + alpha) / (pOut + alpha)) };
    })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || b.f.length - a.f.length || byString(a.f, b.f));

  const chosen: { f: string; n: number }[] = [];
  for (const c of scored) {
    if (chosen.length >= max && !chosen.some((h) => contains(c.f, h.f))) continue;
    if (chosen.some((h) => contains(h.f, c.f))) continue;
    const inside = chosen.filter((h) => contains(c.f, h.f));
    if (chosen.some((h) => !inside.includes(h) && sharesSyllable(h.f, c.f))) continue;
    if (inside.length) {
      if (c.n < 0.7 * Math.max(...inside.map((h) => h.n))) continue;
      const at = chosen.indexOf(inside[0]);
      chosen[at] = c;
      for (const h of inside.slice(1)) chosen.splice(chosen.indexOf(h), 1);
      continue;
    }
    chosen.push(c);
  }
  return chosen.slice(0, max).map((c) => displayForm(c.f, forms.get(c.f)));
}

function describeOther(
  comments: readonly TopicComment[],
  units: readonly Unit[],
  memberUnits: readonly number[],
): OtherBucket {
  const docs = memberUnits.flatMap((i) => units[i].members).sort((a, b) => a - b);
  return {
    id: OTHER_TOPIC_ID,
    label: OTHER_LABEL,
    size: memberUnits.length,
    commentCount: docs.length,
    stanceCounts: stanceCountsOf(comments, units, memberUnits),
    commentIds: docs.map((d) => comments[d].id),
    campaigns: campaignsOf(comments, units, memberUnits),
  };
}
