import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { POST } from '../feedback/feedback-fixtures';
import { createUser, TestUser } from '../utils/factories/identity';
import { GraphqlResponse, startTestApp, TestApp } from '../utils/test-app';
import { buildWorld, inputCases, requestFor, textPositions, World } from './schema-inputs';

/**
 * NUL, control, zero-width, bidi and unpaired-surrogate characters in every text input of the
 * schema (generated from it: every String and ID argument and input field of every root
 * field and of every nested field a query reaches), sent as variables and as literals, by a
 * caller who may use every operation. Nothing may answer a server error; what is stored
 * holds none of them. Issue 18, item 4: "a\u0000b" in a comment body, a draft title, a login
 * e-mail, a search … was an INTERNAL_SERVER_ERROR (PostgreSQL refuses NUL). Item 10: bodies
 * and names of invisible characters were accepted; phone numbers hidden by a zero-width space
 * or written in full-width digits were published unmasked.
 */
const POISON = 'a\u0000b\u0001c\u001fd\u007fe\u200bf\u202eg\u2066h\ufeffi';
/** Unpaired surrogates cannot be written in a GraphQL literal (a syntax error): variables only. */
const POISON_VARIABLE = `${POISON}\ud800j`;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u202E\u2066\uFEFF]/;

describe('every text input is cleaned on the way in', () => {
  let t: TestApp;
  let caller: TestUser;
  let citizen: TestUser;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp({ runRelay: false, env: { RATE_LIMIT_MULTIPLIER: '1000' } });
    ({ caller, citizen, world } = await buildWorld(t));
  });
  afterAll(() => t.close());

  const send = async (query: string, variables: Record<string, unknown>, token = caller.accessToken) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<GraphqlResponse, 'status'>) };
  };

  it.each([
    [
      'a comment body',
      `mutation ($input: PostCommentInput!) { postComment(input: $input) { body } }`,
      () => ({
        input: { draftId: world.draftId, body: 'Đồng ý\u0000 với điều này', idempotencyKey: randomUUID() },
      }),
      { postComment: { body: 'Đồng ý với điều này' } },
    ],
    [
      'a draft title',
      `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { title } }`,
      () => ({
        input: {
          agencyId: world.agencyId,
          title: 'Dự\u0000 thảo\u200b',
          docType: 'LAW',
          source: { text: 'Điều 1. A\u0000\nB' },
        },
      }),
      { createDraft: { title: 'Dự thảo' } },
    ],
    [
      'a search of drafts',
      `query ($q: String) { drafts(filter: { q: $q }) { totalCount } }`,
      () => ({ q: 'Luật\u0000' }),
      { drafts: { totalCount: 1 } },
    ],
    [
      'a password-reset e-mail',
      `mutation ($e: String!) { requestPasswordReset(email: $e) }`,
      () => ({ e: 'a\u0000b@example.vn' }),
      { requestPasswordReset: true },
    ],
    [
      'a users e-mail filter',
      `query ($e: String) { users(email: $e) { totalCount } }`,
      () => ({ e: `${citizen.email.slice(0, 3)}\u0000${citizen.email.slice(3)}` }),
      { users: { totalCount: 1 } },
    ],
  ])('cleans %s and goes on with what is left', async (_what, query, variables, expected) => {
    const res = await send(query, variables());
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(expected);
  });

  it('refuses bodies and names made only of invisible characters as empty', async () => {
    const invisible = '\u200b\u200c\u200d\u2060\u202e\u2066\u2069\ufeff\u00ad\u3164';
    const post = await send(POST, {
      input: { draftId: world.draftId, body: invisible, idempotencyKey: randomUUID() },
    });
    expect(post.errors?.[0]).toMatchObject({
      message: 'body must not be empty',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const register = await send(
      `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`,
      {
        input: {
          email: `blank-${randomUUID().slice(0, 6)}@example.vn`,
          password: 'blank name password',
          displayName: invisible,
        },
      },
    );
    expect(register.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['a zero-width space inside a phone number', 'Liên hệ 0912\u200b345679 để trao đổi'],
    ['full-width digits', 'Liên hệ ０９１２３４５６７０ để trao đổi'],
    ['a full-width e-mail address', 'Thư cho tôi: ａｎ．ｎｇｕｙｅｎ＠ｅｘａｍｐｌｅ．ｖｎ nhé'],
  ])('masks personal data hidden by %s in what the public reads', async (_how, body) => {
    const posted = await send(
      POST,
      { input: { draftId: world.draftId, body, idempotencyKey: randomUUID() } },
      citizen.accessToken,
    );
    const id = (posted.data as { postComment: { id: string } }).postComment.id;
    const stranger = await createUser(t);
    const seen = await send(
      `query ($id: ID!) { comment(id: $id) { body bodyHtml } }`,
      { id },
      stranger.accessToken,
    );
    const { comment } = seen.data as { comment: { body: string; bodyHtml: string } };
    expect(comment.body).toMatch(/\[(số điện thoại|email) đã ẩn\]/);
    expect(comment.body).not.toMatch(/[0-9０-９]{4}|＠/);
    expect(comment.bodyHtml).not.toMatch(/[0-9０-９]{4}|＠/);
  });

  // Last: the generated requests close and reschedule the world's consultation as they go.
  it('answers no server error for any of them, as variables or literals', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const cases = inputCases(schema, textPositions);
    // The schema has about ninety text inputs; a generator that finds few is broken.
    expect(cases.length).toBeGreaterThan(80);
    const failures: string[] = [];
    for (const c of cases) {
      for (const mode of ['variables', 'literal'] as const) {
        const { query, variables } = requestFor(
          c,
          mode === 'variables' ? POISON_VARIABLE : POISON,
          world,
          mode,
        );
        const res = await send(query, variables);
        const internal = res.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (res.status >= 500 || internal)
          failures.push(`${c.name} (${mode}): ${res.status} ${internal?.message ?? ''}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('stored none of those characters, anywhere in the database', async () => {
    const columns: { table: string; column: string; type: string }[] = await t.dataSource.query(
      `SELECT table_name AS table, column_name AS column, data_type AS type FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'ARRAY')`,
    );
    const dirty: string[] = [];
    for (const { table, column, type } of columns) {
      const value = type === 'text' || type === 'character varying' ? `"${column}"` : `"${column}"::text`;
      const [row] = await t.dataSource.query(
        `SELECT ${value} AS v FROM "${table}" WHERE ${value} ~ $1 LIMIT 1`,
        ['[\\u0001-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\u200b\\u202e\\u2066\\ufeff]'],
      );
      if (row && SUSPECT.test(String(row.v))) dirty.push(`${table}.${column}`);
    }
    expect(dirty).toEqual([]);
  });
});
