import { seededRandom } from '@thamvan/core';
import { adjustedRandIndex } from './fixtures/quality';
import type { Reaction } from './opinion-groups';
import { buildOpinionGroups } from './opinion-groups';

/**
 * Synthetic voters in planted groups: each group has its own block of comments it agrees with
 * (and the other groups mostly disagree with), and every group agrees with the consensus
 * comments. Each person reacts to a random share of the comments, with some noise.
 */
function planted(options: {
  groups: number[];
  blockSize: number;
  consensus: number;
  divisive?: number;
  seen?: number;
  noise?: number;
  seed?: number;
}): { reactions: Reaction[]; groupOf: Map<string, number>; consensusIds: string[] } {
  const random = seededRandom(options.seed ?? 7);
  const seen = options.seen ?? 0.7;
  const noise = options.noise ?? 0.15;
  const k = options.groups.length;
  const blocks = Array.from({ length: k }, (_, g) =>
    Array.from({ length: options.blockSize }, (_, i) => `block${g}-${i}`),
  );
  const consensusIds = Array.from({ length: options.consensus }, (_, i) => `consensus-${i}`);
  // Comments everyone splits on at random: no group agrees with them more than another.
  const divisive = Array.from({ length: options.divisive ?? 4 }, (_, i) => `divisive-${i}`);
  const reactions: Reaction[] = [];
  const groupOf = new Map<string, number>();
  options.groups.forEach((size, g) => {
    for (let p = 0; p < size; p++) {
      const personId = `person-${g}-${p}`;
      groupOf.set(personId, g);
      const vote = (commentId: string, agree: boolean) => {
        if (random() > seen) return;
        const flip = random() < noise;
        const pass = random() < 0.05;
        reactions.push({ personId, commentId, value: pass ? 0 : agree !== flip ? 1 : -1 });
      };
      blocks.forEach((block, b) => block.forEach((c) => vote(c, b === g)));
      consensusIds.forEach((c) => vote(c, true));
      divisive.forEach((c) => vote(c, random() < 0.5));
    }
  });
  return { reactions, groupOf, consensusIds };
}

