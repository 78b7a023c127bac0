import { AgenciesService, AgencyRole, UsersService } from '@thamvan/identity';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { openDraft, postOk } from '../feedback/feedback-fixtures';
import { createUser, login, TestUser } from '../utils/factories/identity';
import { TestApp } from '../utils/test-app';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/**
 * Generates requests from the schema: every argument (and every field of an input argument,
 * at any depth) of every root field, and of every nested field reachable from a root query,
 * paired with a value to try in that one place while the rest of the request is filled with
 * ordinary values. A field added tomorrow is covered without anyone listing it.
 */

/** Ids and credentials of a small world, so that ordinary values reach the database. */
export interface World {
  agencyId: string;
  draftId: string;
  versionId: string;
  provisionId: string;
  /** A comment by someone else (to react to, flag, answer, moderate). */
  commentId: string;
  /** A comment by the caller (to edit). */
  ownCommentId: string;
  responseId: string;
  userId: string;
  provisionKey: string;
}

export type Path = (string | number)[];

export interface InputCase {
  /** 'Mutation.postComment(input.body)', for messages. */
  name: string;
  operation: 'query' | 'mutation';
  /** Root field, then nested fields down to the one taking the input. */
  fields: GraphQLField<unknown, unknown>[];
  /** Where in the last field's arguments the value goes. */
  path: Path;
  type: GraphQLInputType;
}

const isText = (type: GraphQLNamedType) =>
  isScalarType(type) && (type.name === 'String' || type.name === 'ID');

/** Every input position of `type` for which `accept` says yes, with its path. */
function positions(
  type: GraphQLInputType,
  path: Path,
  accept: (type: GraphQLNamedType, name: string) => boolean,
  seen: Set<string>,
): { path: Path; type: GraphQLInputType }[] {
  const named = getNamedType(type);
  const leafName = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
  if (!isInputObjectType(named)) {
    const inList = isListType(isNonNullType(type) ? type.ofType : type);
    return accept(named, leafName) ? [{ path: inList ? [...path, 0] : path, type }] : [];
  }
  if (seen.has(named.name)) return [];
  const nested = new Set(seen).add(named.name);
  const inList = isListType(isNonNullType(type) ? type.ofType : type);
  return Object.values(named.getFields()).flatMap((f) =>
    positions(f.type, inList ? [...path, 0, f.name] : [...path, f.name], accept, nested),
  );
}

/** Root fields, then nested fields with arguments reachable from a root query field (depth ≤ 3). */
function fieldPaths(
  schema: GraphQLSchema,
): { operation: 'query' | 'mutation'; fields: GraphQLField<unknown, unknown>[] }[] {
  const out: { operation: 'query' | 'mutation'; fields: GraphQLField<unknown, unknown>[] }[] = [];
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {}))
    out.push({ operation: 'mutation', fields: [field] });
  const query = schema.getQueryType()!;
  const reached = new Set<string>();
  const queue: { type: GraphQLObjectType; fields: GraphQLField<unknown, unknown>[] }[] = [
    { type: query, fields: [] },
  ];
  while (queue.length) {
    const { type, fields } = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      if (reached.has(key) || field.name.startsWith('__')) continue;
      reached.add(key);
      const path = [...fields, field];
      if (field.args.length) out.push({ operation: 'query', fields: path });
      const next = getNamedType(field.type);
      if (isObjectType(next) && path.length < 4) queue.push({ type: next, fields: path });
      // Connections: reach their nodes.
    }
  }
  return out;
}

export function inputCases(
  schema: GraphQLSchema,
  accept: (type: GraphQLNamedType, name: string) => boolean,
): InputCase[] {
  const cases: InputCase[] = [];
  for (const { operation, fields } of fieldPaths(schema)) {
    const last = fields[fields.length - 1];
    for (const arg of last.args) {
      for (const { path, type } of positions(arg.type, [arg.name], accept, new Set())) {
        const where = fields.map((f) => f.name).join('.');
        cases.push({
          name: `${operation === 'mutation' ? 'Mutation' : 'Query'}.${where}(${path.join('.')})`,
          operation,
          fields,
          path,
          type,
        });
      }
    }
  }
  return cases;
}

