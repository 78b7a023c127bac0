import { OutboxRelay } from '@thamvan/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jaccard, signText, unpackInt32 } from '@thamvan/synthesis/campaigns/text-signature';
import { PackedSignatures1795370000000 } from '../../migrations/1795370000000-PackedSignatures';
import { createUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { eventually, waitUntil, openDraft, OpenDraft, postOk } from '../feedback/feedback-fixtures';
import { BUCKET_CANDIDATES } from '@thamvan/synthesis/campaigns/campaign-grouper';
import { distinctComment, FORM_LETTER, formLetterCopy, rng } from './generated-comments';
import { insertComments } from './synthesis-fixtures';

/**
 * A packed signature column (4 big-endian bytes per value, migration PackedSignatures) as an
 * int4[], in SQL: the checks below read the stored bytes without the code that wrote them.
 */
const ints = (column: string) =>
  `ARRAY(SELECT (get_byte(${column}, i) << 24) | (get_byte(${column}, i + 1) << 16)
                | (get_byte(${column}, i + 2) << 8) | get_byte(${column}, i + 3)
           FROM generate_series(0, length(${column}) - 4, 4) AS i ORDER BY i)`;

/** Comments inserted by SQL with their comment.created events (synthesis-fixtures.ts), by body. */
const insertBodies = (t: TestApp, law: OpenDraft, bodies: string[]) =>
  insertComments(
    t,
    law,
    bodies.map((text) => ({ text })),
  );

describe('campaign detection (outbox relay running)', () => {
  let t: TestApp;
  let law: OpenDraft;

  beforeAll(async () => {
    t = await startTestApp({ runRelay: true, env: { RATE_LIMIT_MULTIPLIER: '100' } });
    law = await openDraft(t);
  });
  afterAll(() => t.close());

  const campaignOf = async (commentId: string): Promise<string | null> =>
    (
      await t.dataSource.query(`SELECT campaign_id AS id FROM campaign_member WHERE comment_id = $1`, [
        commentId,
      ])
    )[0]?.id ?? null;

  /** How many of these comments have been signed, once all are or after `timeoutMs`. */
  const signedCount = (ids: string[], timeoutMs = 60_000) =>
    eventually(
      async () =>
        (
          await t.dataSource.query(
            `SELECT count(*)::int AS n FROM comment_signature WHERE comment_id = ANY($1)`,
            [ids],
          )
        )[0].n as number,
      (n) => n === ids.length,
      timeoutMs,
    );

  it('groups exact duplicates written through postComment, ignoring case, accents and punctuation', async () => {
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => createUser(t)));
    const first = await postOk(t, a, law.draftId, { body: 'Đề nghị bỏ Điều 5, khoản 2!' });
    const second = await postOk(t, b, law.draftId, { body: 'de nghi bo dieu 5 khoan 2' });
    const unrelated = await postOk(t, c, law.draftId, { body: 'Đề nghị giữ nguyên Điều 5.' });
    const campaign = await eventually(
      () => campaignOf(second.id),
      (id) => id !== null,
    );
    expect(campaign).not.toBeNull();
    expect(await campaignOf(first.id)).toBe(campaign);
    const [row] = await t.dataSource.query(
      `SELECT representative_comment_id AS rep, size FROM campaign WHERE id = $1`,
      [campaign],
    );
    expect(row).toEqual({ rep: first.id, size: 2 });
    await waitUntil(
      () => t.dataSource.query(`SELECT 1 FROM comment_signature WHERE comment_id = $1`, [unrelated.id]),
      (r) => r.length === 1,
    );
    expect(await campaignOf(unrelated.id)).toBeNull();
    const [event] = await t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE topic = 'campaign.updated' AND aggregate_id = $1 ORDER BY id LIMIT 1`,
      [campaign],
    );
    expect(event.payload.draftId).toBe(law.draftId);
    expect([...event.payload.commentIds].sort()).toEqual([first.id, second.id].sort());
  });

  it('lets an edited member leave, and regroups a campaign whose representative was edited', async () => {
    const letter = FORM_LETTER.split(' ').slice(0, 60).join(' ');
    const users = await Promise.all([0, 1, 2, 3].map(() => createUser(t)));
    const posted = [];
    for (const [i, u] of users.entries()) {
      posted.push(await postOk(t, u, law.draftId, { body: `${letter} Người ký số ${i}.` }));
    }
    const [a, b, c, d] = posted;
    const sizeOf = async (commentId: string) =>
      (
        await t.dataSource.query(
          `SELECT cp.id, cp.size, cp.representative_comment_id AS rep FROM campaign_member m
             JOIN campaign cp ON cp.id = m.campaign_id WHERE m.comment_id = $1`,
          [commentId],
        )
      )[0] as { id: string; size: number; rep: string } | undefined;
    const first = await eventually(
      () => sizeOf(a.id),
      (x) => x?.size === 4,
    );
    expect(first).toMatchObject({ size: 4, rep: a.id });
    const edit = (u: (typeof users)[number], id: string, body: string) =>
      t.graphql(
        `mutation ($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id } }`,
        { id, input: { body } },
        { token: u.accessToken },
      );

    // A member rewritten into something else leaves; the campaign shrinks.
    expect(
      (await edit(users[2], c.id, 'Tôi đổi ý: đề nghị bãi bỏ toàn bộ điều này.')).errors,
    ).toBeUndefined();
    expect(
      await eventually(
        () => sizeOf(a.id),
        (x) => x?.size === 3,
      ),
    ).toMatchObject({ id: first!.id, size: 3 });
    expect(await campaignOf(c.id)).toBeNull();

    // The representative rewritten: the campaign dissolves and the rest regroup around the earliest.
    expect(
      (await edit(users[0], a.id, 'Tôi rút lại ý kiến mẫu và góp ý riêng về khoản 3.')).errors,
    ).toBeUndefined();
    const regrouped = await eventually(
      () => sizeOf(b.id),
      (x) => x?.rep === b.id,
    );
    expect(regrouped).toMatchObject({ rep: b.id, size: 2 });
    expect(regrouped!.id).not.toBe(first!.id);
    expect(await campaignOf(d.id)).toBe(regrouped!.id);
    expect(await campaignOf(a.id)).toBeNull();
    expect(await t.dataSource.query(`SELECT 1 FROM campaign WHERE id = $1`, [first!.id])).toEqual([]);
  });

  it('finds one campaign of ≈1,000 edited copies of a form letter among 500 distinct comments', async () => {
    const random = rng(20261122);
    const bodies: { text: string; form: boolean }[] = [
      { text: FORM_LETTER, form: true },
      ...Array.from({ length: 999 }, (_, i) => ({ text: formLetterCopy(random, i), form: true })),
      ...Array.from({ length: 500 }, () => ({ text: distinctComment(random), form: false })),
    ];
    // Shuffle after the original: copies and distinct comments arrive interleaved.
    for (let i = bodies.length - 1; i > 1; i--) {
      const j = 1 + Math.floor(random() * i);
      [bodies[i], bodies[j]] = [bodies[j], bodies[i]];
    }
    const ids = await insertBodies(
      t,
      law,
      bodies.map((b) => b.text),
    );
    expect(await signedCount(ids, 120_000)).toBe(ids.length);
    const members: { commentId: string; campaignId: string }[] = await t.dataSource.query(
      `SELECT comment_id AS "commentId", campaign_id AS "campaignId" FROM campaign_member WHERE comment_id = ANY($1)`,
      [ids],
    );
    const campaignBy = new Map(members.map((m) => [m.commentId, m.campaignId]));
    const sizes = new Map<string, number>();
    for (const m of members) sizes.set(m.campaignId, (sizes.get(m.campaignId) ?? 0) + 1);
    const [largest] = [...sizes].sort((x, y) => y[1] - x[1]);
    const formIds = ids.filter((_, i) => bodies[i].form);
    const distinctIds = ids.filter((_, i) => !bodies[i].form);
    const truePositives = formIds.filter((id) => campaignBy.get(id) === largest[0]).length;
    const precision = truePositives / largest[1];
    const recall = truePositives / formIds.length;
    const groupedDistinct = distinctIds.filter((id) => campaignBy.has(id)).length;
    process.stdout.write(
      `campaign detection: largest campaign ${largest[1]} comments, precision ${precision.toFixed(4)}, ` +
        `recall ${recall.toFixed(4)}, campaigns ${sizes.size}, distinct comments grouped ${groupedDistinct}/500\n`,
    );
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.98);
    expect(groupedDistinct).toBe(0);
    const [campaign] = await t.dataSource.query(`SELECT size FROM campaign WHERE id = $1`, [largest[0]]);
    expect(campaign.size).toBe(largest[1]);
    // Every member really is within the threshold of the representative (no estimation noise).
    const [{ worst }] = await t.dataSource.query(
      `SELECT min(cardinality(ARRAY(SELECT unnest(${ints('s.shingles')}) INTERSECT SELECT unnest(${ints('r.shingles')})))::float /
                  cardinality(ARRAY(SELECT unnest(${ints('s.shingles')}) UNION SELECT unnest(${ints('r.shingles')})))) AS worst
         FROM campaign_member m JOIN campaign cp ON cp.id = m.campaign_id
         JOIN comment_signature s ON s.comment_id = m.comment_id
         JOIN comment_signature r ON r.comment_id = cp.representative_comment_id
        WHERE cp.id = $1`,
      [largest[0]],
    );
    expect(worst).toBeGreaterThanOrEqual(0.8);
  }, 180_000);

  it('still finds near-duplicates when a shared opening makes hot LSH buckets', async () => {
    // Citizens open with the same courtesy sentence: distinct comments then share LSH buckets
    // (bands whose minimum shingles all come from the opening), more than a bucket proposes.
    const opening =
      'Kính gửi Ban soạn thảo dự thảo luật, sau khi nghiên cứu kỹ toàn văn dự thảo và hồ sơ kèm theo, ' +
      'tôi xin có một số ý kiến góp ý cụ thể như sau để Ban soạn thảo tham khảo và tiếp thu:';
    const random = rng(7);
    const originals = Array.from({ length: 300 }, () => `${opening} ${distinctComment(random)}`);
    const originalIds = await insertBodies(t, law, originals);
    expect(await signedCount(originalIds)).toBe(originalIds.length);
    const [{ hottest }] = await t.dataSource.query(
      `SELECT max(n)::int AS hottest FROM (SELECT count(*) AS n FROM comment_lsh_band
         WHERE comment_id = ANY($1) GROUP BY band, bucket) x`,
      [originalIds],
    );
    expect(hottest).toBeGreaterThan(BUCKET_CANDIDATES);
    // A copy of each of 30 originals with one word changed.
    const copied = originalIds.slice(0, 30);
    const copies = copied.map((_, i) => {
      const words = originals[i].split(' ');
      words[words.length - 3] = 'tham-nhũng';
      return words.join(' ');
    });
    const copyIds = await insertBodies(t, law, copies);
    expect(await signedCount(copyIds)).toBe(copyIds.length);
    const campaigns: { commentId: string; rep: string }[] = await t.dataSource.query(
      `SELECT m.comment_id AS "commentId", cp.representative_comment_id AS rep
         FROM campaign_member m JOIN campaign cp ON cp.id = m.campaign_id WHERE m.comment_id = ANY($1)`,
      [[...originalIds, ...copyIds]],
    );
    const repOf = new Map(campaigns.map((c) => [c.commentId, c.rep]));
    expect(copyIds.map((id) => repOf.get(id))).toEqual(copied);
    // Originals that were not copied stay alone: the shared opening is not a campaign.
    expect(originalIds.slice(30).filter((id) => repOf.has(id))).toEqual([]);
  }, 120_000);

  it('still finds near-duplicates among comments that quote the same lines of the law', async () => {
    // bench:post-comment's texts, the workload BUCKET_CANDIDATES = 4 was chosen on: one opening,
    // then two quoted lines. Comments quoting a common line are near-misses (Jaccard ≈ 0.5)
    // that fill the buckets built from the opening and that line with far more than 4 heads.
    const opening =
      'Đề nghị Ban soạn thảo làm rõ phạm vi áp dụng của điều này đối với doanh nghiệp nhỏ và vừa, ' +
      'đồng thời quy định cụ thể thời hạn xử lý để tránh áp dụng tùy tiện trên thực tế. Cụ thể:';
    // 16 lines that do not resemble each other (the law repeats whole phrases), so that two
    // originals are never near-duplicates of each other.
    const lines: string[] = [];
    for (const line of readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length >= 90 && l.length <= 200)) {
      const shingles = signText(line).shingles;
      if (lines.length < 16 && lines.every((other) => jaccard(signText(other).shingles, shingles) < 0.1))
        lines.push(line);
    }
    expect(lines).toHaveLength(16);
    const originals: string[] = [];
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length; j++) originals.push(`${opening} "${lines[i]}" và "${lines[j]}"`);
    const originalIds = await insertBodies(t, law, originals); // 120, each line quoted by 15
    expect(await signedCount(originalIds)).toBe(originalIds.length);
    let copyIds: string[] = [];
    const grouped = () =>
      t.dataSource.query<{ commentId: string; rep: string }[]>(
        `SELECT m.comment_id AS "commentId", cp.representative_comment_id AS rep
           FROM campaign_member m JOIN campaign cp ON cp.id = m.campaign_id WHERE m.comment_id = ANY($1)`,
        [[...originalIds, ...copyIds]],
      );
    // Quoting a line other comments quote makes no campaign.
    expect(await grouped()).toEqual([]);
    const [{ hot }] = await t.dataSource.query(
      `SELECT count(*)::int AS hot FROM (SELECT 1 FROM comment_lsh_band WHERE comment_id = ANY($1)
         GROUP BY band, bucket HAVING count(*) > $2) x`,
      [originalIds, BUCKET_CANDIDATES],
    );
    expect(hot).toBeGreaterThan(20);
    // A copy of every fourth original with one word of its last line changed.
    const copied = originalIds.filter((_, i) => i % 4 === 0);
    const copies = copied.map((id) => {
      const words = originals[originalIds.indexOf(id)].split(' ');
      words[words.length - 4] = 'tham-nhũng';
      return words.join(' ');
    });
    copyIds = await insertBodies(t, law, copies);
    expect(await signedCount(copyIds)).toBe(copyIds.length);
    const repOf = new Map((await grouped()).map((c) => [c.commentId, c.rep]));
    expect(copyIds.map((id) => repOf.get(id))).toEqual(copied);
    expect(originalIds.filter((id) => !copied.includes(id) && repOf.has(id))).toEqual([]);
  }, 120_000);

  it('proposes a representative before the near-misses that fill its buckets', async () => {
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => createUser(t)));
    const letter = distinctComment(rng(4242));
    const rep = await postOk(t, a, law.draftId, { body: letter });
    const copy = await postOk(t, b, law.draftId, { body: `${letter} Xin cảm ơn.` });
    const campaign = await eventually(
      () => campaignOf(copy.id),
      (id) => id !== null,
    );
    expect(campaign).not.toBeNull();
    // 100 heads that share every bucket of the representative and sort before it: as many
    // near-misses of a letter would. Their texts share nothing with it (Jaccard 0).
    const misses = Array.from(
      { length: 100 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    await t.dataSource.query(
      `INSERT INTO comment (id, draft_id, version_id, author_id, body, idempotency_key, input_hash, created_at)
       SELECT x.id, c.draft_id, c.version_id, c.author_id, 'near miss', gen_random_uuid(), 'generated', now()
         FROM unnest($1::uuid[]) x(id), comment c WHERE c.id = $2`,
      [misses, rep.id],
    );
    await t.dataSource.query(
      `INSERT INTO comment_signature (comment_id, draft_id, exact_hash, shingles, minhash)
       SELECT x.id, $2, md5(x.id::text), '\\x000000010000000200000003', '' FROM unnest($1::uuid[]) x(id)`,
      [misses, law.draftId],
    );
    const [{ n }] = await t.dataSource.query(
      `WITH ins AS (
         INSERT INTO comment_lsh_band (draft_id, band, bucket, comment_id)
         SELECT b.draft_id, b.band, b.bucket, x.id FROM comment_lsh_band b, unnest($1::uuid[]) x(id)
          WHERE b.comment_id = $2 RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [misses, rep.id],
    );
    expect(n).toBe(100 * 20);
    const words = letter.split(' ');
    words[Math.floor(words.length / 2)] = 'minh-bạch';
    const third = await postOk(t, c, law.draftId, { body: words.join(' ') });
    expect(
      await eventually(
        () => campaignOf(third.id),
        (id) => id !== null,
      ),
    ).toBe(campaign);
  });
});