describe('buildOpinionGroups', () => {
  it('recovers three planted groups, their own comments and the consensus', () => {
    const { reactions, groupOf, consensusIds } = planted({
      groups: [40, 30, 20],
      blockSize: 8,
      consensus: 4,
    });
    const result = buildOpinionGroups(reactions);
    if (!result.enoughData) throw new Error(result.message);

    expect(result.groups).toHaveLength(3);
    expect(result.groups.map((g) => g.size)).toEqual([40, 30, 20]);
    const people = result.groups.flatMap((g) => g.personIds);
    const recovered = result.groups.flatMap((g) => g.personIds.map(() => g.id));
    expect(
      adjustedRandIndex(
        people.map((p) => String(groupOf.get(p))),
        recovered,
      ),
    ).toBe(1);

    // Each group's top comments are its own block (planted group = the majority of its people).
    for (const g of result.groups) {
      const planted = groupOf.get(g.personIds[0])!;
      expect(g.topComments.length).toBeGreaterThan(0);
      for (const c of g.topComments) expect(c.commentId).toMatch(new RegExp(`^block${planted}-`));
      for (const c of g.topComments) expect(c.agreeShare).toBeGreaterThan(c.agreeShareOthers);
    }
    expect(result.consensus.map((c) => c.commentId).sort()).toEqual([...consensusIds].sort());
    for (const c of result.consensus) expect(c.minAgreeShare).toBeGreaterThanOrEqual(0.6);
  });

  it('finds two groups when two are planted', () => {
    const { reactions, groupOf } = planted({ groups: [25, 25], blockSize: 10, consensus: 3, seed: 3 });
    const result = buildOpinionGroups(reactions);
    if (!result.enoughData) throw new Error(result.message);
    expect(result.groups).toHaveLength(2);
    const people = result.groups.flatMap((g) => g.personIds);
    const recovered = result.groups.flatMap((g) => g.personIds.map(() => g.id));
    expect(
      adjustedRandIndex(
        people.map((p) => String(groupOf.get(p))),
        recovered,
      ),
    ).toBeGreaterThan(0.9);
  });

  it('consensus is only what every group agrees with', () => {
    // Block comments are agreed by one group only: never consensus, however large that group.
    const { reactions, consensusIds } = planted({ groups: [60, 15], blockSize: 6, consensus: 2, seed: 11 });
    const result = buildOpinionGroups(reactions);
    if (!result.enoughData) throw new Error(result.message);
    expect(result.consensus.map((c) => c.commentId).sort()).toEqual(consensusIds.sort());
  });

  it('is deterministic and does not depend on the order reactions arrive in', () => {
    const { reactions } = planted({ groups: [20, 20, 20], blockSize: 6, consensus: 2, seed: 5 });
    const shuffled = [...reactions];
    const random = seededRandom(99);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    expect(buildOpinionGroups(shuffled)).toEqual(buildOpinionGroups(reactions));
  });

  it('the last reaction of a person to a comment counts', () => {
    const { reactions } = planted({ groups: [20, 20], blockSize: 6, consensus: 2, seed: 8 });
    const changed: Reaction[] = reactions.map((r) => ({
      ...r,
      value: r.value === 1 ? -1 : r.value === -1 ? 1 : 0,
    }));
    const result = buildOpinionGroups([...changed, ...reactions]);
    expect(result).toEqual(buildOpinionGroups(reactions));
  });

  it('says so when too few people reacted', () => {
    const { reactions } = planted({ groups: [4, 4], blockSize: 5, consensus: 2 });
    const result = buildOpinionGroups(reactions);
    expect(result).toMatchObject({ enoughData: false, reason: 'too-few-people', people: 8 });
  });

  it('says so when too few comments have enough reactions', () => {
    // Thirty people, but each comment has at most two reactions.
    const reactions: Reaction[] = [];
    for (let p = 0; p < 30; p++) {
      reactions.push({ personId: `p${p}`, commentId: `c${Math.floor(p / 2)}`, value: 1 });
    }
    reactions.push(
      ...['a', 'b', 'c'].map((personId) => ({ personId, commentId: 'popular', value: 1 as const })),
    );
    const result = buildOpinionGroups(reactions);
    expect(result).toMatchObject({ enoughData: false, reason: 'too-few-comments', comments: 1 });
    expect(buildOpinionGroups([])).toMatchObject({ enoughData: false, people: 0, comments: 0 });
  });

  it('says so when reactions look like noise, instead of drawing groups in it', () => {
    // 300 people, 40 comments each with its own popularity, people more or less agreeable:
    // k-means would still split them (silhouette 0.34), but no direction stands out.
    const random = seededRandom(13);
    const popularity = Array.from({ length: 40 }, () => 0.3 + random() * 0.4);
    const reactions: Reaction[] = [];
    for (let p = 0; p < 300; p++) {
      const bias = (random() - 0.5) * 0.2;
      popularity.forEach((share, c) => {
        if (random() < 0.6) {
          reactions.push({ personId: `p${p}`, commentId: `c${c}`, value: random() < share + bias ? 1 : -1 });
        }
      });
    }
    expect(buildOpinionGroups(reactions)).toMatchObject({ enoughData: false, reason: 'no-clear-groups' });
  });

  it('handles 10,000 people on 200 comments in reasonable time', () => {
    const { reactions } = planted({
      groups: [4000, 3500, 2500],
      blockSize: 60,
      consensus: 20,
      seen: 0.1,
      seed: 2,
    });
    const started = Date.now();
    const result = buildOpinionGroups(reactions);
    const ms = Date.now() - started;
    if (!result.enoughData) throw new Error(result.message);
    expect(result.groups).toHaveLength(3);
    process.stdout.write(
      `opinion groups: ${result.people} people, ${reactions.length} reactions: ${ms} ms\n`,
    );
    expect(ms).toBeLessThan(20_000);
  });
});
