import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAgencyWithOfficer, TestUser } from '../utils/factories/identity';
import { GraphqlResponse, TestApp } from '../utils/test-app';

export const LAW_TXT = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.txt'), 'utf8');
export const DAY = 86_400_000;

export const COMMENT_FIELDS = `id body bodyHtml stance proposedText status createdAt editedAt versionNumber depth
  agreeCount disagreeCount replyCount myReaction
  author { displayName kind organizationName province verified }`;

export interface CommentView {
  id: string;
  body: string;
  bodyHtml: string;
  stance: string | null;
  proposedText: string | null;
  status: string;
  createdAt: string;
  editedAt: string | null;
  versionNumber: number;
  depth: number;
  agreeCount: number;
  disagreeCount: number;
  replyCount: number;
  myReaction: string | null;
  author: {
    displayName: string;
    kind: string;
    organizationName: string | null;
    province: string | null;
    verified: boolean;
  };
}

export interface ProvisionRef {
  id: string;
  key: string;
  kind: string;
  label: string;
}

export interface OpenDraft {
  draftId: string;
  editor: TestUser;
  agencyId: string;
  provisions: ProvisionRef[];
  /** The first article and one of its clauses. */
  article: ProvisionRef;
  clause: ProvisionRef;
  byKey(key: string): ProvisionRef;
}

export const POST = `mutation ($input: PostCommentInput!) { postComment(input: $input) { ${COMMENT_FIELDS} } }`;

export function code(res: GraphqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** Imports a draft as an agency editor and opens its consultation now (or schedules it). */
export async function openDraft(
  t: TestApp,
  options: { text?: string; editor?: { officer: TestUser; agencyId: string }; opensInDays?: number } = {},
): Promise<OpenDraft> {
  let owner = options.editor;
  if (!owner) {
    const created = await createAgencyWithOfficer(t, 'EDITOR');
    owner = { officer: created.officer, agencyId: created.agency.id };
  }
  const created = await t.graphql<{ createDraft: { id: string } }>(
    `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id } }`,
    {
      input: {
        agencyId: owner.agencyId,
        title: 'Luật An ninh mạng (dự thảo)',
        docType: 'LAW',
        source: { text: options.text ?? LAW_TXT },
      },
    },
    { token: owner.officer.accessToken },
  );
  if (!created.data) throw new Error(`createDraft: ${JSON.stringify(created.errors)}`);
  const draftId = created.data.createDraft.id;
  const now = Date.now() + (options.opensInDays ?? 0) * DAY;
  const scheduled = await t.graphql(
    `mutation ($id: ID!, $o: DateTime!, $c: DateTime!) { scheduleConsultation(draftId: $id, opensAt: $o, closesAt: $c) { id } }`,
    { id: draftId, o: new Date(now - 60_000).toISOString(), c: new Date(now + 40 * DAY).toISOString() },
    { token: owner.officer.accessToken },
  );
  if (scheduled.errors) throw new Error(`scheduleConsultation: ${JSON.stringify(scheduled.errors)}`);
  const provisions = await versionProvisions(t, draftId, owner.officer.accessToken);
  const article = provisions.find((p) => p.kind === 'ARTICLE') as ProvisionRef;
  const clause = provisions.find((p) => p.kind === 'CLAUSE') as ProvisionRef;
  return {
    draftId,
    editor: owner.officer,
    agencyId: owner.agencyId,
    provisions,
    article,
    clause,
    byKey: (key) => {
      const found = provisions.find((p) => p.key === key);
      if (!found) throw new Error(`no provision ${key}`);
      return found;
    },
  };
}

export async function versionProvisions(
  t: TestApp,
  draftId: string,
  token?: string,
): Promise<ProvisionRef[]> {
  const res = await t.graphql<{ draft: { currentVersion: { provisions: ProvisionRef[] } } }>(
    `query ($id: ID!) { draft(id: $id) { currentVersion { provisions { id key kind label } } } }`,
    { id: draftId },
    { token },
  );
  return res.data!.draft.currentVersion.provisions;
}

export interface PostOptions {
  provisionId?: string | null;
  parentId?: string | null;
  body?: string;
  stance?: string | null;
  proposedText?: string | null;
  idempotencyKey?: string;
}

/** postComment as `user`; returns the raw response. */
export function post(t: TestApp, user: TestUser, draftId: string, options: PostOptions = {}) {
  return t.graphql<{ postComment: CommentView }>(
    POST,
    {
      input: {
        draftId,
        body: 'Ý kiến góp ý về dự thảo.',
        idempotencyKey: randomUUID(),
        ...options,
      },
    },
    { token: user.accessToken },
  );
}

/** postComment that must succeed. */
export async function postOk(t: TestApp, user: TestUser, draftId: string, options: PostOptions = {}) {
  const res = await post(t, user, draftId, options);
  if (!res.data?.postComment) throw new Error(`postComment: ${JSON.stringify(res.errors)}`);
  return res.data.postComment;
}

/**
 * `eventually` for a wait whose result the test does not read: a timeout fails the test with
 * the last value read, instead of letting the next step pass on a state that never came.
 */
export async function waitUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const value = await eventually(read, done, timeoutMs);
  if (!done(value)) {
    throw new Error(`not done within ${timeoutMs} ms; last read: ${JSON.stringify(value)}`.slice(0, 1000));
  }
  return value;
}

/**
 * Polls `read` until `done` holds or `timeoutMs` passes (counters are eventually consistent) and
 * returns the last value read: it does not fail by itself, the caller asserts on that value.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
