import { OutboxRelay } from '@thamvan/core';
import { countDelta } from '@thamvan/feedback/counters/counters.consumer';
import { IncrementalCounters1795363161393 } from '../../migrations/1795363161393-IncrementalCounters';
import { DraftStanceCounts1795380000000 } from '../../migrations/1795380000000-DraftStanceCounts';
import { createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { eventually, waitUntil, openDraft, postOk } from './feedback-fixtures';

/**
 * The provision and draft counters move by differences (counters.consumer.ts). Whatever
 * happens to the comments, the stored counters must equal a recount from the comment rows.
 */
describe('counters moved by differences (outbox relay running)', () => {
  let t: TestApp;
  let a: TestUser;
  let b: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ runRelay: true, env: { RATE_LIMIT_MULTIPLIER: '100' } });
    [a, b] = await Promise.all([createUser(t), createUser(t)]);
  });
  afterAll(() => t.close());

  /** What the counters say, and what a recount of the comment rows says. */
  const stored = async (draftId: string, lineageId: string) => {
    const [provision] = await t.dataSource.query(
      `SELECT comments, support, oppose, amend, question, neutral FROM provision_counter WHERE lineage_id = $1`,
      [lineageId],
    );
    const [draft] = await t.dataSource.query(
      `SELECT comments, participants, support, oppose, amend, question, neutral FROM draft_counter WHERE draft_id = $1`,
      [draftId],
    );
    return { provision, draft };
  };
  const recounted = async (draftId: string, lineageId: string) => {
    const [provision] = await t.dataSource.query(
      `SELECT count(*)::int AS comments,
              count(*) FILTER (WHERE stance = 'SUPPORT')::int AS support, count(*) FILTER (WHERE stance = 'OPPOSE')::int AS oppose,
              count(*) FILTER (WHERE stance = 'AMEND')::int AS amend, count(*) FILTER (WHERE stance = 'QUESTION')::int AS question,
              count(*) FILTER (WHERE stance = 'NEUTRAL')::int AS neutral
         FROM comment WHERE lineage_id = $1 AND status = 'PUBLISHED'`,
      [lineageId],
    );
    const [draft] = await t.dataSource.query(
      `SELECT count(*)::int AS comments, count(DISTINCT author_id)::int AS participants,
              count(*) FILTER (WHERE stance = 'SUPPORT')::int AS support, count(*) FILTER (WHERE stance = 'OPPOSE')::int AS oppose,
              count(*) FILTER (WHERE stance = 'AMEND')::int AS amend, count(*) FILTER (WHERE stance = 'QUESTION')::int AS question,
              count(*) FILTER (WHERE stance = 'NEUTRAL')::int AS neutral
         FROM comment WHERE draft_id = $1 AND status = 'PUBLISHED'`,
      [draftId],
    );
    return { provision, draft };
  };
  /** Waits for the relay, then checks the counters against the recount and the expected counts. */
  const settle = async (draftId: string, lineageId: string, expected: object) => {
    const value = await eventually(
      () => stored(draftId, lineageId),
      (v) => JSON.stringify(v) === JSON.stringify(expected),
    );
    expect(value).toEqual(expected);
    expect(await recounted(draftId, lineageId)).toEqual(expected);
  };

  it('follows edits of stance and withdrawals, and counts an author until their last comment leaves', async () => {
    const law = await openDraft(t);
    const [{ lineageId }] = await t.dataSource.query(
      `SELECT lineage_id AS "lineageId" FROM provision WHERE id = $1`,
      [law.article.id],
    );
    const on = { provisionId: law.article.id };
    const c1 = await postOk(t, a, law.draftId, { ...on, stance: 'SUPPORT' });
    const c2 = await postOk(t, a, law.draftId, { ...on, stance: 'OPPOSE' });
    await postOk(t, b, law.draftId, { ...on, stance: 'AMEND', proposedText: 'Sửa thành: “trong 24 giờ”.' });
    const provision = (p: Partial<Record<string, number>>) => ({
      comments: 0,
      support: 0,
      oppose: 0,
      amend: 0,
      question: 0,
      neutral: 0,
      ...p,
    });
    // Every comment here is on the one article: the draft's stances are the article's.
    const both = (p: Partial<Record<string, number>>, participants: number) => {
      const { comments, support, oppose, amend, question, neutral } = provision(p);
      return {
        provision: provision(p),
        draft: { comments, participants, support, oppose, amend, question, neutral },
      };
    };
    await settle(law.draftId, lineageId, both({ comments: 3, support: 1, oppose: 1, amend: 1 }, 2));

    const edit = await t.graphql(
      `mutation ($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id } }`,
      { id: c1.id, input: { body: 'Tôi có câu hỏi về điều này.', stance: 'QUESTION' } },
      { token: a.accessToken },
    );
    expect(edit.errors).toBeUndefined();
    await settle(law.draftId, lineageId, both({ comments: 3, question: 1, oppose: 1, amend: 1 }, 2));

    const withdraw = (id: string) =>
      t.graphql(`mutation ($id: ID!) { withdrawComment(id: $id) { id } }`, { id }, { token: a.accessToken });
    expect((await withdraw(c1.id)).errors).toBeUndefined();
    await settle(law.draftId, lineageId, both({ comments: 2, oppose: 1, amend: 1 }, 2));
    expect((await withdraw(c2.id)).errors).toBeUndefined();
    await settle(law.draftId, lineageId, both({ comments: 1, amend: 1 }, 1));

    // Every event delivered again, in one batch: nothing left to count, nothing moves.
    await t.dataSource.query(
      `UPDATE outbox_event SET status = 'PENDING', pending_consumers = ARRAY['feedback-counters']
        WHERE payload->>'draftId' = $1`,
      [law.draftId],
    );
    await waitUntil(
      () => t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE status = 'PENDING'`),
      (rows: { n: number }[]) => rows[0].n === 0,
    );
    await settle(law.draftId, lineageId, both({ comments: 1, amend: 1 }, 1));
  });
});

describe('the DraftStanceCounts migration', () => {
  it('fills the draft stances from what the counters counted', async () => {
    const t = await startTestApp({ runRelay: true, env: { RATE_LIMIT_MULTIPLIER: '100' } });
    try {
      const [a, b] = await Promise.all([createUser(t), createUser(t)]);
      const law = await openDraft(t);
      await postOk(t, a, law.draftId, { provisionId: law.article.id, stance: 'SUPPORT' });
      await postOk(t, b, law.draftId, { stance: 'QUESTION' }); // on the draft as a whole
      await postOk(t, b, law.draftId, { provisionId: law.article.id });
      const read = async () =>
        (
          await t.dataSource.query(
            `SELECT comments, support, question, oppose FROM draft_counter WHERE draft_id = $1`,
            [law.draftId],
          )
        )[0];
      const expected = { comments: 3, support: 1, question: 1, oppose: 0 };
      await waitUntil(read, (row) => JSON.stringify(row) === JSON.stringify(expected));
      const migration = new DraftStanceCounts1795380000000();
      const runner = t.dataSource.createQueryRunner();
      try {
        await migration.down(runner);
        await migration.up(runner);
      } finally {
        await runner.release();
      }
      expect(await read()).toEqual(expected);
      const gql = await t.graphql<{ draft: { stanceCounts: Record<string, number> } }>(
        `query ($id: ID!) { draft(id: $id) { stanceCounts { support oppose amend question neutral } } }`,
        { id: law.draftId },
      );
      expect(gql.data?.draft.stanceCounts).toEqual({
        support: 1,
        oppose: 0,
        amend: 0,
        question: 1,
        neutral: 0,
      });
    } finally {
      await t.close();
    }
  });
});

describe('the IncrementalCounters migration', () => {
  it('counts the comments already there, and the events still in the outbox find nothing left', async () => {
    const t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } }); // relay stopped
    try {
      const [a, b] = await Promise.all([createUser(t), createUser(t)]);
      const law = await openDraft(t);
      const on = { provisionId: law.article.id };
      await postOk(t, a, law.draftId, { ...on, stance: 'SUPPORT' });
      await postOk(t, a, law.draftId, { ...on, stance: 'SUPPORT' });
      await postOk(t, b, law.draftId, { ...on, stance: 'NEUTRAL' });
      await postOk(t, b, law.draftId);
      // As if these comments had been counted before the migration, then the tables dropped.
      const migration = new IncrementalCounters1795363161393();
      const runner = t.dataSource.createQueryRunner();
      try {
        await migration.down(runner);
        await t.dataSource.query(`DELETE FROM provision_counter; DELETE FROM draft_counter`);
        await migration.up(runner);
      } finally {
        await runner.release();
      }
      const read = async () => ({
        draft: (
          await t.dataSource.query(`SELECT comments, participants FROM draft_counter WHERE draft_id = $1`, [
            law.draftId,
          ])
        )[0],
        provision: (
          await t.dataSource.query(
            `SELECT pc.comments, pc.support, pc.neutral FROM provision_counter pc
               JOIN provision p ON p.lineage_id = pc.lineage_id WHERE p.id = $1`,
            [law.article.id],
          )
        )[0],
      });
      const expected = {
        draft: { comments: 4, participants: 2 },
        provision: { comments: 3, support: 2, neutral: 1 },
      };
      expect(await read()).toEqual(expected);
      const relay = t.app.get(OutboxRelay);
      while ((await relay.tick()) > 0);
      expect(await read()).toEqual(expected);
    } finally {
      await t.close();
    }
  });
});

describe(countDelta.name, () => {
  const base = {
    draftId: 'd',
    lineageId: 'l',
    authorId: 'a',
    stance: 'SUPPORT',
    published: true,
    wasPublished: false,
    wasStance: null,
  };

  it('adds a new published comment, and nothing for a held one', () => {
    const delta = countDelta([
      { ...base, id: '1' },
      { ...base, id: '2', published: false },
    ]);
    expect(delta.drafts.get('d')).toEqual(delta.lineages.get('l'));
    expect(delta.authors).toEqual(new Map([['d a', 1]]));
    expect(delta.lineages.get('l')).toEqual({
      comments: 1,
      support: 1,
      oppose: 0,
      amend: 0,
      question: 0,
      neutral: 0,
    });
  });

  it('moves a stance change of a published comment between stances only', () => {
    const delta = countDelta([
      { ...base, id: '1', stance: 'OPPOSE', wasPublished: true, wasStance: 'SUPPORT' },
    ]);
    expect(delta.drafts.get('d')).toEqual(delta.lineages.get('l'));
    expect(delta.authors.size).toBe(0);
    expect(delta.lineages.get('l')).toEqual({
      comments: 0,
      support: -1,
      oppose: 1,
      amend: 0,
      question: 0,
      neutral: 0,
    });
  });

  it('takes out a comment that left, with the stance it was counted under', () => {
    const delta = countDelta([
      { ...base, id: '1', stance: 'AMEND', published: false, wasPublished: true, wasStance: 'NEUTRAL' },
    ]);
    expect(delta.drafts.get('d')).toEqual(delta.lineages.get('l'));
    expect(delta.authors).toEqual(new Map([['d a', -1]]));
    expect(delta.lineages.get('l')).toEqual({
      comments: -1,
      support: 0,
      oppose: 0,
      amend: 0,
      question: 0,
      neutral: -1,
    });
  });

  it('counts a comment on the whole draft (no provision) in the draft only', () => {
    const delta = countDelta([{ ...base, id: '1', lineageId: null, stance: 'QUESTION' }]);
    expect(delta.lineages.size).toBe(0);
    expect(delta.drafts.get('d')).toEqual({
      comments: 1,
      support: 0,
      oppose: 0,
      amend: 0,
      question: 1,
      neutral: 0,
    });
  });
});