export const textPositions = (type: GraphQLNamedType) => isText(type);

/** An ordinary value for an input of this type and name, that gets the request past the obvious checks. */
export function ordinaryValue(type: GraphQLInputType, name: string, field: string, world: World): unknown {
  if (isNonNullType(type)) return ordinaryValue(type.ofType, name, field, world);
  if (isListType(type)) return [ordinaryValue(type.ofType, name, field, world)];
  if (isEnumType(type)) return type.getValues()[0].value as unknown;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined)
        value[f.name] = ordinaryValue(f.type, f.name, field, world);
    }
    if (type.name === 'DraftSourceInput') value.text = 'Điều 1. Phạm vi\nNội dung.';
    return value;
  }
  const scalar = type.name;
  if (scalar === 'Int' || scalar === 'Float') return 5;
  if (scalar === 'Boolean') return false;
  if (scalar === 'JSON') return {};
  if (scalar === 'DateTime') {
    return new Date(Date.now() + (/close|to$/i.test(name) ? 40 * 86_400_000 : -60_000)).toISOString();
  }
  return ordinaryText(name, field, world);
}

function ordinaryText(name: string, field: string, world: World): string {
  const ids: Record<string, string> = {
    agencyId: world.agencyId,
    draftId: world.draftId,
    provisionId: world.provisionId,
    fromVersionId: world.versionId,
    toVersionId: world.versionId,
    versionId: world.versionId,
    commentId: world.commentId,
    userId: world.userId,
    responseId: world.responseId,
    parentId: world.commentId,
  };
  if (ids[name]) return ids[name];
  if (name === 'id') {
    if (/^(editComment|withdrawComment)$/.test(field)) return world.ownCommentId;
    if (/comment/i.test(field)) return world.commentId;
    if (/response/i.test(field)) return world.responseId;
    if (/provision/i.test(field)) return world.provisionId;
    if (/draft/i.test(field)) return world.draftId;
    return randomUUID();
  }
  const texts: Record<string, string> = {
    email: `gen-${randomBytes(4).toString('hex')}@example.vn`,
    // Never the caller's: a credential change would end the session the next requests use.
    password: 'not the password 123',
    currentPassword: 'not the password 123',
    newPassword: 'another password 456',
    idempotencyKey: randomUUID(),
    filename: 'du-thao.txt',
    base64: Buffer.from('Điều 1. Phạm vi\nNội dung.').toString('base64'),
    seq: '0',
    code: `G${randomBytes(3).toString('hex').toUpperCase()}`,
    provisionKey: world.provisionKey,
  };
  return texts[name] ?? 'Nội dung bình thường';
}

/** The arguments of `field` with `value` at `path` and ordinary values in required places. */
export function argumentsWith(
  field: GraphQLField<unknown, unknown>,
  path: Path | null,
  value: unknown,
  world: World,
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (required || (path && path[0] === arg.name))
      args[arg.name] = ordinaryValue(arg.type, arg.name, field.name, world);
  }
  if (path) setAt(args, path, field.args, value, world, field.name);
  return args;
}

function setAt(
  root: Record<string, unknown>,
  path: Path,
  args: readonly GraphQLArgument[],
  value: unknown,
  world: World,
  field: string,
): void {
  let container: Record<string | number, unknown> = root;
  let type: GraphQLInputType = args.find((a) => a.name === path[0])!.type;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const nextKey = path[i + 1];
    let current = container[key] as Record<string | number, unknown> | undefined;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (typeof nextKey === 'number') {
      if (!Array.isArray(current)) current = container[key] = [] as unknown as Record<number, unknown>;
      type = isListType(inner) ? inner.ofType : inner;
    } else {
      const named = getNamedType(inner) as GraphQLInputType;
      if (current === undefined || current === null || Array.isArray(current)) {
        current = container[key] = ordinaryValue(named, String(key), field, world) as Record<string, unknown>;
      }
      const fields = isInputObjectType(named) ? named.getFields() : {};
      type = (fields[nextKey] as GraphQLInputField | undefined)?.type ?? type;
    }
    container = current;
  }
  container[path[path.length - 1]] = value;
}

