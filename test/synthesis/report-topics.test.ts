import { buildCorpus } from '@thamvan/synthesis/topics/fixtures/corpus';
import { startTestApp, TestApp } from '../utils/test-app';
import { openDraft, OpenDraft, waitUntil } from '../feedback/feedback-fixtures';
import { insertComments } from './synthesis-fixtures';

const TOPICS = `query ($id: ID!) { provision(id: $id) { topics {
  label phrases size commentCount isOther stanceCounts { support oppose amend question neutral }
  representative { id body } } } }`;
const REPORT = `query ($d: ID!, $v: Int) { feedbackReport(draftId: $d, version: $v) { version
  provisions { provision { id } commentCount topics {
    label phrases size commentCount other representativeText stanceCounts { support oppose amend question neutral } } } } }`;
const CLOSE = `mutation ($d: ID!, $r: String!) { closeConsultation(draftId: $d, reason: $r) { status } }`;
const PUBLISH = `mutation ($d: ID!) { publishFeedbackReport(draftId: $d) { version } }`;

interface TopicView {
  label: string;
  phrases: string[];
  size: number;
  commentCount: number;
  isOther: boolean;
  stanceCounts: Record<string, number>;
  representative: { id: string; body: string };
}
interface ReportTopicView {
  label: string;
  phrases: string[];
  size: number;
  commentCount: number;
  other: boolean;
  representativeText: string | null;
  stanceCounts: Record<string, number>;
}
interface ReportView {
  version: number | null;
  provisions: { provision: { id: string }; commentCount: number; topics: ReportTopicView[] }[];
}

/**
 * The feedback report's summary per article (issue 23): each article's topics, as the bulk
 * lane last built them, in the live report and frozen in a published version.
 */
describe('the report summarises each article by its topics', () => {
  let t: TestApp;
  let law: OpenDraft;
  const corpus = buildCorpus();

  beforeAll(async () => {
    t = await startTestApp({ runRelay: true, env: { TOPICS_DEBOUNCE_SECONDS: '0' } });
    law = await openDraft(t);
  });
  afterAll(() => t.close());

  /** Comments on the article, inserted as postComment writes them (insertComments). */
  const insert = (texts: { text: string; stance?: string | null }[]) => insertComments(t, law, texts);

  const topics = async (): Promise<TopicView[]> => {
    const res = await t.graphql<{ provision: { topics: TopicView[] } }>(TOPICS, { id: law.article.id });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.provision.topics;
  };
  const report = async (version?: number): Promise<ReportView['provisions'][number]> => {
    const res = await t.graphql<{ feedbackReport: ReportView }>(
      REPORT,
      { d: law.draftId, v: version ?? null },
      { token: law.editor.accessToken },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.feedbackReport.provisions.find((p) => p.provision.id === law.article.id)!;
  };
  /** What the report should say of a topic: Provision.topics' own figures. */
  const asReported = (tp: TopicView): ReportTopicView => ({
    label: tp.label,
    phrases: tp.phrases,
    size: tp.size,
    commentCount: tp.commentCount,
    other: tp.isOther,
    representativeText: tp.isOther ? null : tp.representative.body,
    stanceCounts: tp.stanceCounts,
  });

  let published: ReportTopicView[] = [];

  it('has no summary before the article has topics, then the topics of Provision.topics in their order', async () => {
    expect((await report()).topics).toEqual([]);
    const first = corpus.filter(
      (c) => ['consent', 'retention', 'penalty'].includes(c.point) && !c.campaignId,
    );
    await insert(first);
    const built = await waitUntil(
      topics,
      (l) => l.reduce((n, tp) => n + tp.commentCount, 0) === first.length,
      90_000,
    );
    expect(built.filter((tp) => !tp.isOther).length).toBeGreaterThanOrEqual(3);
    const live = await report();
    expect(live.commentCount).toBe(first.length);
    expect(live.topics).toEqual(built.map(asReported));
    // Stance mixes add up to the topic's size; the representative is a comment's public text.
    for (const tp of live.topics.filter((x) => !x.other)) {
      expect(tp.representativeText).toBeTruthy();
      expect(first.some((c) => c.text === tp.representativeText)).toBe(true);
    }
    published = live.topics;
  });

  it('freezes the summary in a published version while the live report follows new comments', async () => {
    expect(
      (await t.graphql(CLOSE, { d: law.draftId, r: 'Đủ ý kiến' }, { token: law.editor.accessToken })).errors,
    ).toBeUndefined();
    const res = await t.graphql<{ publishFeedbackReport: { version: number } }>(
      PUBLISH,
      { d: law.draftId },
      { token: law.editor.accessToken },
    );
    expect(res.errors).toBeUndefined();
    const version = res.data!.publishFeedbackReport.version;

    // More comments arrive on a point the article did not have (recorded after closing, as an
    // import of late letters would be): its topics are rebuilt, the published version is not.
    const more = corpus.filter((c) => c.point === 'breach' && !c.campaignId);
    await insert(more);
    const rebuilt = await waitUntil(
      topics,
      (l) =>
        l.reduce((n, tp) => n + tp.commentCount, 0) ===
        published.reduce((n, tp) => n + tp.commentCount, 0) + more.length,
      90_000,
    );
    expect(rebuilt.map(asReported)).not.toEqual(published);
    expect((await report()).topics).toEqual(rebuilt.map(asReported));
    expect((await report(version)).topics).toEqual(published);
  });
});
