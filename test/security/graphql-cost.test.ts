import { GRAPHQL_LIMITS } from '@thamvan/core';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * The cost limit counts every page at the size it will really have: a literal, a variable, a
 * variable's default or the argument's default, clamped to 100 as the server clamps it.
 * Issue 18, item 2: fifteen aliases of this query were refused with `first: 100` and accepted,
 * anonymously, with `$n = 100` (2.2 MB and a second of CPU per answer).
 */
const NESTED = (first: string) => `drafts(first: ${first}) { edges { node { id versions { provisions {
  comments(first: ${first}) { edges { node { id body replies(first: ${first}) { edges { node { id body } } } } } } } } } } }`;
const ALIASED = (first: string) =>
  Array.from({ length: GRAPHQL_LIMITS.maxAliases }, (_, i) => `a${i}: ${NESTED(first)}`).join('\n');

describe('query cost with variables, defaults and the page-size clamp', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const refusedForCost = (res: {
    status: number;
    errors?: { message: string; extensions?: { code?: string } }[];
  }) =>
    res.status === 400 &&
    res.errors?.[0].extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
    /cost limit of 50000 exceeded/i.test(res.errors[0].message);

  it.each([
    ['a literal', `{ ${ALIASED('100')} }`, {}],
    ['a variable', `query ($n: Int) { ${ALIASED('$n')} }`, { n: 100 }],
    ['a non-null variable', `query ($n: Int!) { ${ALIASED('$n')} }`, { n: 100 }],
    ["a variable's default", `query ($n: Int = 100) { ${ALIASED('$n')} }`, {}],
    ['one alias with variables', `query ($n: Int) { ${NESTED('$n')} }`, { n: 100 }],
    [
      '5,000 through a variable (clamped to 100, still too much nested)',
      `query ($n: Int) { ${NESTED('$n')} }`,
      { n: 5000 },
    ],
    [
      'the argument defaults (20 per page, never 1)',
      `{ a: drafts { edges { node { versions { provisions { comments { edges { node { replies { edges { node { id } } } } } } } } } } } }`,
      {},
    ],
    [
      'a page size inside an input object',
      // Small literal pages inside: only the input's `first` makes it costly (armor saw 19,000).
      `query ($i: CommentSearchInput!) { ${Array.from({ length: 5 }, (_, k) => `s${k}: searchComments(input: $i) { hits { comment { replies(first: 5) { edges { node { id replies(first: 5) { edges { node { id } } } } } } } } }`).join(' ')} }`,
      { i: { first: 100 } },
    ],
  ])('refuses the cost of pages given by %s, before any resolver runs', async (_how, query, variables) => {
    const before = (t.dataSource.logger as unknown as { queryCount: number }).queryCount;
    const res = await t.graphql(query, variables);
    expect(refusedForCost(res)).toBe(true);
    expect((t.dataSource.logger as unknown as { queryCount: number }).queryCount).toBe(before);
  });

  it('clamps a large page of a cheap query to 100 instead of refusing it', async () => {
    for (const [query, variables] of [
      [`{ drafts(first: 5000) { totalCount edges { node { id title } } } }`, {}],
      [`query ($n: Int) { drafts(first: $n) { totalCount edges { node { id title } } } }`, { n: 5000 }],
    ] as const) {
      const res = await t.graphql<{ drafts: { totalCount: number } }>(query, variables);
      expect(res.errors).toBeUndefined();
      expect(res.data?.drafts.totalCount).toBe(0);
    }
  });

  it('still accepts what a client screen asks for', async () => {
    const screen = `query ($id: ID!, $n: Int = 20) { draft(id: $id) { id title currentVersion { outline { id label }
      provisions { id commentCount comments(first: $n) { edges { node { id body author { displayName }
      replies(first: 3) { edges { node { id body } } } } } } } } } }`;
    const res = await t.graphql(screen, { id: '00000000-0000-4000-8000-000000000000' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ draft: null });
  });
});
