import { ApiProcess, startApi } from '../utils/api-process';
import type { Running } from '../utils/processes';

/**
 * Malformed and mistyped requests against the real entry point in production mode: each is
 * the client's mistake, answered 4xx with the code the README promises, logged below error
 * level, and without "Did you mean …?" hints. Issue 18, items 6 and 7: a syntax error or a
 * blank query was an HTTP 500 logged as an error, an over-token-limit query a 500, a wrong
 * persisted-query hash an INTERNAL_SERVER_ERROR logged as unexpected; enum values were still
 * suggested in production, through variables too.
 */
describe('malformed GraphQL requests are client errors', () => {
  let api: ApiProcess;
  let app: Running;
  let base: string;
  beforeAll(async () => {
    api = await startApi({
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      JWT_SECRET: 'malformed-documents-secret-0123456789',
    });
    ({ app, base } = api);
  });
  afterAll(() => api?.stop());

  const post = async (body: string, contentType = 'application/json') => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    const text = await res.text();
    return {
      status: res.status,
      text,
      json: (() => {
        try {
          return JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
        } catch {
          return {};
        }
      })(),
    };
  };

  const many = (n: number) => `{ ${Array.from({ length: n }, () => '__typename').join(' ')} }`;

  it.each([
    ['a syntax error', { query: '{serverInfo{time}' }, 'GRAPHQL_PARSE_FAILED'],
    ['a blank query', { query: '   ' }, 'GRAPHQL_PARSE_FAILED'],
    ['an empty query', { query: '' }, 'BAD_REQUEST'],
    ['no query', {}, 'BAD_REQUEST'],
    ['a query that is not a string', { query: 5 }, 'BAD_REQUEST'],
    ['variables that are not an object', { query: '{ __typename }', variables: [1] }, 'BAD_REQUEST'],
    ['over the token limit', { query: many(6000) }, 'GRAPHQL_PARSE_FAILED'],
    [
      'a persisted query with a wrong hash',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      'BAD_REQUEST',
    ],
    [
      'an unknown operation name',
      { query: 'query A { __typename }', operationName: 'B' },
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'two operations and no name',
      { query: 'query A { __typename } query B { __typename }' },
      'OPERATION_RESOLUTION_FAILURE',
    ],
    ['an unknown field', { query: '{ serverInf { time } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a variable of an unknown type',
      { query: 'query ($x: Strin) { __typename }' },
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ])('answers %s with HTTP 400 and %s', async (_what, body, code) => {
    const res = await post(JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(res.json.errors?.[0].extensions?.code).toBe(code);
    expect(res.text).not.toMatch(/Internal server error|stacktrace/i);
  });

  it('answers a body that is not JSON, and a batch, with HTTP 400', async () => {
    expect((await post('{"query": "{ __typename }"')).status).toBe(400);
    expect(
      (await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]))).status,
    ).toBe(400);
  });

  it.each([
    [
      'an enum value, as a literal',
      {
        query:
          'mutation { reactToComment(commentId: "00000000-0000-4000-8000-000000000000", reaction: AGRE) { id } }',
      },
    ],
    [
      'an enum value, through a variable',
      {
        query:
          'mutation ($r: ReactionKind!) { reactToComment(commentId: "00000000-0000-4000-8000-000000000000", reaction: $r) { id } }',
        variables: { r: 'AGRE' },
      },
    ],
    [
      'an enum value inside an input variable',
      {
        query: 'query ($i: CommentSearchInput!) { searchComments(input: $i) { totalCount } }',
        variables: { i: { stance: ['AMMEND'] } },
      },
    ],
    [
      'an input field, through a variable',
      {
        query: 'query ($i: CommentSearchInput!) { searchComments(input: $i) { totalCount } }',
        variables: { i: { stanse: ['AMEND'] } },
      },
    ],
    ['a field', { query: '{ serverInf { time } }' }],
    ['an argument', { query: '{ drafts(frist: 1) { totalCount } }' }],
    ['a type', { query: 'query ($i: CommentSearchImput!) { __typename }' }],
  ])('suggests nothing in production: %s', async (_what, body) => {
    const res = await post(JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/did you mean/i);
  });

  it('logged none of them at error level', async () => {
    // The last request above has been answered; its line is written when it closes.
    await new Promise((r) => setTimeout(r, 200));
    const lines = app
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.filter((l) => l.msg === 'request completed').length).toBeGreaterThan(20);
  });
});
