import { idKey, meiliFilter } from './meili/meili-query';
import { filterConditions } from './postgres/pg-filters';
import { PUBLIC_AUDIENCE } from './search-query';

const TOPIC = '0f1e2d3c-4b5a-4697-8877-665544332211';
const A = '11111111-2222-4333-8444-555555555555';
const B = '66666666-7777-4888-9999-aaaaaaaaaaaa';

describe('topicId filter', () => {
  it('is a subquery on topic_member in PostgreSQL', () => {
    const params: unknown[] = [];
    const where = filterConditions({ topicId: TOPIC }, (v) => {
      params.push(v);
      return `$${params.length}`;
    });
    expect(where).toEqual([
      's.comment_id IN (SELECT m.comment_id FROM topic_member m WHERE m.topic_id = $1::uuid)',
    ]);
    expect(params).toEqual([TOPIC]);
  });

  it('is the resolved member ids for Meilisearch, and matches nothing when none were resolved', () => {
    expect(meiliFilter({ topicId: TOPIC, topicCommentIds: [A, B] }, PUBLIC_AUDIENCE)).toContain(
      `idKey IN [${idKey(A)}, ${idKey(B)}]`,
    );
    expect(meiliFilter({ topicId: TOPIC, topicCommentIds: [] }, PUBLIC_AUDIENCE)).toContain('idKey < 0');
    expect(meiliFilter({ topicId: TOPIC }, PUBLIC_AUDIENCE)).toContain('idKey < 0');
  });
});
