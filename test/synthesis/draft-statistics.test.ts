import { Clock } from '@thamvan/core';
import { StatisticsService } from '@thamvan/synthesis';
import { createUser, TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { openDraft, postOk } from '../feedback/feedback-fixtures';
import { RESPOND, synthesisWorld, SynthesisWorld } from './synthesis-fixtures';

const STATISTICS = `query ($d: ID!) { draftStatistics(draftId: $d) {
  draftId generatedAt status commentCount participantCount individualComments organizationComments
  individualParticipants organizationParticipants verifiedComments answeredCount generalComments
  stanceCounts { support oppose amend question neutral }
  dispositionCounts { disposition count }
  provinces { province count }
  timeline { day comments participants newParticipants }
  articles { commentCount participantCount answeredCount stanceCounts { support oppose amend question neutral }
    provision { id key kind } } } }`;
const REPORT = `query ($d: ID!) { feedbackReport(draftId: $d) {
  commentCount participantCount answeredCount individualComments organizationComments
  individualParticipants organizationParticipants verifiedComments
  stanceCounts { support oppose amend question neutral } provinces { province count } } }`;

interface Statistics {
  draftId: string;
  status: string;
  commentCount: number;
  participantCount: number;
  answeredCount: number;
  generalComments: number;
  stanceCounts: Record<string, number>;
  dispositionCounts: { disposition: string; count: number }[];
  provinces: { province: string; count: number }[];
  timeline: { day: string; comments: number; participants: number; newParticipants: number }[];
  articles: {
    commentCount: number;
    participantCount: number;
    answeredCount: number;
    stanceCounts: Record<string, number>;
    provision: { id: string; key: string; kind: string };
  }[];
}

/**
 * The public statistics of a consultation (issue 17): for anyone while it is open or closed,
 * the same totals as the agency's live feedback report, published comments only, per day with
 * participants, per article with its clauses, per disposition; cached for 15 seconds.
 */
describe('draftStatistics', () => {
  let t: TestApp;
  let w: SynthesisWorld;
  let org: TestUser;
  let people: TestUser[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    w = await synthesisWorld(t);
    org = await createUser(t, {
      kind: 'ORGANIZATION',
      organizationName: 'Hiệp hội Luật gia',
      province: 'Hà Nội',
    });
    people = await Promise.all([0, 1].map(() => createUser(t, { province: 'Cần Thơ' })));
    const { draftId, article, clause, provisions } = w.law;
    const second = provisions.filter((p) => p.kind === 'ARTICLE')[1];
    ids.clause = (
      await postOk(t, people[0], draftId, {
        provisionId: clause.id,
        stance: 'AMEND',
        proposedText: 'Sửa thành: …',
      })
    ).id;
    ids.article = (await postOk(t, people[1], draftId, { provisionId: article.id, stance: 'SUPPORT' })).id;
    ids.org = (await postOk(t, org, draftId, { provisionId: second.id, stance: 'OPPOSE' })).id;
    ids.general = (await postOk(t, people[0], draftId, { stance: 'QUESTION' })).id;
    ids.hidden = (await postOk(t, org, draftId, { provisionId: clause.id, stance: 'OPPOSE' })).id;
    ids.withdrawn = (await postOk(t, people[1], draftId, { provisionId: clause.id })).id;
    // Yesterday (in Vietnam) for the first one: two days, one person new on the second.
    await t.dataSource.query(`UPDATE comment SET created_at = now() - interval '1 day' WHERE id = $1`, [
      ids.clause,
    ]);
    await t.dataSource.query(`UPDATE comment SET status = 'HIDDEN' WHERE id = $1`, [ids.hidden]);
    const withdrawn = await t.graphql(
      `mutation ($id: ID!) { withdrawComment(id: $id) { status } }`,
      { id: ids.withdrawn },
      { token: people[1].accessToken },
    );
    expect(withdrawn.errors).toBeUndefined();
    for (const [c, disposition] of [
      [ids.clause, 'ACCEPTED'],
      [ids.org, 'EXPLAINED'],
    ]) {
      const res = await t.graphql(
        RESPOND,
        { c, input: { disposition, explanation: 'Cơ quan soạn thảo trả lời.' } },
        { token: w.responder.accessToken },
      );
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  const statistics = async (draftId = w.law.draftId, token?: string) => {
    const res = await t.graphql<{ draftStatistics: Statistics | null }>(
      STATISTICS,
      { d: draftId },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.draftStatistics;
  };

  it('gives anyone the totals of the live report while the consultation is open', async () => {
    const s = (await statistics())!;
    const report = await t.graphql<{ feedbackReport: Record<string, unknown> }>(
      REPORT,
      { d: w.law.draftId },
      { token: w.responder.accessToken },
    );
    expect(s).toMatchObject({ ...report.data!.feedbackReport, draftId: w.law.draftId, status: 'OPEN' });
    // Published comments only: not the hidden one, not the withdrawn one.
    expect(s).toMatchObject({
      commentCount: 4,
      participantCount: 3,
      answeredCount: 2,
      generalComments: 1,
      stanceCounts: { support: 1, oppose: 1, amend: 1, question: 1, neutral: 0 },
      provinces: [
        { province: 'Cần Thơ', count: 3 },
        { province: 'Hà Nội', count: 1 },
      ],
    });
    // The public cannot read the report before it is published; the figures they can.
    const anonymous = await t.graphql<{ feedbackReport: unknown }>(REPORT, { d: w.law.draftId });
    expect(anonymous.data!.feedbackReport).toBeNull();
    // Nobody's e-mail in them.
    const text = JSON.stringify(s);
    for (const user of [org, ...people]) expect(text).not.toContain(user.email);
  });

  it('counts per day with the people new that day, per disposition, and per article with its clauses', async () => {
    const s = (await statistics())!;
    expect(s.timeline).toHaveLength(2);
    const [yesterday, today] = s.timeline;
    expect(yesterday).toMatchObject({ comments: 1, participants: 1, newParticipants: 1 });
    expect(today).toMatchObject({ comments: 3, participants: 3, newParticipants: 2 });
    expect(s.dispositionCounts).toEqual([
      { disposition: 'ACCEPTED', count: 1 },
      { disposition: 'PARTIALLY_ACCEPTED', count: 0 },
      { disposition: 'NOT_ACCEPTED', count: 0 },
      { disposition: 'EXPLAINED', count: 1 },
    ]);
    // An article holds its clauses' comments: the clause's article has 2, the hottest, first.
    const articles = w.law.provisions.filter((p) => p.kind === 'ARTICLE');
    const ofClause = articles.find((a) => w.law.clause.key.startsWith(`${a.key}/`))!;
    const others = [w.law.article.id, articles[1].id].filter((id) => id !== ofClause.id);
    expect(s.articles.map((a) => [a.provision.id, a.commentCount])).toEqual([
      [ofClause.id, 2],
      ...others.map((id) => [id, 1]),
    ]);
    expect(s.articles[0]).toMatchObject({
      participantCount: 2,
      answeredCount: ofClause.id === articles[1].id ? 2 : 1,
      stanceCounts: {
        support: ofClause.id === w.law.article.id ? 1 : 0,
        oppose: ofClause.id === articles[1].id ? 1 : 0,
        amend: 1,
        question: 0,
        neutral: 0,
      },
      provision: { kind: 'ARTICLE' },
    });
  });

  it('is computed at most once per 15 seconds', async () => {
    const before = (await statistics())!;
    const late = await postOk(t, await createUser(t), w.law.draftId, { provisionId: w.law.article.id });
    expect(late.status).toBe('PUBLISHED');
    expect((await statistics())!.commentCount).toBe(before.commentCount);
    t.app.get(Clock).advance(StatisticsService.CACHE_MS + 1);
    expect((await statistics())!.commentCount).toBe(before.commentCount + 1);
  });

  it('is null before the consultation opens, for drafts nobody may see, and for ids that do not exist', async () => {
    const scheduled = await openDraft(t, { opensInDays: 3 });
    expect(await statistics(scheduled.draftId)).toBeNull();
    expect(await statistics(scheduled.draftId, scheduled.editor.accessToken)).toBeNull();
    expect(await statistics('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await statistics('abc')).toBeNull();
  });

  it('stays public after the consultation closed', async () => {
    const closed = await t.graphql(
      `mutation ($id: ID!) { closeConsultation(draftId: $id, reason: "Hết thời hạn") { status } }`,
      { id: w.law.draftId },
      { token: w.law.editor.accessToken },
    );
    expect(closed.errors).toBeUndefined();
    const s = (await statistics())!;
    expect(s.status).toBe('CLOSED');
    expect(s.commentCount).toBeGreaterThan(0);
  });
});
