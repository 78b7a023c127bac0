import { createUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { openDraft, postOk } from '../feedback/feedback-fixtures';
import { connectLive, nextEvent, request } from './live-client';

describe('Live: comment events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ runRelay: true });
  });
  afterAll(() => t.close());

  it('announces a withdrawn comment as comment.removed to readers of the draft', async () => {
    const draft = await openDraft(t);
    const author = await createUser(t);
    const comment = await postOk(t, author, draft.draftId, { provisionId: draft.article.id });
    const reader = await connectLive(t.url);
    try {
      expect(await request(reader, 'subscribe', { draftId: draft.draftId })).toEqual({ ok: true });
      const removed = nextEvent<{ id: string; draftId: string; provisionId: string; seq: string }>(
        reader,
        'comment.removed',
        (e) => e.id === comment.id,
      );
      const res = await t.graphql(
        `mutation ($id: ID!) { withdrawComment(id: $id) { id status } }`,
        { id: comment.id },
        {
          token: author.accessToken,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(await removed).toMatchObject({
        id: comment.id,
        draftId: draft.draftId,
        provisionId: draft.article.id,
      });
    } finally {
      reader.close();
    }
  });
});
