/**
 * Which stored topic id each new topic keeps. buildTopics names a topic after its
 * representative, which changes when a more central comment arrives; a client holding a topic
 * id (a filter in a URL, an answer in progress) should keep finding "the same" topic. A new
 * topic takes the id of the old topic of the scope it shares most members with, when that is
 * more than half of either's members; pairs are matched largest overlap first, each old id
 * used once. The "Ý kiến khác" bucket keeps its own id.
 */
export function carryOverIds(
  previous: readonly { id: string; members: readonly string[] }[],
  next: readonly { members: readonly string[] }[],
): (string | null)[] {
  const ownerOf = new Map<string, number>();
  previous.forEach((p, i) => p.members.forEach((m) => ownerOf.set(m, i)));
  const pairs: { next: number; prev: number; overlap: number }[] = [];
  next.forEach((n, j) => {
    const overlaps = new Map<number, number>();
    for (const m of n.members) {
      const i = ownerOf.get(m);
      if (i !== undefined) overlaps.set(i, (overlaps.get(i) ?? 0) + 1);
    }
    for (const [i, overlap] of overlaps) {
      const half = Math.max(previous[i].members.length, n.members.length) / 2;
      // More than half of the larger of the two: a topic that merely lost or gained members.
      if (overlap > half) pairs.push({ next: j, prev: i, overlap });
    }
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.next - b.next || a.prev - b.prev);
  const ids: (string | null)[] = next.map(() => null);
  const used = new Set<number>();
  for (const p of pairs) {
    if (ids[p.next] !== null || used.has(p.prev)) continue;
    ids[p.next] = previous[p.prev].id;
    used.add(p.prev);
  }
  return ids;
}