/** A GraphQL literal for `value` of `type` (enum values bare, strings JSON-escaped). */
export function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type)) {
    return `[${(Array.isArray(value) ? value : [value]).map((v) => literal(v, type.ofType)).join(', ')}]`;
  }
  if (isEnumType(type) && typeof value === 'string' && /^[A-Z_]+$/.test(value)) return value;
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? type)}`,
    );
    return `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/**
 * The request for a case: as variables (one per argument of the target field) or with every
 * value written in the document.
 */
export function requestFor(
  c: InputCase,
  value: unknown,
  world: World,
  mode: 'variables' | 'literal',
): { query: string; variables: Record<string, unknown> } {
  const target = c.fields[c.fields.length - 1];
  const args = argumentsWith(target, c.path, value, world);
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const written = Object.entries(args).map(([name, v]) => {
    const arg = target.args.find((a) => a.name === name)!;
    if (mode === 'literal') return `${name}: ${literal(v, arg.type)}`;
    variables[name] = v;
    definitions.push(`$${name}: ${String(arg.type)}`);
    return `${name}: $${name}`;
  });
  // Parent fields: their required arguments written in (ordinary values).
  let body = `${target.name}${written.length ? `(${written.join(', ')})` : ''}${selectionOf(target)}`;
  for (let i = c.fields.length - 2; i >= 0; i--) {
    const parent = c.fields[i];
    const parentArgs = argumentsWith(parent, null, undefined, world);
    const list = Object.entries(parentArgs).map(
      ([name, v]) => `${name}: ${literal(v, parent.args.find((a) => a.name === name)!.type)}`,
    );
    body = `${parent.name}${list.length ? `(${list.join(', ')})` : ''} { ${body} }`;
  }
  const head = definitions.length ? `${c.operation} (${definitions.join(', ')})` : c.operation;
  return { query: `${head} { ${body} }`, variables };
}

/**
 * An open draft with a comment by a citizen (answered) and one by the caller, and a caller
 * who may use every operation: admin, moderator, editor of the draft's agency.
 */
export async function buildWorld(t: TestApp): Promise<{ caller: TestUser; citizen: TestUser; world: World }> {
  const draft = await openDraft(t);
  const email = `all-roles-${randomUUID().slice(0, 8)}@example.vn`;
  const password = 'all roles password 1';
  const user = await t.app.get(DataSource).transaction((manager) =>
    t.app.get(UsersService).create(manager, {
      email,
      password,
      displayName: 'Mọi vai trò',
      kind: 'INDIVIDUAL',
      organizationName: null,
      province: null,
      roles: ['ADMIN', 'MODERATOR'],
    }),
  );
  await t.app.get(AgenciesService).addMemberAs(null, draft.agencyId, user.id, AgencyRole.EDITOR);
  const caller = {
    id: user.id,
    email,
    password,
    displayName: 'Mọi vai trò',
    ...(await login(t, email, password)),
  };
  const citizen = await createUser(t);
  const other = await postOk(t, citizen, draft.draftId, {
    body: 'Ý kiến của một công dân.',
    provisionId: draft.article.id,
  });
  const own = await postOk(t, caller, draft.draftId, { body: 'Ý kiến của chính người gọi.' });
  const answered = await t.graphql<{ respondToComment: { id: string } }>(
    `mutation ($c: ID!, $input: ResponseInput!) { respondToComment(commentId: $c, input: $input) { id } }`,
    { c: other.id, input: { disposition: 'EXPLAINED', explanation: 'Xin giải trình.' } },
    { token: caller.accessToken },
  );
  const [version] = await t.dataSource.query(
    `SELECT id FROM draft_version WHERE draft_id = $1 ORDER BY number LIMIT 1`,
    [draft.draftId],
  );
  return {
    caller,
    citizen,
    world: {
      agencyId: draft.agencyId,
      draftId: draft.draftId,
      versionId: version.id,
      provisionId: draft.article.id,
      provisionKey: draft.article.key,
      commentId: other.id,
      ownCommentId: own.id,
      responseId: answered.data!.respondToComment.id,
      userId: citizen.id,
    },
  };
}

/** Sends a request as `token`; the HTTP status with the body. */
export async function send(
  t: TestApp,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{
  status: number;
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}
