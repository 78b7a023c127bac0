import { createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { eventually, OpenDraft, openDraft, postOk } from '../feedback/feedback-fixtures';

const SEARCH = `query ($input: CommentSearchInput!) { searchComments(input: $input) {
  totalCount totalIsExact hits { highlights restricted comment { id body status } } } }`;
const EDIT = `mutation ($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id } }`;
const MODERATE = `mutation ($id: ID!, $action: ModerationActionKind!) { moderateComment(id: $id, action: $action, reason: "Kiểm tra") { id status } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawComment(id: $id) { id } }`;

interface Found {
  searchComments: {
    totalCount: number;
    hits: {
      highlights: string[];
      restricted: boolean | null;
      comment: { id: string; body: string; status: string };
    }[];
  };
}

// Liveness, not speed: the relay delivers within its backoff; a generous deadline.
const DEADLINE_MS = 20_000;

describe('indexing through the outbox', () => {
  let t: TestApp;
  let law: OpenDraft;
  let author: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ runRelay: true, env: { RATE_LIMIT_MULTIPLIER: '100' } });
    law = await openDraft(t);
    author = await createUser(t);
    moderator = await createUser(t, { role: 'MODERATOR' });
  });
  afterAll(() => t?.close());

  const find = async (q: string, token?: string) => {
    const res = await t.graphql<Found>(SEARCH, { input: { q, draftId: law.draftId } }, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.searchComments.hits.map((h) => h.comment.id);
  };
  const until = (q: string, done: (ids: string[]) => boolean, token?: string) =>
    eventually(() => find(q, token), done, DEADLINE_MS);

  it('indexes a posted, edited, hidden, restored and withdrawn comment', async () => {
    const c = await postOk(t, author, law.draftId, {
      provisionId: law.article.id,
      body: 'Chim cánh cụt sống ở Nam Cực.',
    });
    expect(await until('chim canh cut', (ids) => ids.includes(c.id))).toEqual([c.id]);

    const edited = await t.graphql(
      EDIT,
      { id: c.id, input: { body: 'Hải âu bay trên biển Đông.' } },
      { token: author.accessToken },
    );
    expect(edited.errors).toBeUndefined();
    expect(await until('hai au', (ids) => ids.includes(c.id))).toEqual([c.id]);
    expect(await find('chim canh cut')).toEqual([]);

    const hidden = await t.graphql(MODERATE, { id: c.id, action: 'HIDE' }, { token: moderator.accessToken });
    expect(hidden.errors).toBeUndefined();
    expect(await until('hai au', (ids) => ids.length === 0)).toEqual([]);
    // Moderators still find it, flagged as not public.
    const asModerator = await t.graphql<Found>(
      SEARCH,
      { input: { q: 'hai au' } },
      { token: moderator.accessToken },
    );
    expect(asModerator.data!.searchComments.hits[0]).toMatchObject({
      restricted: true,
      comment: { id: c.id, status: 'HIDDEN' },
    });

    const restored = await t.graphql(
      MODERATE,
      { id: c.id, action: 'RESTORE' },
      { token: moderator.accessToken },
    );
    expect(restored.errors).toBeUndefined();
    expect(await until('hai au', (ids) => ids.includes(c.id))).toEqual([c.id]);

    await t.graphql(WITHDRAW, { id: c.id }, { token: author.accessToken });
    expect(await until('hai au', (ids) => ids.length === 0, moderator.accessToken)).toEqual([]);
  });

  it('keeps agree counts current for MOST_AGREED', async () => {
    const a = await postOk(t, author, law.draftId, { body: 'Cá heo thông minh.' });
    const b = await postOk(t, author, law.draftId, { body: 'Cá heo bơi nhanh.' });
    await until('ca heo', (ids) => ids.length === 2);
    const fan = await createUser(t);
    const reacted = await t.graphql(
      `mutation ($id: ID!) { reactToComment(commentId: $id, reaction: AGREE) { id } }`,
      { id: a.id },
      { token: fan.accessToken },
    );
    expect(reacted.errors).toBeUndefined();
    const mostAgreed = () =>
      t
        .graphql<Found>(SEARCH, { input: { q: 'ca heo', sort: 'MOST_AGREED' } })
        .then((res) => res.data!.searchComments.hits.map((h) => h.comment.id));
    expect(await eventually(mostAgreed, (ids) => ids[0] === a.id, DEADLINE_MS)).toEqual([a.id, b.id]);
  });

  it('keeps posting while search is down, reports the backlog, and catches up when it returns', async () => {
    await t.dataSource.query(`ALTER TABLE comment_search RENAME TO comment_search_offline`);
    let id: string;
    try {
      // Posting never waits for search.
      id = (await postOk(t, author, law.draftId, { body: 'Voi rừng Tây Nguyên cần được bảo vệ.' })).id;
      const ready = await eventually(
        async () =>
          (await fetch(`${t.url}/health/ready`)).json() as Promise<{
            info: { search: { state: string; pending: number } };
          }>,
        (body) => body.info?.search?.pending > 0,
        DEADLINE_MS,
      );
      expect(ready.info.search).toMatchObject({ adapter: 'postgres', state: 'down' });
      expect(ready.info.search.pending).toBeGreaterThan(0);
      // The relay tried: search is left to retry (other consumers are not held back by it).
      const event = await eventually(
        async () =>
          (
            await t.dataSource.query(
              `SELECT status, attempts, pending_consumers FROM outbox_event
                WHERE topic = 'comment.created' AND payload->>'commentId' = $1`,
              [id],
            )
          )[0] as {
            status: string;
            attempts: number;
            pending_consumers: string[] | null;
          },
        (e) => !!e && e.attempts >= 1,
        DEADLINE_MS,
      );
      expect(event.status).toBe('PENDING');
      expect(event.pending_consumers).toContain('search-projection');
    } finally {
      await t.dataSource.query(`ALTER TABLE comment_search_offline RENAME TO comment_search`);
    }
    expect(await until('voi rung tay nguyen', (ids) => ids.includes(id))).toEqual([id]);
    const ready = (await (await fetch(`${t.url}/health/ready`)).json()) as {
      info: { search: Record<string, unknown> };
    };
    expect(ready.info.search).toMatchObject({ state: 'up', dead: 0 });
  });

  it('reports as many documents as the index holds (counted, not the planner estimate)', async () => {
    // A fresh table: reltuples says -1 (reported as 0) until ANALYZE, whatever it holds.
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM comment_search`);
    expect(n).toBeGreaterThan(0);
    const ready = (await (await fetch(`${t.url}/health/ready`)).json()) as {
      info: { search: Record<string, unknown> };
    };
    expect(ready.info.search).toMatchObject({ documents: n, documentsExact: true });
  });
});
