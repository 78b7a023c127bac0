import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GRAPHQL_LIMITS } from '@thamvan/core';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../utils/test-app';

const SCHEMA_FILE = join(__dirname, '../../schema.graphql');

describe('GraphQL endpoint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers { __typename } and the server clock', async () => {
    const res = await t.graphql<{ __typename: string; serverInfo: { time: string } }>(
      '{ __typename serverInfo { time version } }',
    );
    expect(res.status).toBe(200);
    expect(res.data?.__typename).toBe('Query');
    expect(Math.abs(Date.parse(res.data!.serverInfo.time) - Date.now())).toBeLessThan(60_000);
  });

  it('matches the committed schema.graphql (run with UPDATE_SCHEMA=1 to accept a change)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const printed = printSchema(lexicographicSortSchema(schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(printed).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('refuses queries deeper than the limit with a typed error', async () => {
    const deep = 'a { '.repeat(GRAPHQL_LIMITS.maxDepth + 2) + 'b' + ' }'.repeat(GRAPHQL_LIMITS.maxDepth + 2);
    const res = await t.graphql(`{ ${deep} }`);
    expect(res.data).toBeUndefined();
    // Over-limit documents are invalid documents: Apollo's own code, as for any validation error.
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/depth limit of 12 exceeded/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: serverInfo { time }`,
    );
    const res = await t.graphql(`{ ${aliases.join(' ')} }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/aliases limit/i);
  });

  it('reports syntax errors as GRAPHQL_PARSE_FAILED (HTTP 400) and no internals', async () => {
    const res = await t.graphql('{ serverInfo { ');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0].message).toMatch(/^Syntax Error/);
  });

  it('accepts bodies up to 16 MB on /graphql and refuses larger ones with PAYLOAD_TOO_LARGE', async () => {
    const padding = 'x'.repeat(15 * 1024 * 1024);
    const ok = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding } }),
    });
    expect(ok.status).toBe(200);
    const tooBig = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ __typename }',
        variables: { padding: padding + 'x'.repeat(2 * 1024 * 1024) },
      }),
    });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({
      errors: [{ message: 'Request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses bodies over 1 MB on every other endpoint', async () => {
    const res = await fetch(`${t.url}/health/live`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) }),
    });
    expect(res.status).toBe(413);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('PAYLOAD_TOO_LARGE');
  });

  it('blocks simple cross-site requests (Apollo CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(400);
  });

  it('returns a request id header, and echoes a well-formed incoming one', async () => {
    const res = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'client-req-12345' } });
    expect(res.headers.get('x-request-id')).toBe('client-req-12345');
    const fresh = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GraphQL endpoint in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) } });
  });
  afterAll(() => t.close());

  it('has introspection off', async () => {
    const res = await t.graphql('{ __schema { types { name } } }');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('gives no field suggestions and no stack traces', async () => {
    const res = await t.graphql('{ serverInf { time } }');
    expect(res.errors?.[0].message).not.toMatch(/did you mean/i);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});

describe('Health endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('/health/live answers ok', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/health/ready reports the database and the outbox backlog', async () => {
    await t.dataSource.query(
      `INSERT INTO outbox_event (topic, aggregate_id, created_at) VALUES ('t', '1', now() - interval '30 seconds')`,
    );
    await t.dataSource.query(
      `INSERT INTO outbox_event (topic, aggregate_id, status) VALUES ('t', '2', 'DEAD')`,
    );
    const res = await fetch(`${t.url}/health/ready`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; details: Record<string, Record<string, unknown>> };
    expect(body.status).toBe('ok');
    expect(body.details.database.status).toBe('up');
    expect(body.details.outbox).toMatchObject({ pending: 1, dead: 1 });
    expect(body.details.outbox.lagSeconds).toBeGreaterThanOrEqual(29);
    expect(body.details.redis).toEqual({ status: 'up', state: 'not configured' });
  });
});
