import { createAgencyWithOfficer, createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { OpenDraft, openDraft, postOk } from '../feedback/feedback-fixtures';
import { MODERATION_FIELDS, read } from './moderation-fixtures';

const EDIT = `mutation ($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id body status moderationReason moderationReasonCode } }`;

describe('screening at post and edit time', () => {
  let t: TestApp;
  let law: OpenDraft;
  let author: TestUser;
  let other: TestUser;
  let moderator: TestUser;
  let otherAgencyOfficer: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    law = await openDraft(t);
    [author, other, moderator] = await Promise.all([
      createUser(t),
      createUser(t),
      createUser(t, { role: 'MODERATOR' }),
    ]);
    otherAgencyOfficer = (await createAgencyWithOfficer(t, 'RESPONDER')).officer;
  });
  afterAll(() => t.close());

  it('masks personal data for the public, keeps the original for the author and moderators', async () => {
    const body = 'Tôi đề nghị sửa Điều 12 Luật 24/2018/QH14; liên hệ 0912 345 678 hoặc an.nguyen@gmail.com';
    const posted = await postOk(t, author, law.draftId, {
      provisionId: law.article.id,
      body: body.normalize('NFD'),
      stance: 'AMEND',
      proposedText: 'Chuyển khoản ủng hộ vào STK 0071000123456 Vietcombank',
    });
    // The author's own answer: the original, published.
    expect(posted).toMatchObject({ body, status: 'PUBLISHED' });
    const masked =
      'Tôi đề nghị sửa Điều 12 Luật 24/2018/QH14; liên hệ [số điện thoại đã ẩn] hoặc [email đã ẩn]';
    for (const viewer of [null, other, otherAgencyOfficer, law.editor]) {
      const seen = await read(t, viewer, posted.id);
      expect(seen).toMatchObject({
        body: masked,
        proposedText: 'Chuyển khoản ủng hộ vào STK [số tài khoản đã ẩn] Vietcombank',
        moderationReason: null,
        moderation: null,
      });
      expect(seen!.bodyHtml).not.toContain('0912');
    }
    expect((await read(t, author, posted.id))!.body).toBe(body);
    const mod = await read(t, moderator, posted.id);
    expect(mod!.body).toBe(body);
    expect(mod!.moderation!.publishedBody).toBe(masked);
    expect(mod!.moderation!.screeningFindings.map((f) => f.kind).sort()).toEqual([
      'BANK_ACCOUNT',
      'EMAIL',
      'PHONE',
    ]);
    // Masking does not hold: the comment is public and not in the queue.
    expect(mod!.moderation!.queuedAt).toBeNull();
    const [row] = await t.dataSource.query(`SELECT body, masked_body FROM comment WHERE id = $1`, [
      posted.id,
    ]);
    expect(row).toEqual({ body, masked_body: masked });
  });

  it('holds abusive language as PENDING: visible to the author with the reason, moderators and agency officers only', async () => {
    const posted = await postOk(t, author, law.draftId, {
      provisionId: law.article.id,
      body: 'Bọn soạn luật là đồ chó',
    });
    expect(posted.status).toBe('PENDING');
    expect(await read(t, null, posted.id)).toBeNull();
    expect(await read(t, other, posted.id)).toBeNull();
    expect(await read(t, otherAgencyOfficer, posted.id)).toBeNull();
    expect(await read(t, law.editor, posted.id)).toMatchObject({
      status: 'PENDING',
      moderationReason: null,
      moderationReasonCode: null,
    });
    expect(await read(t, author, posted.id)).toMatchObject({
      status: 'PENDING',
      moderationReason: 'Đang chờ kiểm duyệt vì bộ lọc tự động phát hiện: ngôn từ có thể xúc phạm',
      moderationReasonCode: 'HELD_BY_SCREENING',
    });
    const mod = await read(t, moderator, posted.id);
    expect(mod!.moderation!.screeningFindings).toEqual([
      { rule: 'ABUSIVE_LANGUAGE', kind: 'WORD', count: 1, detail: 'đồ chó' },
    ]);
    expect(mod!.moderation!.queuedAt).not.toBeNull();
  });

  it('lets everyday comments with các, dự, lớn, buổi through, with or without marks', async () => {
    for (const body of [
      'Các quy định tại dự thảo cần thảo luận lớn hơn trong buổi họp tới.',
      'Cac quy dinh tai du thao can thao luan lon hon trong buoi hop toi.',
    ]) {
      expect((await postOk(t, other, law.draftId, { provisionId: law.clause.id, body })).status).toBe(
        'PUBLISHED',
      );
    }
  });

  it.each([
    ['with marks', 'Bọn soạn thảo này ngu như bò, đồ khốn nạn!', ['ngu như bò', 'khốn nạn']],
    ['without marks', 'Bon soan thao nay ngu nhu bo, do khon nan!', ['ngu nhu bo', 'khon nan']],
    ['spelled out', 'Ban soạn thảo đúng là đồ k.h.ố.n n.ạ.n', ['khốn nạn']],
    ['in Telex', 'ban soan thao ngu nhuw bof', ['ngu như bò']],
  ])('holds insults written %s as PENDING (kind INSULT)', async (_how, body, phrases) => {
    const posted = await postOk(t, author, law.draftId, { provisionId: law.article.id, body });
    expect(posted.status).toBe('PENDING');
    const mod = await read(t, moderator, posted.id);
    // Overlapping phrases are each listed ("đồ khốn nạn": "đồ khốn" and "khốn nạn").
    expect(mod!.moderation!.screeningFindings).toEqual(
      expect.arrayContaining(
        phrases.map((detail) => ({ rule: 'ABUSIVE_LANGUAGE', kind: 'INSULT', count: 1, detail })),
      ),
    );
    expect(await read(t, author, posted.id)).toMatchObject({ moderationReasonCode: 'HELD_BY_SCREENING' });
  });

  it('lets harsh criticism and words that only look like insults through', async () => {
    for (const body of [
      'Quy định này vô lý và sẽ gây khốn khó cho ngư dân, đề nghị bỏ.',
      'Do ngu dan khai thac xa bo nen can ho tro; doi ngu can bo can duoc dao tao.',
    ]) {
      expect((await postOk(t, other, law.draftId, { provisionId: law.clause.id, body })).status).toBe(
        'PUBLISHED',
      );
    }
  });

  it('holds more than three links and denied domains', async () => {
    const many = await postOk(t, other, law.draftId, {
      body: 'Tham khảo a.vn, https://b.vn/x, www.c.com và http://d.org/y',
    });
    expect(many.status).toBe('PENDING');
    const denied = await postOk(t, other, law.draftId, { body: 'Xem chi tiết ở https://bit.ly/3xyz' });
    expect(denied.status).toBe('PENDING');
    const fine = await postOk(t, other, law.draftId, {
      body: 'Xem https://vbpl.vn/botuphap và https://moj.gov.vn',
    });
    expect(fine.status).toBe('PUBLISHED');
  });

  it('holds the third near-identical comment by one author within minutes', async () => {
    const flooder = await createUser(t);
    const text = 'Phản đối Điều 26 vì hạn chế quyền tự do ngôn luận của công dân trên không gian mạng.';
    const statuses: string[] = [];
    for (const [i, body] of [text, text.normalize('NFD'), `${text}!!`, text].entries()) {
      const provisionId = law.provisions.filter((p) => p.kind === 'ARTICLE')[i].id;
      statuses.push((await postOk(t, flooder, law.draftId, { provisionId, body })).status);
    }
    expect(statuses).toEqual(['PUBLISHED', 'PUBLISHED', 'PENDING', 'PENDING']);
    // Someone else posting the same words is not a flood.
    expect((await postOk(t, other, law.draftId, { body: text })).status).toBe('PUBLISHED');
  });

  it('records the flood finding, and holds an edit that makes a comment the third near-identical one', async () => {
    const flooder = await createUser(t);
    const text = 'Đề nghị bỏ Điều 8 vì quy định chưa rõ về thông tin sai sự thật trên mạng xã hội.';
    const articles = law.provisions.filter((p) => p.kind === 'ARTICLE');
    const first = await postOk(t, flooder, law.draftId, { provisionId: articles[0].id, body: text });
    await postOk(t, flooder, law.draftId, { provisionId: articles[1].id, body: text.toUpperCase() });
    const third = await postOk(t, flooder, law.draftId, {
      provisionId: articles[2].id,
      body: 'Khoản 2 nên quy định thời hạn gỡ bỏ là 48 giờ.',
    });
    expect(third.status).toBe('PUBLISHED');
    // The edit compares with the author's other comments, not with the comment's own old text.
    const edited = await t.graphql<{ editComment: { status: string } }>(
      EDIT,
      { id: first.id, input: { body: `${text}!!` } },
      { token: flooder.accessToken },
    );
    expect(edited.data!.editComment.status).toBe('PUBLISHED');
    const held = await t.graphql<{ editComment: { status: string; moderationReasonCode: string } }>(
      EDIT,
      { id: third.id, input: { body: `${text}!` } },
      { token: flooder.accessToken },
    );
    expect(held.data!.editComment).toMatchObject({
      status: 'PENDING',
      moderationReasonCode: 'HELD_BY_SCREENING',
    });
    const posted = await postOk(t, flooder, law.draftId, { provisionId: articles[3].id, body: text });
    expect(posted.status).toBe('PENDING');
    const rows: { id: string; findings: unknown }[] = await t.dataSource.query(
      `SELECT id, screening_findings AS findings FROM comment WHERE id = ANY($1::uuid[])`,
      [[third.id, posted.id]],
    );
    const findings = Object.fromEntries(rows.map((r) => [r.id, r.findings]));
    expect(findings[third.id]).toEqual([{ rule: 'FLOOD', kind: 'REPEATED', count: 2 }]);
    expect(findings[posted.id]).toEqual([{ rule: 'FLOOD', kind: 'REPEATED', count: 3 }]);
  });

  it('screens edits: masks new personal data, and puts a published comment back in the queue when held', async () => {
    const c = await postOk(t, author, law.draftId, { provisionId: law.clause.id, body: 'Ý kiến ban đầu' });
    const masked = await t.graphql<{ editComment: { body: string; status: string } }>(
      EDIT,
      { id: c.id, input: { body: 'Gọi tôi: +84 912.345.678' } },
      { token: author.accessToken },
    );
    expect(masked.data!.editComment).toMatchObject({ body: 'Gọi tôi: +84 912.345.678', status: 'PUBLISHED' });
    expect((await read(t, null, c.id))!.body).toBe('Gọi tôi: [số điện thoại đã ẩn]');
    const held = await t.graphql<{ editComment: { status: string; moderationReason: string } }>(
      EDIT,
      { id: c.id, input: { body: 'What a fucking joke' } },
      { token: author.accessToken },
    );
    expect(held.data!.editComment).toMatchObject({
      status: 'PENDING',
      moderationReason: 'Đang chờ kiểm duyệt vì bộ lọc tự động phát hiện: ngôn từ có thể xúc phạm',
      moderationReasonCode: 'HELD_BY_SCREENING',
    });
    expect(await read(t, null, c.id)).toBeNull();
    // The earlier texts are kept as revisions; the public text is no longer masked data.
    const [row] = await t.dataSource.query(
      `SELECT masked_body, moderation_queued_at IS NOT NULL AS queued,
              (SELECT array_agg(body ORDER BY id) FROM comment_revision WHERE comment_id = $1) AS revisions
         FROM comment WHERE id = $1`,
      [c.id],
    );
    expect(row).toEqual({
      masked_body: null,
      queued: true,
      revisions: ['Ý kiến ban đầu', 'Gọi tôi: +84 912.345.678'],
    });
    const events = await t.dataSource.query(
      `SELECT topic, payload->>'status' AS status, payload->>'previousStatus' AS previous
         FROM outbox_event WHERE aggregate_id = $1 AND topic = 'comment.moderated'`,
      [c.id],
    );
    expect(events).toEqual([{ topic: 'comment.moderated', status: 'PENDING', previous: 'PUBLISHED' }]);
  });

  it('shows the moderation field to moderators only', async () => {
    const c = await postOk(t, other, law.draftId, { body: 'Bình thường' });
    const res = await t.graphql<{ comment: { moderation: unknown } }>(
      `query ($id: ID!) { comment(id: $id) { ${MODERATION_FIELDS} } }`,
      { id: c.id },
      { token: other.accessToken },
    );
    expect(res.data!.comment.moderation).toBeNull();
  });
});
