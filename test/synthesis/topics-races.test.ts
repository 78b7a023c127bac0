import { scopeKey, TopicScope, TopicsRepository } from '@thamvan/synthesis';
import { startTestApp, TestApp } from '../utils/test-app';
import { openDraft, OpenDraft } from '../feedback/feedback-fixtures';

/**
 * Two relays can each take a rebuild of one scope (a comment marked while the first build
 * runs schedules the second at once). Whatever order they commit in, the build that read the
 * comments later is what stays, and an event delivered twice builds once.
 */
describe('topic rebuilds of one scope by two relays', () => {
  let t: TestApp;
  let law: OpenDraft;
  let repo: TopicsRepository;
  let scope: TopicScope;

  beforeAll(async () => {
    t = await startTestApp();
    law = await openDraft(t);
    repo = t.app.get(TopicsRepository);
    const [{ lineageId }] = await t.dataSource.query(
      `SELECT lineage_id AS "lineageId" FROM provision WHERE id = $1`,
      [law.article.id],
    );
    scope = { kind: 'PROVISION', draftId: law.draftId, lineageId };
  });
  afterAll(() => t.close());

  const labels = async () =>
    (
      await t.dataSource.query<{ label: string }[]>(
        `SELECT label FROM topic WHERE lineage_id = $1 ORDER BY position`,
        [scope.lineageId],
      )
    ).map((r) => r.label);
  const take = async () => {
    await repo.markDirty([scope], 0);
    const taken = await repo.takeScheduled(scopeKey(scope));
    if (!taken) throw new Error('nothing scheduled');
    return taken;
  };
  const topic = (label: string, commentId: string) => ({
    id: null,
    isOther: false,
    label,
    phrases: [label],
    size: 1,
    commentCount: 1,
    representativeId: commentId,
    stanceCounts: { SUPPORT: 1, OPPOSE: 0, AMEND: 0, QUESTION: 0, NEUTRAL: 0 },
    campaigns: [],
    commentIds: [commentId],
  });

  it('keeps the later read when the earlier build commits last', async () => {
    const [{ id: commentId }] = await t.dataSource.query<{ id: string }[]>(
      `WITH u AS (INSERT INTO app_user (display_name) VALUES ('Người góp ý') RETURNING id)
       INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, idempotency_key, input_hash, created_at)
       SELECT $1, p.version_id, p.id, p.lineage_id, u.id, 'Đề nghị làm rõ khái niệm.', gen_random_uuid(), 'test', now()
         FROM provision p, u WHERE p.id = $2 RETURNING id`,
      [law.draftId, law.article.id],
    );
    const first = await take();
    const second = await take();
    expect(new Date(second.takenAt).getTime()).toBeGreaterThanOrEqual(new Date(first.takenAt).getTime());
    await repo.replaceTopics(second, () => [topic('đọc sau', commentId)]);
    await repo.replaceTopics(first, () => [topic('đọc trước', commentId)]);
    expect(await labels()).toEqual(['đọc sau']);
  });

  it('builds once for an event delivered twice', async () => {
    await repo.markDirty([scope], 0);
    expect(await repo.takeScheduled(scopeKey(scope))).not.toBeNull();
    expect(await repo.takeScheduled(scopeKey(scope))).toBeNull();
  });
});
