import { OutboxRelay } from '@thamvan/core';
import { FollowMailConsumer, MilestoneSweep } from '@thamvan/synthesis';
import { code, DAY, LAW_TXT } from '../feedback/feedback-fixtures';
import { createUser, TestUser } from '../utils/factories/identity';
import { mailsInDir } from '../utils/mail';
import { startTestApp, TestApp } from '../utils/test-app';
import { synthesisWorld, SynthesisWorld } from './synthesis-fixtures';

const FOLLOW = `mutation ($d: ID!) { followDraft(draftId: $d) { id followedByMe } }`;
const UNFOLLOW = `mutation ($d: ID!) { unfollowDraft(draftId: $d) { id followedByMe } }`;
const FOLLOWED = `query ($d: ID!) { draft(id: $d) { followedByMe } me { followedDrafts { id title } } }`;

/**
 * Issue 19: people follow a draft and are mailed when it opens (or reopens), closes, gets a
 * new version and when its report is published; once each, verified addresses only, until
 * they unfollow. The sweep and the relay are ticked by hand.
 */
describe('following a draft', () => {
  let t: TestApp;
  let w: SynthesisWorld;
  let follower: TestUser;
  let unverified: TestUser;
  let bystander: TestUser;

  const deliver = async () => {
    await t.app.get(MilestoneSweep).sweep();
    const relay = t.app.get(OutboxRelay);
    while ((await relay.tick()) > 0);
  };
  const mailsTo = (user: TestUser) =>
    mailsInDir(t.config.dataDir).filter((m) => m.to.toLowerCase().includes(user.email.toLowerCase()));
  const editor = () => ({ token: w.law.editor.accessToken });

  beforeAll(async () => {
    t = await startTestApp({
      env: { RATE_LIMIT_MULTIPLIER: '100', PUBLIC_URL: 'https://thamvan.example.vn' },
    });
    w = await synthesisWorld(t);
    [follower, unverified, bystander] = await Promise.all([createUser(t), createUser(t), createUser(t)]);
    await t.dataSource.query(
      `UPDATE app_user SET email_verified_at = now(), verification_level = 'EMAIL' WHERE id = ANY($1::uuid[])`,
      [[follower.id, bystander.id]],
    );
  });
  afterAll(() => t.close());

  it('follows and unfollows through GraphQL, privately and idempotently', async () => {
    expect(code(await t.graphql(FOLLOW, { d: w.law.draftId }))).toBe('UNAUTHENTICATED');
    expect(code(await t.graphql(FOLLOW, { d: crypto.randomUUID() }, { token: follower.accessToken }))).toBe(
      'NOT_FOUND',
    );
    for (let i = 0; i < 2; i++) {
      const res = await t.graphql<{ followDraft: { followedByMe: boolean } }>(
        FOLLOW,
        { d: w.law.draftId },
        { token: follower.accessToken },
      );
      expect(res.data?.followDraft.followedByMe).toBe(true);
    }
    await t.graphql(FOLLOW, { d: w.law.draftId }, { token: unverified.accessToken });
    const mine = await t.graphql<{
      draft: { followedByMe: boolean };
      me: { followedDrafts: { id: string }[] };
    }>(FOLLOWED, { d: w.law.draftId }, { token: follower.accessToken });
    expect(mine.data).toEqual({
      draft: { followedByMe: true },
      me: { followedDrafts: [{ id: w.law.draftId, title: 'Luật An ninh mạng (dự thảo)' }] },
    });
    const theirs = await t.graphql<{ draft: { followedByMe: boolean }; me: { followedDrafts: unknown[] } }>(
      FOLLOWED,
      { d: w.law.draftId },
      { token: bystander.accessToken },
    );
    expect(theirs.data).toEqual({ draft: { followedByMe: false }, me: { followedDrafts: [] } });
    const anonymous = await t.graphql<{ draft: { followedByMe: boolean } }>(
      `query ($d: ID!) { draft(id: $d) { followedByMe } }`,
      { d: w.law.draftId },
    );
    expect(anonymous.data?.draft.followedByMe).toBe(false);
  });

  it('mails followers at each milestone, once, and never an unverified address', async () => {
    // The consultation opened a minute ago (synthesisWorld): the first sweep announces it.
    await deliver();
    let mails = mailsTo(follower);
    expect(mails.map((m) => m.subject)).toEqual(['Dự thảo bắt đầu lấy ý kiến: Luật An ninh mạng (dự thảo)']);
    expect(mails[0].text).toContain(`https://thamvan.example.vn/du-thao/${w.law.draftId}`);
    expect(mails[0].text).toContain('https://thamvan.example.vn/tai-khoan');
    // Swept again, redelivered: nobody is mailed twice.
    expect(await t.app.get(MilestoneSweep).sweep()).toBe(0);
    const [event] = await t.dataSource.query(
      `SELECT id::text AS seq, topic, aggregate_id AS "aggregateId", payload, created_at AS "createdAt", 2 AS attempt
         FROM outbox_event WHERE topic = 'draft.milestone' ORDER BY id DESC LIMIT 1`,
    );
    await t.app.get(FollowMailConsumer).handle([event]);
    expect(mailsTo(follower)).toHaveLength(1);

    const version = await t.graphql(
      `mutation ($id: ID!, $input: DraftVersionInput!) { addDraftVersion(draftId: $id, input: $input) { number } }`,
      {
        id: w.law.draftId,
        input: { source: { text: LAW_TXT.replace('Điều 1.', 'Điều 1 .') }, publish: true },
      },
      editor(),
    );
    expect(version.errors).toBeUndefined();
    await t.graphql(
      `mutation ($d: ID!) { closeConsultation(draftId: $d, reason: "Đủ ý kiến") { status } }`,
      { d: w.law.draftId },
      editor(),
    );
    await deliver();
    await t.graphql(
      `mutation ($d: ID!, $c: DateTime!) { extendConsultation(draftId: $d, closesAt: $c, reason: "Bổ sung phụ lục") { status } }`,
      { d: w.law.draftId, c: new Date(Date.now() + 5 * DAY).toISOString() },
      editor(),
    );
    await deliver();
    await new Promise((r) => setTimeout(r, 5)); // a later closing time than the first close
    await t.graphql(
      `mutation ($d: ID!) { closeConsultation(draftId: $d, reason: "Đủ ý kiến lần hai") { status } }`,
      { d: w.law.draftId },
      editor(),
    );
    await t.graphql(
      `mutation ($d: ID!) { publishFeedbackReport(draftId: $d) { version } }`,
      { d: w.law.draftId },
      editor(),
    );
    await deliver();

    mails = mailsTo(follower);
    expect(mails.map((m) => m.subject.split(':')[0])).toEqual([
      'Dự thảo bắt đầu lấy ý kiến',
      'Dự thảo có phiên bản mới',
      'Dự thảo đã kết thúc lấy ý kiến',
      'Dự thảo được mở lại để lấy ý kiến',
      'Dự thảo đã kết thúc lấy ý kiến',
      'Báo cáo tiếp thu, giải trình đã được công bố',
    ]);
    expect(mails[1].text).toContain('phiên bản 2');
    expect(mails[1].text).toContain(`/du-thao/${w.law.draftId}/so-sanh`);
    expect(mails[3].text).toContain('Lý do: Bổ sung phụ lục');
    expect(mails[5].text).toContain(`https://thamvan.example.vn/du-thao/${w.law.draftId}/bao-cao`);
    expect(mailsTo(unverified)).toEqual([]);
    expect(mailsTo(bystander)).toEqual([]);
  });

  it('stops mailing once unfollowed, and never announces old news', async () => {
    const res = await t.graphql<{ unfollowDraft: { followedByMe: boolean } }>(
      UNFOLLOW,
      { d: w.law.draftId },
      { token: follower.accessToken },
    );
    expect(res.data?.unfollowDraft.followedByMe).toBe(false);
    const before = mailsTo(follower).length;
    await t.graphql(
      `mutation ($d: ID!, $n: String) { publishFeedbackReport(draftId: $d, note: $n) { version } }`,
      { d: w.law.draftId, n: 'Bổ sung' },
      editor(),
    );
    await deliver();
    expect(mailsTo(follower)).toHaveLength(before);

    // A consultation that opened three days ago (a process down that long): not announced.
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO draft (agency_id, title, doc_type, created_by, opens_at, closes_at)
       VALUES ($1, 'Dự thảo cũ', 'LAW', $2, now() - interval '3 days', now() + interval '20 days') RETURNING id`,
      [w.law.agencyId, w.law.editor.id],
    );
    await deliver();
    expect(await t.dataSource.query(`SELECT kind FROM draft_milestone WHERE draft_id = $1`, [id])).toEqual(
      [],
    );
  });
});
