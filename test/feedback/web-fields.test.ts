import { Clock } from '@thamvan/core';
import { createUser, login, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { code, DAY, openDraft, OpenDraft, postOk, waitUntil } from './feedback-fixtures';

/**
 * The fields the web client's pages are built on, over GraphQL as it asks for them: provisions
 * by key, versions by number, the draft's stances, "most discussed right now", the order of
 * the draft list, and whether the viewer may edit a comment.
 */
describe('GraphQL fields for the web client', () => {
  let t: TestApp;
  let law: OpenDraft;
  let a: TestUser;
  let b: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ runRelay: true, env: { RATE_LIMIT_MULTIPLIER: '100' } });
    law = await openDraft(t);
    [a, b] = await Promise.all([createUser(t), createUser(t)]);
  });
  afterAll(() => t.close());

  it('finds a provision by its key in a version, and a version by its number', async () => {
    const res = await t.graphql<{
      draft: {
        currentVersion: { number: number; provision: { id: string; label: string } | null; none: null };
        version: { number: number } | null;
        missing: null;
      };
    }>(
      `query ($id: ID!, $key: String!) { draft(id: $id) {
         currentVersion { number provision(key: $key) { id label } none: provision(key: "dieu-9999") { id } }
         version(number: 1) { number } missing: version(number: 7) { number } } }`,
      { id: law.draftId, key: law.clause.key },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.draft.currentVersion.provision).toEqual({ id: law.clause.id, label: law.clause.label });
    expect(res.data!.draft.currentVersion.none).toBeNull();
    expect(res.data!.draft.version).toEqual({ number: 1 });
    expect(res.data!.draft.missing).toBeNull();
  });

  it('counts the draft’s stances over the whole draft and every provision', async () => {
    await postOk(t, a, law.draftId, {
      provisionId: law.article.id,
      stance: 'OPPOSE',
      body: 'Tôi phản đối điều này.',
    });
    await postOk(t, b, law.draftId, { stance: 'SUPPORT', body: 'Tôi ủng hộ cả dự thảo.' });
    await postOk(t, b, law.draftId, {
      provisionId: law.clause.id,
      stance: 'SUPPORT',
      body: 'Khoản này hợp lý.',
    });
    const stances = await waitUntil(
      async () =>
        (
          await t.graphql<{ draft: { stanceCounts: Record<string, number> } }>(
            `query ($id: ID!) { draft(id: $id) { stanceCounts { support oppose amend question neutral } } }`,
            { id: law.draftId },
          )
        ).data!.draft.stanceCounts,
      (s) => s.support === 2 && s.oppose === 1,
    );
    expect(stances).toEqual({ support: 2, oppose: 1, amend: 0, question: 0, neutral: 0 });
  });

  it('ranks the provisions of open consultations by their comments of the last hours', async () => {
    // Different words each time: the flood rule holds repeated texts for moderation.
    const words = ['Cần làm rõ thời hạn.', 'Nên bổ sung chế tài.', 'Đề nghị giữ nguyên.'];
    for (const body of words) await postOk(t, a, law.draftId, { provisionId: law.clause.id, body });
    const res = await t.graphql<{
      mostDiscussedProvisions: { recentCount: number; provision: { id: string }; draft: { id: string } }[];
    }>(`{ mostDiscussedProvisions(first: 2, hours: 24) { recentCount provision { id } draft { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.mostDiscussedProvisions[0]).toEqual({
      recentCount: 4,
      provision: { id: law.clause.id },
      draft: { id: law.draftId },
    });
    expect(res.data!.mostDiscussedProvisions.length).toBeLessThanOrEqual(2);
    const bad = await t.graphql(`{ mostDiscussedProvisions(first: 50) { recentCount } }`);
    expect(code(bad)).toBe('BAD_USER_INPUT');
  });

  it('orders drafts by closing soonest and by most recently closed, with stable cursors', async () => {
    const editor = law.editor;
    const create = async (title: string, closesInDays: number | null) => {
      const created = await t.graphql<{ createDraft: { id: string } }>(
        `mutation ($i: CreateDraftInput!) { createDraft(input: $i) { id } }`,
        {
          i: {
            agencyId: law.agencyId,
            title,
            docType: 'DECREE',
            source: { text: 'Điều 1. Phạm vi\nNội dung.' },
          },
        },
        { token: editor.accessToken },
      );
      const id = created.data!.createDraft.id;
      if (closesInDays !== null) {
        const now = t.app.get(Clock).now().getTime();
        const scheduled = await t.graphql(
          `mutation ($d: ID!, $o: DateTime!, $c: DateTime!) { scheduleConsultation(draftId: $d, opensAt: $o, closesAt: $c) { id } }`,
          {
            d: id,
            o: new Date(now - DAY).toISOString(),
            c: new Date(now + closesInDays * DAY).toISOString(),
          },
          { token: editor.accessToken },
        );
        expect(scheduled.errors).toBeUndefined();
      }
      return id;
    };
    const late = await create('Đóng muộn', 50);
    const soon = await create('Đóng sớm', 5);
    const page = async (orderBy: string, after?: string) =>
      (
        await t.graphql<{ drafts: { edges: { node: { id: string }; cursor: string }[] } }>(
          `query ($o: DraftOrder, $a: String) { drafts(first: 1, after: $a, orderBy: $o, filter: { status: [OPEN] }) { edges { cursor node { id } } } }`,
          { o: orderBy, a: after },
          { token: editor.accessToken },
        )
      ).data!.drafts.edges;
    const first = await page('CLOSING_SOON');
    expect(first[0].node.id).toBe(soon);
    const second = await page('CLOSING_SOON', first[0].cursor);
    expect([late, law.draftId]).toContain(second[0].node.id);
    // Closing the later one early makes it the most recently closed.
    const closed = await t.graphql(
      `mutation ($d: ID!) { closeConsultation(draftId: $d, reason: "Đủ ý kiến") { id } }`,
      { d: late },
      { token: editor.accessToken },
    );
    expect(closed.errors).toBeUndefined();
    const recent = await t.graphql<{ drafts: { edges: { node: { id: string } }[] } }>(
      `{ drafts(first: 1, orderBy: RECENTLY_CLOSED, filter: { status: [CLOSED] }) { edges { node { id } } } }`,
    );
    expect(recent.data!.drafts.edges[0].node.id).toBe(late);
  });

  it('tells the author, and only the author, whether and until when a comment can be edited', async () => {
    const mine = await postOk(t, a, law.draftId, {
      provisionId: law.article.id,
      body: 'Góp ý sẽ được trả lời.',
    });
    const FIELDS = `query ($id: ID!) { comment(id: $id) { viewerIsAuthor viewerCanEdit editableUntil createdAt } }`;
    const asAuthor = await t.graphql<{
      comment: { viewerIsAuthor: boolean; viewerCanEdit: boolean; editableUntil: string; createdAt: string };
    }>(FIELDS, { id: mine.id }, { token: a.accessToken });
    expect(asAuthor.data!.comment).toMatchObject({ viewerIsAuthor: true, viewerCanEdit: true });
    expect(
      new Date(asAuthor.data!.comment.editableUntil).getTime() -
        new Date(asAuthor.data!.comment.createdAt).getTime(),
    ).toBe(30 * 60 * 1000);
    const asOther = await t.graphql(FIELDS, { id: mine.id }, { token: b.accessToken });
    expect(asOther.data).toMatchObject({
      comment: { viewerIsAuthor: false, viewerCanEdit: false, editableUntil: null },
    });
    const anonymous = await t.graphql(FIELDS, { id: mine.id });
    expect(anonymous.data).toMatchObject({ comment: { viewerIsAuthor: false, viewerCanEdit: false } });

    // A reply ends the window, as editComment says.
    await postOk(t, b, law.draftId, { parentId: mine.id, body: 'Tôi trả lời góp ý này.' });
    const replied = await t.graphql<{ comment: { viewerCanEdit: boolean } }>(
      FIELDS,
      { id: mine.id },
      { token: a.accessToken },
    );
    expect(replied.data!.comment.viewerCanEdit).toBe(false);
    const edit = await t.graphql(
      `mutation ($id: ID!) { editComment(id: $id, input: { body: "Sửa sau khi có trả lời" }) { id } }`,
      { id: mine.id },
      { token: a.accessToken },
    );
    expect(code(edit)).toBe('CONFLICT');

    // And so does time.
    const later = await postOk(t, a, law.draftId, {
      provisionId: law.article.id,
      body: 'Một góp ý khác hẳn.',
    });
    t.app.get(Clock).advance(31 * 60 * 1000);
    try {
      // A fresh sign-in: the 15-minute access token is older than the window by now.
      const { accessToken } = await login(t, a.email, a.password);
      const old = await t.graphql<{ comment: { viewerCanEdit: boolean } }>(
        FIELDS,
        { id: later.id },
        { token: accessToken },
      );
      expect(old.data!.comment.viewerCanEdit).toBe(false);
    } finally {
      t.app.get(Clock).advance(-31 * 60 * 1000);
    }
  });
});
