import { OutboxRelay } from '@thamvan/core';
import { AnswerMailConsumer } from '@thamvan/synthesis';
import { createUser, TestUser } from '../utils/factories/identity';
import { mailsInDir } from '../utils/mail';
import { startTestApp, TestApp } from '../utils/test-app';
import { postOk } from '../feedback/feedback-fixtures';
import { RESPOND, EDIT_RESPONSE, synthesisWorld, SynthesisWorld } from './synthesis-fixtures';

const UPDATE = `mutation ($i: UpdateProfileInput!) { updateProfile(input: $i) { notifyOnAnswers } }`;

/**
 * Issue 19: when the agency answers a comment its author is mailed the answer's text and a
 * link to the comment's page (PUBLIC_URL), once per answer, unless they turned it off on the
 * account page; unverified addresses are never mailed. The relay is ticked by hand.
 */
describe('answer mails', () => {
  let t: TestApp;
  let w: SynthesisWorld;
  let verified: TestUser;
  let quiet: TestUser;
  let unverified: TestUser;

  const verify = (user: TestUser) =>
    t.dataSource.query(
      `UPDATE app_user SET email_verified_at = now(), verification_level = 'EMAIL' WHERE id = $1`,
      [user.id],
    );
  const deliver = async () => {
    const relay = t.app.get(OutboxRelay);
    while ((await relay.tick()) > 0);
  };
  const mailsTo = (user: TestUser) =>
    mailsInDir(t.config.dataDir).filter((m) => m.to.toLowerCase().includes(user.email.toLowerCase()));

  beforeAll(async () => {
    t = await startTestApp({
      env: { RATE_LIMIT_MULTIPLIER: '100', PUBLIC_URL: 'https://thamvan.example.vn' },
    });
    w = await synthesisWorld(t);
    [verified, quiet, unverified] = await Promise.all([createUser(t), createUser(t), createUser(t)]);
    await verify(verified);
    await verify(quiet);
  });
  afterAll(() => t.close());

  it('mails the author the answer and the comment’s link, once, whatever the relay redelivers', async () => {
    const comment = await postOk(t, verified, w.law.draftId, { provisionId: w.law.article.id });
    await deliver();
    const answered = await t.graphql<{ respondToComment: { id: string } }>(
      RESPOND,
      { c: comment.id, input: { disposition: 'PARTIALLY_ACCEPTED', explanation: 'Tiếp thu ý về thời hạn.' } },
      { token: w.responder.accessToken },
    );
    expect(answered.errors).toBeUndefined();
    await deliver();
    const mails = mailsTo(verified);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('đã trả lời góp ý của bạn');
    expect(mails[0].text).toContain('Hình thức: Tiếp thu một phần');
    expect(mails[0].text).toContain('Trả lời: Tiếp thu ý về thời hạn.');
    expect(mails[0].text).toContain(`https://thamvan.example.vn/c/${comment.id}`);
    expect(mails[0].text).toContain('https://thamvan.example.vn/tai-khoan');
    // A redelivered event (delivery is at least once) mails nobody again.
    const [event] = await t.dataSource.query(
      `SELECT id::text AS seq, topic, aggregate_id AS "aggregateId", payload, created_at AS "createdAt", 2 AS attempt
         FROM outbox_event WHERE topic = 'response.published' ORDER BY id DESC LIMIT 1`,
    );
    expect(event.payload).toMatchObject({ explanation: 'Tiếp thu ý về thời hạn.', commentIds: [comment.id] });
    await t.app.get(AnswerMailConsumer).handle([event]);
    expect(mailsTo(verified)).toHaveLength(1);
    // Editing the answer tells the author again, with the new text.
    const edited = await t.graphql(
      EDIT_RESPONSE,
      { id: answered.data!.respondToComment.id, input: { explanation: 'Tiếp thu toàn bộ.' } },
      { token: w.responder.accessToken },
    );
    expect(edited.errors).toBeUndefined();
    await deliver();
    expect(mailsTo(verified)).toHaveLength(2);
    expect(mailsTo(verified)[1].text).toContain('Trả lời: Tiếp thu toàn bộ.');
  });

  it('lists an author’s comments answered together in one mail', async () => {
    const a = await postOk(t, verified, w.law.draftId, { provisionId: w.law.clause.id, body: 'Ý thứ nhất.' });
    const b = await postOk(t, verified, w.law.draftId, { provisionId: w.law.clause.id, body: 'Ý thứ hai.' });
    const before = mailsTo(verified).length;
    const res = await t.graphql(
      RESPOND,
      { c: a.id, input: { disposition: 'EXPLAINED', explanation: 'Giải trình chung.', alsoFor: [b.id] } },
      { token: w.responder.accessToken },
    );
    expect(res.errors).toBeUndefined();
    await deliver();
    const mails = mailsTo(verified).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('2 góp ý');
    expect(mails[0].text).toContain(`/c/${a.id}`);
    expect(mails[0].text).toContain(`/c/${b.id}`);
  });

  it('mails nobody who turned it off on their account, or whose address is not verified', async () => {
    const off = await t.graphql<{ updateProfile: { notifyOnAnswers: boolean } }>(
      UPDATE,
      { i: { notifyOnAnswers: false } },
      { token: quiet.accessToken },
    );
    expect(off.data!.updateProfile.notifyOnAnswers).toBe(false);
    const me = await t.graphql<{ me: { notifyOnAnswers: boolean } }>(
      `{ me { notifyOnAnswers } }`,
      {},
      {
        token: quiet.accessToken,
      },
    );
    expect(me.data!.me.notifyOnAnswers).toBe(false);
    const c1 = await postOk(t, quiet, w.law.draftId, { body: 'Không muốn nhận thư.' });
    const c2 = await postOk(t, unverified, w.law.draftId, { body: 'Chưa xác minh e-mail.' });
    for (const c of [c1, c2]) {
      const res = await t.graphql(
        RESPOND,
        { c: c.id, input: { disposition: 'EXPLAINED', explanation: 'Cảm ơn.' } },
        { token: w.responder.accessToken },
      );
      expect(res.errors).toBeUndefined();
    }
    await deliver();
    expect(mailsTo(quiet)).toHaveLength(0);
    expect(mailsTo(unverified)).toHaveLength(0);
    // Turning the switch off is private: no search re-indexing of the author (no user.updated).
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE topic = 'user.updated' AND aggregate_id = $1`,
      [quiet.id],
    );
    expect(n).toBe(0);
  });
});
