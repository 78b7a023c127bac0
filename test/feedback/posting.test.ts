import { CountingLogger } from '@thamvan/core';
import { randomUUID } from 'node:crypto';
import { createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, COMMENT_FIELDS, CommentView, OpenDraft, openDraft, post, postOk } from './feedback-fixtures';

describe('postComment over GraphQL', () => {
  let t: TestApp;
  let law: OpenDraft;
  let citizen: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    law = await openDraft(t);
    citizen = await createUser(t, { displayName: 'Nguyễn Thị Hoa', province: 'Huế' });
    other = await createUser(t, { kind: 'ORGANIZATION', organizationName: 'Hiệp hội Thử nghiệm' });
  });
  afterAll(() => t.close());

  it('posts on an article, a clause and the whole draft', async () => {
    const onArticle = await postOk(t, citizen, law.draftId, {
      provisionId: law.article.id,
      body: 'Đề nghị làm rõ phạm vi điều chỉnh.',
      stance: 'SUPPORT',
    });
    expect(onArticle).toMatchObject({
      body: 'Đề nghị làm rõ phạm vi điều chỉnh.',
      bodyHtml: '<p>Đề nghị làm rõ phạm vi điều chỉnh.</p>',
      stance: 'SUPPORT',
      proposedText: null,
      status: 'PUBLISHED',
      editedAt: null,
      versionNumber: 1,
      depth: 0,
      agreeCount: 0,
      replyCount: 0,
      myReaction: null,
      author: { displayName: 'Nguyễn Thị Hoa', kind: 'INDIVIDUAL', province: 'Huế', verified: false },
    });
    const onClause = await postOk(t, other, law.draftId, {
      provisionId: law.clause.id,
      stance: 'AMEND',
      proposedText: 'Sửa thành: …',
    });
    expect(onClause.author).toMatchObject({ kind: 'ORGANIZATION', organizationName: 'Hiệp hội Thử nghiệm' });
    const onDraft = await postOk(t, citizen, law.draftId, {
      body: 'Góp ý chung cho cả dự thảo',
      stance: 'NEUTRAL',
    });

    const read = await t.graphql<{
      a: { provision: { id: string; key: string } | null; draft: { id: string } };
      c: { provision: { id: string; kind: string } };
      d: { provision: null; draft: { comments: { totalCount: number; edges: { node: { id: string } }[] } } };
    }>(
      `query ($a: ID!, $c: ID!, $d: ID!) {
        a: comment(id: $a) { provision { id key } draft { id } }
        c: comment(id: $c) { provision { id kind } }
        d: comment(id: $d) { provision { id } draft { comments { totalCount edges { node { id } } } } } }`,
      { a: onArticle.id, c: onClause.id, d: onDraft.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.a).toEqual({
      provision: { id: law.article.id, key: law.article.key },
      draft: { id: law.draftId },
    });
    expect(read.data!.c.provision).toEqual({ id: law.clause.id, kind: 'CLAUSE' });
    expect(read.data!.d.provision).toBeNull();
    expect(read.data!.d.draft.comments.edges.map((e) => e.node.id)).toEqual([onDraft.id]);
  });

  it('threads replies up to depth 3; a deeper reply attaches beside its parent at depth 3', async () => {
    const root = await postOk(t, citizen, law.draftId, { provisionId: law.article.id, body: 'Gốc' });
    const r1 = await postOk(t, other, law.draftId, { parentId: root.id, body: 'Trả lời 1' });
    const r2 = await postOk(t, citizen, law.draftId, { parentId: r1.id, body: 'Trả lời 2' });
    const r3 = await postOk(t, other, law.draftId, { parentId: r2.id, body: 'Trả lời 3' });
    const r4 = await postOk(t, citizen, law.draftId, { parentId: r3.id, body: 'Trả lời 4' });
    expect([r1.depth, r2.depth, r3.depth, r4.depth]).toEqual([1, 2, 3, 3]);
    const res = await t.graphql<{
      comment: { provision: { id: string }; parent: { id: string } };
      r2: { replies: { totalCount: number; edges: { node: { id: string; parent: { id: string } } }[] } };
    }>(
      `query ($r4: ID!, $r2: ID!) {
        comment(id: $r4) { provision { id } parent { id } }
        r2: comment(id: $r2) { replies { totalCount edges { node { id parent { id } } } } } }`,
      { r4: r4.id, r2: r2.id },
    );
    // The reply inherits the provision of its thread.
    expect(res.data!.comment).toEqual({ provision: { id: law.article.id }, parent: { id: r2.id } });
    expect(res.data!.r2.replies.edges.map((e) => e.node.id)).toEqual([r3.id, r4.id]);
  });

  it.each([
    { what: 'an empty body', input: { body: '  \n ' }, expected: 'BAD_USER_INPUT' },
    {
      what: 'a body over 10,000 characters',
      input: { body: 'x'.repeat(10_001) },
      expected: 'BAD_USER_INPUT',
    },
    { what: 'AMEND without proposedText', input: { stance: 'AMEND' }, expected: 'BAD_USER_INPUT' },
    {
      what: 'a proposedText over 10,000 characters',
      input: { stance: 'AMEND', proposedText: 'y'.repeat(10_001) },
      expected: 'BAD_USER_INPUT',
    },
    { what: 'an unknown provision', input: { provisionId: randomUUID() }, expected: 'BAD_USER_INPUT' },
    { what: 'a malformed provision id', input: { provisionId: 'dieu-1' }, expected: 'BAD_USER_INPUT' },
    { what: 'an unknown parent', input: { parentId: randomUUID() }, expected: 'BAD_USER_INPUT' },
    {
      what: 'an idempotency key that is no UUID',
      input: { idempotencyKey: 'key-1' },
      expected: 'BAD_USER_INPUT',
    },
  ])('refuses $what with $expected', async ({ input, expected }) => {
    const res = await post(t, citizen, law.draftId, input);
    expect(code(res)).toBe(expected);
    expect(res.data?.postComment ?? null).toBeNull();
  });

  it('refuses a provision of another draft, and a reply whose provision differs from its thread', async () => {
    const second = await openDraft(t);
    expect(code(await post(t, citizen, law.draftId, { provisionId: second.article.id }))).toBe(
      'BAD_USER_INPUT',
    );
    const root = await postOk(t, citizen, law.draftId, { provisionId: law.article.id });
    expect(code(await post(t, other, law.draftId, { parentId: root.id, provisionId: law.clause.id }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await post(t, other, second.draftId, { parentId: root.id }))).toBe('BAD_USER_INPUT');
  });

  it('answers UNAUTHENTICATED before looking at the input, and NOT_FOUND for an unknown draft', async () => {
    const anonymous = await t.graphql(
      `mutation ($input: PostCommentInput!) { postComment(input: $input) { id } }`,
      { input: { draftId: 'x', body: '', idempotencyKey: 'no' } },
    );
    expect(code(anonymous)).toBe('UNAUTHENTICATED');
    expect(code(await post(t, citizen, randomUUID()))).toBe('NOT_FOUND');
  });

  it('refuses comments before the consultation opens and after it closes: CONSULTATION_CLOSED', async () => {
    const scheduled = await openDraft(t, { opensInDays: 3 });
    expect(code(await post(t, citizen, scheduled.draftId, { provisionId: scheduled.article.id }))).toBe(
      'CONSULTATION_CLOSED',
    );
    const closing = await openDraft(t);
    await postOk(t, citizen, closing.draftId, { provisionId: closing.article.id });
    const closed = await t.graphql(
      `mutation ($id: ID!) { closeConsultation(draftId: $id, reason: "Đủ ý kiến") { status } }`,
      { id: closing.draftId },
      { token: closing.editor.accessToken },
    );
    expect(closed.errors).toBeUndefined();
    // Straight after closing: the write path's cached schedule must not let this through.
    expect(code(await post(t, citizen, closing.draftId, { provisionId: closing.article.id }))).toBe(
      'CONSULTATION_CLOSED',
    );
    expect(code(await post(t, citizen, closing.draftId))).toBe('CONSULTATION_CLOSED');
  });

  it('returns the original comment for a retry with the same key, CONFLICT for the same key with other input', async () => {
    const idempotencyKey = randomUUID();
    const first = await postOk(t, citizen, law.draftId, {
      provisionId: law.article.id,
      body: 'Một lần',
      idempotencyKey,
    });
    // The retry differs only in normalisation (NFD, spaces): it is the same comment.
    const retry = await postOk(t, citizen, law.draftId, {
      provisionId: law.article.id,
      body: '  Một lần '.normalize('NFD'),
      idempotencyKey,
    });
    expect(retry.id).toBe(first.id);
    expect(retry.createdAt).toBe(first.createdAt);
    const changed = await post(t, citizen, law.draftId, {
      provisionId: law.article.id,
      body: 'Khác',
      idempotencyKey,
    });
    expect(code(changed)).toBe('CONFLICT');
    // Keys are per author: someone else may use the same key.
    const theirs = await postOk(t, other, law.draftId, {
      provisionId: law.article.id,
      body: 'Một lần',
      idempotencyKey,
    });
    expect(theirs.id).not.toBe(first.id);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM comment WHERE idempotency_key = $1`,
      [idempotencyKey],
    );
    expect(n).toBe(2);
  });

  it('creates one comment and one outbox event for concurrent identical posts', async () => {
    const idempotencyKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        post(t, citizen, law.draftId, { provisionId: law.clause.id, body: 'Gửi đồng thời', idempotencyKey }),
      ),
    );
    expect(results.map(code)).toEqual(Array(12).fill(undefined));
    const ids = new Set(results.map((r) => r.data!.postComment.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const [{ comments }] = await t.dataSource.query(
      `SELECT count(*)::int AS comments FROM comment WHERE author_id = $1 AND idempotency_key = $2`,
      [citizen.id, idempotencyKey],
    );
    const [{ events }] = await t.dataSource.query(
      `SELECT count(*)::int AS events FROM outbox_event WHERE topic = 'comment.created' AND aggregate_id = $1`,
      [id],
    );
    expect({ comments, events }).toEqual({ comments: 1, events: 1 });
  });

  it('stores and returns NFC text for an NFD body', async () => {
    const nfd = 'Điều này cần sửa đổi về đất đai'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const comment = await postOk(t, citizen, law.draftId, { provisionId: law.article.id, body: nfd });
    expect(comment.body).toBe(nfd.normalize('NFC'));
    const [row] = await t.dataSource.query(`SELECT body FROM comment WHERE id = $1`, [comment.id]);
    expect(row.body).toBe(nfd.normalize('NFC'));
  });

  it('renders bodyHtml from Markdown and strips scripts, event handlers and javascript: links', async () => {
    const body = [
      '**Quan trọng**: xem _khoản 2_ và [văn bản](https://vbpl.vn/x).',
      '',
      '- ý một',
      '- ý hai',
      '',
      '<script>alert("x")</script> <img src=x onerror="alert(1)"> [bấm vào](javascript:alert(1))',
    ].join('\n');
    const comment = await postOk(t, citizen, law.draftId, { provisionId: law.article.id, body });
    expect(comment.body).toBe(body);
    const html = comment.bodyHtml;
    expect(html).toContain('<strong>Quan trọng</strong>');
    expect(html).toContain('<em>khoản 2</em>');
    expect(html).toContain(
      '<a href="https://vbpl.vn/x" rel="nofollow noopener ugc" target="_blank">văn bản</a>',
    );
    expect(html).toContain('<li>ý một</li>');
    expect(html).not.toMatch(/<script|<img|<[a-z][^>]*\son\w+=|href="javascript:/i);
  });

  it('lists the requester’s own comments newest first in myComments', async () => {
    const me = await createUser(t);
    const a = await postOk(t, me, law.draftId, { provisionId: law.article.id, body: 'Thứ nhất' });
    const b = await postOk(t, me, law.draftId, { body: 'Thứ hai' });
    const res = await t.graphql<{ myComments: { totalCount: number; edges: { node: CommentView }[] } }>(
      `{ myComments(first: 10) { totalCount edges { node { ${COMMENT_FIELDS} } } } }`,
      {},
      { token: me.accessToken },
    );
    expect(res.data!.myComments.totalCount).toBe(2);
    expect(res.data!.myComments.edges.map((e) => e.node.id)).toEqual([b.id, a.id]);
    expect(code(await t.graphql(`{ myComments { totalCount } }`))).toBe('UNAUTHENTICATED');
  });

  it('lists 100 comments with authors, reply counts and the viewer’s reaction in at most 5 SQL queries', async () => {
    const target = law.byKey('chuong-ii/dieu-10');
    const authors = await Promise.all(Array.from({ length: 10 }, () => createUser(t)));
    await t.dataSource.query(
      `WITH ins AS (
         INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, stance, idempotency_key, input_hash, created_at)
         SELECT $1, p.version_id, p.id, p.lineage_id, ($3::uuid[])[1 + n % 10], 'Ý kiến ' || n, 'SUPPORT', gen_random_uuid(), 'x',
                now() - make_interval(secs => n)
           FROM provision p, generate_series(1, 120) n WHERE p.id = $2
         RETURNING id)
       INSERT INTO comment_reaction (comment_id, user_id, kind, updated_at) SELECT id, $4, 'AGREE', now() FROM ins`,
      [law.draftId, target.id, authors.map((a) => a.id), citizen.id],
    );
    const query = `query ($p: ID!) { provision(id: $p) { comments(first: 100) { totalCount edges { node {
      id body bodyHtml replyCount agreeCount myReaction versionNumber author { displayName province verified } } } } } }`;
    const logger = t.dataSource.logger as CountingLogger;
    // No relay runs in this file, so every counted query belongs to the request.
    // The same request without the comments: what drafts' provision(id) itself costs.
    let before = logger.queryCount;
    await t.graphql(
      `query ($p: ID!) { provision(id: $p) { id } }`,
      { p: target.id },
      { token: citizen.accessToken },
    );
    const provisionOnly = logger.queryCount - before;
    before = logger.queryCount;
    const res = await t.graphql<{
      provision: {
        comments: {
          totalCount: number;
          edges: { node: { myReaction: string; author: { displayName: string } } }[];
        };
      };
    }>(query, { p: target.id }, { token: citizen.accessToken });
    const total = logger.queryCount - before;
    expect(res.errors).toBeUndefined();
    expect(res.data!.provision.comments.totalCount).toBe(120);
    expect(res.data!.provision.comments.edges).toHaveLength(100);
    expect(
      res.data!.provision.comments.edges.every(
        (e) => e.node.myReaction === 'AGREE' && e.node.author.displayName,
      ),
    ).toBe(true);
    // Listing: the page with its count and counters, the authors, the viewer's reactions.
    expect(total - provisionOnly).toBeLessThanOrEqual(5);
    expect(total - provisionOnly).toBe(3);
    // The whole request, session check and provision lookup included (issue 5: at most 5).
    expect(total).toBeLessThanOrEqual(5);
  });
});