describe('the PackedSignatures migration', () => {
  it('keeps every signature value through down and up, and grouping goes on after it', async () => {
    const t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } }); // relay stopped
    try {
      const law = await openDraft(t);
      const [a, b, c] = await Promise.all([0, 1, 2].map(() => createUser(t)));
      const letter = distinctComment(rng(99));
      const original = await postOk(t, a, law.draftId, { body: letter });
      const relay = t.app.get(OutboxRelay);
      while ((await relay.tick()) > 0);
      const packed = () =>
        t.dataSource.query<{ id: string; shingles: Buffer; minhash: Buffer }[]>(
          `SELECT comment_id AS id, shingles, minhash FROM comment_signature WHERE comment_id = $1`,
          [original.id],
        );
      const [before] = await packed();
      const signature = signText(letter);
      expect(unpackInt32(before.shingles)).toEqual(signature.shingles);
      expect(unpackInt32(before.minhash)).toEqual(signature.minhash);
      expect(before.minhash.length).toBe(4 * signature.minhash.length);

      const migration = new PackedSignatures1795370000000();
      const runner = t.dataSource.createQueryRunner();
      try {
        await migration.down(runner);
        const [asArrays] = await t.dataSource.query(
          `SELECT shingles, minhash FROM comment_signature WHERE comment_id = $1`,
          [original.id],
        );
        expect(asArrays).toEqual({ shingles: signature.shingles, minhash: signature.minhash });
        await migration.up(runner);
      } finally {
        await runner.release();
      }
      expect(await packed()).toEqual([before]);

      // Grouping reads the migrated bytes: a near-copy joins the original's campaign.
      const copy = await postOk(t, b, law.draftId, { body: `${letter} Xin cảm ơn.` });
      const other = await postOk(t, c, law.draftId, { body: distinctComment(rng(100)) });
      while ((await relay.tick()) > 0);
      const members: { commentId: string; rep: string }[] = await t.dataSource.query(
        `SELECT m.comment_id AS "commentId", cp.representative_comment_id AS rep
           FROM campaign_member m JOIN campaign cp ON cp.id = m.campaign_id WHERE m.draft_id = $1
          ORDER BY m.comment_id`,
        [law.draftId],
      );
      expect(members).toEqual(
        [
          { commentId: original.id, rep: original.id },
          { commentId: copy.id, rep: original.id },
        ].sort((x, y) => (x.commentId < y.commentId ? -1 : 1)),
      );
      expect(members.map((m) => m.commentId)).not.toContain(other.id);
    } finally {
      await t.close();
    }
  });
});
