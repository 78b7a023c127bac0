import { GraphQLSchemaHost } from '@nestjs/graphql';
import { encodeCursor } from '@thamvan/core';
import { GraphQLNamedType, isScalarType } from 'graphql';
import { TestUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { buildWorld, inputCases, requestFor, send, World } from './schema-inputs';

/**
 * Invalid values of every typed input of the schema (generated from it: each DateTime, ID and
 * Int argument or input field, each cursor and live `seq`), as variables and as literals, from
 * a caller who may use every operation: each is refused as the client's mistake, never a server
 * error. Issue 18, item 5: `searchComments(input: { from: "not-a-date" })`, `to:
 * "2026-13-45T99:99:99Z"` and a five-digit year were INTERNAL_SERVER_ERRORs, and "2026-02-30"
 * was silently read as 2 March.
 */
const INVALID: Record<string, unknown[]> = {
  DateTime: ['not-a-date', '2026-13-45T99:99:99Z', '99999-01-01T00:00:00Z', '2026-02-30', '', 1772348400000],
  ID: ['not-a-uuid', "x' OR '1'='1", '00000000-0000-0000-0000-00000000000g', ''],
  Int: [-1, 2147483647, -2147483648],
  // Cursors and the live catch-up sequence are strings the server wrote and the client returns.
  after: [
    'not-a-cursor',
    encodeCursor(['not-a-date', 'x']),
    encodeCursor(['99999-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']),
    encodeCursor([1e308, '2026-02-30T00:00:00.000Z', 'x']),
    encodeCursor([null, null, null]),
  ],
  seq: ['-1', '1e5', '9'.repeat(40), ''],
};

function kindOf(type: GraphQLNamedType, name: string): string | null {
  if (!isScalarType(type)) return null;
  if (type.name === 'String' && (name === 'after' || name === 'seq')) return name;
  return INVALID[type.name] ? type.name : null;
}

describe('invalid scalars in every filter and argument', () => {
  let t: TestApp;
  let caller: TestUser;
  let world: World;
  beforeAll(async () => {
    t = await startTestApp({ runRelay: false, env: { RATE_LIMIT_MULTIPLIER: '1000' } });
    ({ caller, world } = await buildWorld(t));
  });
  afterAll(() => t.close());

  it('refuses each as the client’s mistake, never a server error', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const cases = inputCases(schema, (type, name) => kindOf(type, name) !== null);
    expect(cases.length).toBeGreaterThan(40);
    const failures: string[] = [];
    let tried = 0;
    for (const c of cases) {
      const leaf = String([...c.path].reverse().find((p) => typeof p === 'string'));
      const kind = kindOf(schema.getType(String(c.type).replace(/[[\]!]/g, '')) as GraphQLNamedType, leaf)!;
      for (const value of INVALID[kind]) {
        for (const mode of ['variables', 'literal'] as const) {
          tried++;
          const { query, variables } = requestFor(c, value, world, mode);
          const res = await send(t, caller.accessToken, query, variables);
          const internal = res.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
          if (res.status >= 500 || internal) {
            failures.push(
              `${c.name} = ${JSON.stringify(value)} (${mode}): ${res.status} ${internal?.message ?? ''}`,
            );
          }
          if (kind === 'DateTime' && !res.errors?.length) {
            failures.push(`${c.name} = ${JSON.stringify(value)} (${mode}): accepted`);
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(250);
    expect(failures).toEqual([]);
  });

  it.each([
    ['from', 'not-a-date'],
    ['to', '2026-13-45T99:99:99Z'],
    ['from', '99999-01-01T00:00:00Z'],
    ['to', '2026-02-30'],
  ])('refuses searchComments(input: { %s: %p }) with a typed code', async (field, value) => {
    const asVariable = await send(
      t,
      caller.accessToken,
      `query ($i: CommentSearchInput!) { searchComments(input: $i) { totalCount } }`,
      {
        i: { [field]: value },
      },
    );
    expect(asVariable.status).toBe(400);
    expect(asVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const asLiteral = await send(
      t,
      caller.accessToken,
      `{ searchComments(input: { ${field}: ${JSON.stringify(value)} }) { totalCount } }`,
      {},
    );
    expect(asLiteral.status).toBe(400);
    expect(asLiteral.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers odd values of every export filter as 2xx or 4xx, never a server error', async () => {
    const params = [
      'draftId',
      'agencyId',
      'provisionKey',
      'stance',
      'authorKind',
      'province',
      'hasProposedText',
      'answered',
      'disposition',
      'verified',
      'from',
      'to',
      'uniqueOnly',
      'q',
    ];
    const values = [
      '%00',
      'a%00b%E2%80%8B',
      'not-a-uuid',
      '2026-02-30',
      '%ZZ',
      'x'.repeat(5000),
      '%27%20OR%201%3D1',
    ];
    const failures: string[] = [];
    for (const format of ['csv', 'ndjson']) {
      for (const name of params) {
        for (const value of values) {
          const res = await fetch(`${t.url}/api/exports/comments.${format}?${name}=${value}`);
          await res.arrayBuffer();
          if (res.status >= 500) failures.push(`${format} ${name}=${value.slice(0, 20)}: ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses the same dates in export query strings, with the same reading', async () => {
    for (const value of ['not-a-date', '2026-13-45T99:99:99Z', '99999-01-01T00:00:00Z', '2026-02-30']) {
      const res = await fetch(`${t.url}/api/exports/comments.csv?from=${encodeURIComponent(value)}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  });
});
