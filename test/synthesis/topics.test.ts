import { CountingLogger, OutboxRelay } from '@thamvan/core';
import { TopicsRepository } from '@thamvan/synthesis';
import { buildCorpus, LabelledComment, Point } from '@thamvan/synthesis/topics/fixtures/corpus';
import { createUser } from '../utils/factories/identity';
import { GraphqlResponse, startTestApp, TestApp } from '../utils/test-app';
import { openDraft, OpenDraft, postOk, waitUntil } from '../feedback/feedback-fixtures';
import { insertComments } from './synthesis-fixtures';

const TOPICS = `query ($id: ID!) { provision(id: $id) { topics {
  id label phrases size commentCount isOther stanceCounts { support oppose amend question neutral }
  representative { id status } } } }`;
const TOPIC_PAGE = `query ($id: ID!, $after: String) { provision(id: $id) { topics { id
  comments(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } } } }`;
const SEARCH = `query ($input: CommentSearchInput!) { searchComments(input: $input) {
  totalCount hits { comment { id } } pageInfo { hasNextPage endCursor } } }`;
const GROUPS = `query ($id: ID!) { draft(id: $id) { opinionGroups {
  status reason people comments builtAt groups { id size topComments { id } } consensus { id } } } }`;

interface TopicView {
  id: string;
  label: string;
  phrases: string[];
  size: number;
  commentCount: number;
  isOther: boolean;
  stanceCounts: Record<string, number>;
  representative: { id: string; status: string };
}

interface TopicPage {
  id: string;
  comments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; status: string } }[];
  };
}

