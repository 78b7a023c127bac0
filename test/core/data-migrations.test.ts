import { createUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { openDraft, postOk } from '../feedback/feedback-fixtures';
import { ProvisionFullLabel1796500000000 } from '../../migrations/1796500000000-ProvisionFullLabel';
import { ModerationReasonCode1796500100000 } from '../../migrations/1796500100000-ModerationReasonCode';

/** Migrations that fill a new column from existing rows, run over a database with data. */
describe('data migrations of issue 19', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('ProvisionFullLabel names existing clauses and points with their article, and refreshes search rows', async () => {
    const law = await openDraft(t);
    const point = law.byKey('chuong-i/dieu-5/khoan-1/diem-dd');
    const c = await postOk(t, await createUser(t), law.draftId, {
      provisionId: point.id,
      body: 'Góp ý điểm đ.',
    });
    await t.dataSource.query(
      `INSERT INTO comment_search (comment_id, draft_id, agency_id, version_number, provision_key, provision_label,
         status, body, author_display_name, author_kind, verified, has_proposed_text, created_at, tsv)
       VALUES ($1, $2, $3, 1, $4, 'Điểm đ', 'PUBLISHED', 'x', 'A', 'INDIVIDUAL', false, false, now(), ''::tsvector)`,
      [c.id, law.draftId, law.agencyId, point.key],
    );
    const before: { key: string; full_label: string }[] = await t.dataSource.query(
      `SELECT key, full_label FROM provision p JOIN draft_version v ON v.id = p.version_id WHERE v.draft_id = $1 ORDER BY ordinal`,
      [law.draftId],
    );
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.query(`ALTER TABLE provision DROP COLUMN full_label`);
      await new ProvisionFullLabel1796500000000().up(runner);
    } finally {
      await runner.release();
    }
    const after = await t.dataSource.query(
      `SELECT key, full_label FROM provision p JOIN draft_version v ON v.id = p.version_id WHERE v.draft_id = $1 ORDER BY ordinal`,
      [law.draftId],
    );
    expect(after).toEqual(before);
    expect(after.find((p: { key: string }) => p.key === point.key).full_label).toBe('Điểm đ khoản 1 Điều 5');
    const [search] = await t.dataSource.query(
      `SELECT provision_label FROM comment_search WHERE comment_id = $1`,
      [c.id],
    );
    expect(search.provision_label).toBe('Điểm đ khoản 1 Điều 5');
  });

  it('ModerationReasonCode classifies the English reasons stored before codes', async () => {
    const law = await openDraft(t);
    const author = await createUser(t);
    const texts = [
      'Held for review by automatic screening: links',
      'Held for review: comments on this draft are published once a moderator approves them',
      'Hidden automatically: reported by 3 people; waiting for a moderator',
      'Thông tin sai lệch',
    ];
    const ids: string[] = [];
    for (const [i, reason] of texts.entries()) {
      const c = await postOk(t, author, law.draftId, { body: `Ý kiến số ${i} về dự thảo luật.` });
      await t.dataSource.query(`UPDATE comment SET moderation_reason = $2 WHERE id = $1`, [c.id, reason]);
      ids.push(c.id);
    }
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.query(`ALTER TABLE comment DROP COLUMN moderation_reason_code`);
      await new ModerationReasonCode1796500100000().up(runner);
    } finally {
      await runner.release();
    }
    const rows: { id: string; code: string | null }[] = await t.dataSource.query(
      `SELECT id, moderation_reason_code AS code FROM comment WHERE draft_id = $1`,
      [law.draftId],
    );
    const code = new Map(rows.map((r) => [r.id, r.code]));
    expect(ids.map((id) => code.get(id))).toEqual([
      'HELD_BY_SCREENING',
      'HELD_PRE_MODERATION',
      'HIDDEN_BY_READER_REPORTS',
      'MODERATOR_DECISION',
    ]);
  });
});