interface SearchView {
  searchComments: {
    hits: { comment: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface GroupsView {
  status: string;
  reason: string | null;
  people: number;
  comments: number;
  builtAt: string | null;
  groups: { id: string; size: number; topComments: { id: string }[] }[];
  consensus: { id: string }[];
}

/**
 * Topics per article and opinion groups (issue 23) through GraphQL, the outbox relay running
 * with no debounce (TOPICS_DEBOUNCE_SECONDS=0): comments from the labelled corpus of
 * libs/synthesis/src/topics/fixtures, inserted as postComment writes them.
 */
describe('topics and opinion groups (outbox relay running)', () => {
  let t: TestApp;
  let law: OpenDraft;
  const pointOf = new Map<string, Point>();
  const corpus = buildCorpus();
  const ofPoints = (points: Point[]) => corpus.filter((c) => points.includes(c.point) && !c.campaignId);

  beforeAll(async () => {
    t = await startTestApp({
      runRelay: true,
      env: { RATE_LIMIT_MULTIPLIER: '100', TOPICS_DEBOUNCE_SECONDS: '0' },
    });
    law = await openDraft(t);
  });
  afterAll(() => t.close());

  const topics = async (token?: string): Promise<TopicView[]> => {
    const res = await t.graphql<{ provision: { topics: TopicView[] } }>(
      TOPICS,
      { id: law.article.id },
      { token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.provision.topics;
  };

  /** Every comment of each topic, through Topic.comments page by page. */
  const members = async (): Promise<Map<string, string[]>> => {
    const out = new Map<string, string[]>();
    // [only this topic (null: all of them), its cursor]: Topic.comments page by page.
    const queue: [string | null, string | null][] = [[null, null]];
    while (queue.length) {
      const [only, after] = queue.shift()!;
      const res = await t.graphql<{ provision: { topics: TopicPage[] } }>(TOPIC_PAGE, {
        id: law.article.id,
        after,
      });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      for (const topic of res.data.provision.topics) {
        if (only && topic.id !== only) continue;
        const list = out.get(topic.id) ?? [];
        list.push(...topic.comments.edges.map((e) => e.node.id));
        out.set(topic.id, list);
        expect(topic.comments.edges.every((e) => e.node.status === 'PUBLISHED')).toBe(true);
        if (topic.comments.pageInfo.hasNextPage) queue.push([topic.id, topic.comments.pageInfo.endCursor]);
      }
    }
    return out;
  };

  const commentTotal = (list: TopicView[]) => list.reduce((n, tp) => n + tp.commentCount, 0);

  /** The topic most of whose members make `point`, and that share. */
  const topicOf = (map: Map<string, string[]>, point: Point) => {
    let best: { id: string; share: number; count: number } | null = null;
    for (const [id, ids] of map) {
      const count = ids.filter((c) => pointOf.get(c) === point).length;
      if (!best || count > best.count) best = { id, share: count / ids.length, count };
    }
    return best!;
  };

  const insertCorpus = async (list: LabelledComment[], status = 'PUBLISHED') => {
    const ids = await insertComments(
      t,
      law,
      list.map((c) => ({ text: c.text, stance: c.stance, status })),
    );
    ids.forEach((id, i) => pointOf.set(id, list[i].point));
    return ids;
  };

  let published = 0;
  let consentTopicId = '';

  it('has no topics before comments, then groups an article’s comments by the point they make', async () => {
    expect(await topics()).toEqual([]);
    const first = [...ofPoints(['consent', 'retention', 'penalty']), ...ofPoints(['off-topic']).slice(0, 12)];
    await insertCorpus(first);
    published = first.length;
    const list = await waitUntil(topics, (l) => commentTotal(l) === published, 90_000);

    const real = list.filter((tp) => !tp.isOther);
    expect(real.length).toBeGreaterThanOrEqual(3);
    // Largest first, "Ý kiến khác" (if any) last.
    expect(real.map((tp) => tp.size)).toEqual([...real.map((tp) => tp.size)].sort((a, b) => b - a));
    const other = list.filter((tp) => tp.isOther);
    expect(other.length).toBeLessThanOrEqual(1);
    if (other.length) {
      expect(list[list.length - 1]).toMatchObject({ isOther: true, label: 'Ý kiến khác', phrases: [] });
    }
    for (const tp of real) {
      expect(tp.label.length).toBeGreaterThan(0);
      expect(tp.phrases.length).toBeGreaterThan(0);
      expect(tp.label.normalize('NFC')).toBe(tp.label);
      expect(Object.values(tp.stanceCounts).reduce((a, b) => a + b, 0)).toBe(tp.size);
      expect(tp.representative.status).toBe('PUBLISHED');
    }

    const map = await members();
    for (const tp of list) expect(map.get(tp.id)?.length).toBe(tp.commentCount);
    for (const tp of real) expect(map.get(tp.id)).toContain(tp.representative.id);
    for (const point of ['consent', 'retention', 'penalty'] as Point[]) {
      const best = topicOf(map, point);
      expect(best.share).toBeGreaterThanOrEqual(0.8);
    }
    consentTopicId = topicOf(map, 'consent').id;
    // Officers and the public see the same topics.
    expect(await topics(law.editor.accessToken)).toEqual(list);
  });

  it('updates when more comments arrive, keeping a topic’s id, and counts a campaign once', async () => {
    const breach = ofPoints(['breach']);
    const campaign = corpus.filter((c) => c.campaignId);
    const trade = ofPoints(['trade']);
    await insertCorpus([...breach, ...trade]);
    const letters = await insertCorpus(campaign);
    published += breach.length + trade.length + campaign.length;
    // Units of a list of comments as the report counts them: a campaign once.
    const unitsOf = async (ids: string[]): Promise<{ n: number; largest: number | null }> =>
      (
        await t.dataSource.query(
          `SELECT (count(*) FILTER (WHERE m.campaign_id IS NULL) + count(DISTINCT m.campaign_id))::int AS n,
                  max(cp.size)::int AS largest
             FROM unnest($1::uuid[]) AS x(id)
             LEFT JOIN campaign_member m ON m.comment_id = x.id LEFT JOIN campaign cp ON cp.id = m.campaign_id`,
          [ids],
        )
      )[0];
    // Campaigns are grouped on the bulk lane too: wait until every letter is grouped and the
    // topics were rebuilt after that (the letters' topic counts their campaign once).
    const settled = await waitUntil(
      async () => {
        const list = await topics();
        const map = await members();
        const home = [...map.entries()].find(([, ids]) => ids.includes(letters[0]));
        const signed = (
          await t.dataSource.query(
            `SELECT count(*)::int AS n FROM comment_signature WHERE comment_id = ANY($1::uuid[])`,
            [letters],
          )
        )[0].n as number;
        const units = home ? await unitsOf(home[1]) : null;
        const topic = home && list.find((tp) => tp.id === home[0]);
        return { list, map, topic, units, signed };
      },
      (v) =>
        commentTotal(v.list) === published &&
        v.signed === letters.length &&
        !!v.topic &&
        v.topic.size === v.units?.n,
      120_000,
    );
    const { map, topic: withCampaign, units } = settled;
    expect(topicOf(map, 'breach').share).toBeGreaterThanOrEqual(0.8);
    expect(topicOf(map, 'consent').id).toBe(consentTopicId);
    // Every copy of the letter is in that one topic; the copies (grouped into one campaign or
    // a few, as the grouper finds them) add to commentCount but count once each in size.
    expect(map.get(withCampaign!.id)).toEqual(expect.arrayContaining(letters));
    expect(units!.largest).toBeGreaterThan(1);
    expect(withCampaign!.commentCount - withCampaign!.size).toBeGreaterThanOrEqual(units!.largest! - 1);
    expect(topicOf(map, 'trade').id).toBe(withCampaign!.id);

    // One more through postComment joins its topic.
    const citizen = await createUser(t);
    const posted = await postOk(t, citizen, law.draftId, {
      provisionId: law.article.id,
      body: 'Sự đồng ý của người dân phải được thể hiện rõ ràng, tự nguyện, tách riêng cho từng mục đích xử lý dữ liệu cá nhân; im lặng không phải là đồng ý.',
      stance: 'SUPPORT',
    });
    published += 1;
    await waitUntil(topics, (l) => commentTotal(l) === published, 60_000);
    expect((await members()).get(consentTopicId)).toContain(posted.id);
  });

  it('leaves out hidden and pending comments', async () => {
    const map = await members();
    const victim = map.get(consentTopicId)![1];
    const moderator = await createUser(t, { role: 'MODERATOR' });
    const hidden = await t.graphql(
      `mutation ($id: ID!) { moderateComment(id: $id, action: HIDE, reason: "Thử nghiệm ẩn") { id status } }`,
      { id: victim },
      { token: moderator.accessToken },
    );
    expect(hidden.errors).toBeUndefined();
    // A held comment making the consent point, and a published one to know a rebuild ran after it.
    const consent = ofPoints(['consent']);
    const [pending] = await insertCorpus([consent[0]], 'PENDING');
    const [sentinel] = await insertCorpus([consent[1]]);
    // The sentinel in, the hidden one out: `published` is unchanged.
    await waitUntil(members, (m) => [...m.values()].some((ids) => ids.includes(sentinel)), 60_000);
    const after = await members();
    const all = [...after.values()].flat();
    expect(all).not.toContain(victim);
    expect(all).not.toContain(pending);
    // Left out by the rebuild itself, not only by the published-only read of Topic.comments.
    const [{ kept }] = await t.dataSource.query(
      `SELECT count(*)::int AS kept FROM topic_member WHERE comment_id = ANY($1::uuid[])`,
      [[victim, pending]],
    );
    expect(kept).toBe(0);
    expect(commentTotal(await topics())).toBe(published);
  });

  it('searchComments(topicId) and the exports list exactly a topic’s comments', async () => {
    const map = await members();
    const list = await topics();
    for (const tp of [list[0], list[list.length - 1]]) {
      const expected = [...map.get(tp.id)!].sort();
      const found = await waitUntil(
        async () => {
          const ids: string[] = [];
          let after: string | null = null;
          for (;;) {
            const res: GraphqlResponse<SearchView> = await t.graphql<SearchView>(SEARCH, {
              input: { topicId: tp.id, sort: 'OLDEST', first: 100, after },
            });
            if (!res.data) throw new Error(JSON.stringify(res.errors));
            ids.push(...res.data.searchComments.hits.map((h) => h.comment.id));
            if (!res.data.searchComments.pageInfo.hasNextPage) return ids.sort();
            after = res.data.searchComments.pageInfo.endCursor;
          }
        },
        (ids) => JSON.stringify(ids) === JSON.stringify(expected),
        60_000,
      );
      expect(found).toEqual(expected);
      const res = await fetch(`${t.url}/api/exports/comments.ndjson?draftId=${law.draftId}&topicId=${tp.id}`);
      expect(res.status).toBe(200);
      const exported = (await res.text())
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { id: string }).id)
        .sort();
      expect(exported).toEqual(expected);
    }
    // topic(id) labels such a filter; an unknown id is null.
    const TOPIC = `query ($id: ID!) { topic(id: $id) { id label size isOther } }`;
    const one = await t.graphql<{ topic: Partial<TopicView> | null }>(TOPIC, { id: list[0].id });
    expect(one.data?.topic).toEqual({
      id: list[0].id,
      label: list[0].label,
      size: list[0].size,
      isOther: list[0].isOther,
    });
    expect((await t.graphql<{ topic: null }>(TOPIC, { id: 'not-a-topic' })).data?.topic).toBeNull();
    const bad = await t.graphql(SEARCH, { input: { topicId: 'not-a-topic' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('says there are not enough reactions, then finds the groups and what all of them agree with', async () => {
    const groups = async () => {
      const res = await t.graphql<{ draft: { opinionGroups: GroupsView } }>(GROUPS, { id: law.draftId });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.draft.opinionGroups;
    };
    const before = await groups();
    expect(before.status).not.toBe('READY');
    expect(before.groups).toEqual([]);
    expect(before.consensus).toEqual([]);

    // Twelve published comments: three blocks of three, one per planted group, and three that
    // everyone agrees with.
    const map = await members();
    const pool = [...map.values()].flat().slice(0, 12);
    const blocks = [pool.slice(0, 3), pool.slice(3, 6), pool.slice(6, 9)];
    const consensus = pool.slice(9, 12);

    // Three people react through reactToComment as the first group will: not enough for
    // groups, and it says so.
    const early = await Promise.all([0, 1, 2].map(() => createUser(t)));
    for (const person of early) {
      const reactions = [
        ...[...blocks[0], ...consensus].map((c) => [c, 'AGREE']),
        ...[...blocks[1], ...blocks[2]].map((c) => [c, 'DISAGREE']),
      ];
      for (const [id, reaction] of reactions) {
        const res = await t.graphql(
          `mutation ($c: ID!, $r: ReactionKind!) { reactToComment(commentId: $c, reaction: $r) { id } }`,
          { c: id, r: reaction },
          { token: person.accessToken },
        );
        expect(res.errors).toBeUndefined();
      }
    }
    // Once every reaction is counted (a rebuild may run between two of them).
    const few = await waitUntil(groups, (g) => g.people === 3 && g.comments === 12, 60_000);
    expect(few.status).toBe('TOO_FEW_PEOPLE');
    expect(few.reason).toMatch(/people/);
    expect(few.groups).toEqual([]);

    // Then 45 more people in three groups of 15: each agrees with its block and the consensus
    // comments, and disagrees with the other blocks.
    const people: { id: string }[] = await t.dataSource.query(
      `INSERT INTO app_user (display_name) SELECT 'Người bày tỏ ' || i FROM generate_series(1, 45) i RETURNING id`,
    );
    const rows: [string, string, string][] = [];
    people.forEach((p, i) => {
      const g = i % 3;
      blocks.forEach((block, b) =>
        block.forEach((c) => rows.push([p.id, c, b === g ? 'AGREE' : 'DISAGREE'])),
      );
      consensus.forEach((c) => rows.push([p.id, c, 'AGREE']));
    });
    await t.dataSource.query(
      `WITH ins AS (
         INSERT INTO comment_reaction (user_id, comment_id, kind, updated_at)
         SELECT * , now() FROM unnest($1::uuid[], $2::uuid[], $3::text[]) RETURNING comment_id)
       INSERT INTO outbox_event (topic, aggregate_id, payload)
       SELECT 'reaction.updated', c.id, jsonb_build_object('draftId', c.draft_id, 'commentId', c.id,
                'provisionId', c.provision_id, 'lineageId', c.lineage_id, 'parentId', c.parent_id)
         FROM comment c WHERE c.id IN (SELECT DISTINCT comment_id FROM ins)`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
    const ready = await waitUntil(groups, (g) => g.status === 'READY', 60_000);
    expect(ready.reason).toBeNull();
    expect(ready.people).toBe(48);
    expect(ready.groups.map((g) => g.size).sort()).toEqual([15, 15, 18]);
    expect(ready.consensus.map((c) => c.id).sort()).toEqual([...consensus].sort());
    // Each group's top comments are its own block.
    for (const group of ready.groups) {
      const own = blocks.find((block) => block.includes(group.topComments[0]?.id));
      expect(own).toBeDefined();
      for (const c of group.topComments) expect([...own!, ...consensus]).toContain(c.id);
    }
  });

  it('debounces: a scope built within the debounce is only marked dirty, and scheduled once when due', async () => {
    const repository = t.app.get(TopicsRepository);
    const [{ lineageId }] = await t.dataSource.query(
      `SELECT lineage_id AS "lineageId" FROM provision WHERE id = $1`,
      [law.article.id],
    );
    const key = `lineage:${lineageId}`;
    const state = async () =>
      (
        await t.dataSource.query(
          `SELECT r.scheduled, r.dirty_at IS NOT NULL AS dirty, r.built_at AS "builtAt",
                  (SELECT count(*)::int FROM outbox_event e WHERE e.topic = 'topics.rebuild' AND e.aggregate_id = r.scope_key) AS events
             FROM topic_refresh r WHERE r.scope_key = $1`,
          [key],
        )
      )[0] as { scheduled: boolean; dirty: boolean; builtAt: Date; events: number };
    await waitUntil(state, (s) => !s.scheduled && !s.dirty, 60_000);
    const scope = { kind: 'PROVISION' as const, draftId: law.draftId, lineageId };

    // The relay stopped meanwhile, so nothing else marks or rebuilds the scope.
    const relay = t.app.get(OutboxRelay);
    await relay.stop();
    const before = await state();
    try {
      // Built moments ago, an hour of debounce: marked, not scheduled, no event.
      await repository.markDirty([scope], 3600);
      expect(await state()).toMatchObject({ scheduled: false, dirty: true, events: before.events });
      expect(await repository.scheduleDue(3600)).toBe(0);

      // Once the last build is older than the debounce, one rebuild is scheduled, once.
      await t.dataSource.query(
        `UPDATE topic_refresh SET built_at = built_at - interval '2 hours' WHERE scope_key = $1`,
        [key],
      );
      expect(await repository.scheduleDue(3600, [key])).toBe(1);
      expect(await repository.scheduleDue(3600, [key])).toBe(0);
    } finally {
      relay.start();
    }
    const rebuilt = await waitUntil(state, (s) => !s.scheduled && !s.dirty, 60_000);
    expect(rebuilt.events).toBeGreaterThanOrEqual(before.events + 1);
    expect(new Date(rebuilt.builtAt).getTime()).toBeGreaterThan(new Date(before.builtAt).getTime());
  });

  it('serves Draft.topics and every provision’s topics with their comments in a fixed number of queries', async () => {
    const onClause = ofPoints(['consent']).slice(0, 20);
    const onDraft = [...ofPoints(['retention']).slice(0, 20), ...ofPoints(['penalty']).slice(0, 20)];
    await insertComments(t, law, onClause, law.clause.id);
    await insertComments(t, law, onDraft, null);
    const DRAFT_TOPICS = `query ($id: ID!) { draft(id: $id) { topics { id label size commentCount isOther } } }`;
    const draftTopics = async () =>
      (await t.graphql<{ draft: { topics: TopicView[] } }>(DRAFT_TOPICS, { id: law.draftId })).data!.draft
        .topics;
    const list = await waitUntil(draftTopics, (l) => commentTotal(l) === onDraft.length, 60_000);
    expect(list.filter((tp) => !tp.isOther).length).toBeGreaterThanOrEqual(2);
    const clauseTopics = async () =>
      (await t.graphql<{ provision: { topics: TopicView[] } }>(TOPICS, { id: law.clause.id })).data!.provision
        .topics;
    await waitUntil(clauseTopics, (l) => commentTotal(l) === onClause.length, 60_000);

    const FIELDS = `id label phrases size isOther stanceCounts { support oppose }
      representative { id body author { displayName } } comments(first: 3) { totalCount edges { cursor node { id body } } }`;
    const WITH = `query ($id: ID!) { draft(id: $id) { id topics { ${FIELDS} }
      currentVersion { provisions { id topics { ${FIELDS} } } } } }`;
    const WITHOUT = `query ($id: ID!) { draft(id: $id) { id currentVersion { provisions { id } } } }`;
    // The relay's polling would be counted too: stopped while counting.
    const relay = t.app.get(OutboxRelay);
    await relay.stop();
    try {
      const logger = t.dataSource.logger as CountingLogger;
      const count = async (query: string) => {
        const before = logger.queryCount;
        const res = await t.graphql<{
          draft: { topics?: unknown[]; currentVersion: { provisions: { topics?: unknown[] }[] } };
        }>(query, { id: law.draftId });
        expect(res.errors).toBeUndefined();
        return { queries: logger.queryCount - before, data: res.data! };
      };
      await count(WITH); // warm-up (prepared statements, caches)
      const without = await count(WITHOUT);
      const withTopics = await count(WITH);
      const provisionsWithTopics = withTopics.data.draft.currentVersion.provisions.filter(
        (p) => p.topics?.length,
      );
      expect(provisionsWithTopics.length).toBe(2);
      // Topics of every provision and of the draft, their representatives, authors and comment
      // pages: a dozen batched queries for a dozen topics (one per topic or comment would be
      // dozens more).
      const topicCount =
        (withTopics.data.draft.topics?.length ?? 0) +
        provisionsWithTopics.reduce((n, p) => n + p.topics!.length, 0);
      expect(topicCount).toBeGreaterThanOrEqual(8);
      expect(withTopics.queries - without.queries).toBeLessThanOrEqual(14);
    } finally {
      relay.start();
    }
  });
});
