/**
 * What the benches share: `--name value` arguments, starting a server as a child process, and
 * setting up a real API (accounts seeded straight into the database, sign-in, an open
 * consultation, GraphQL over plain fetch).
 */
import { PasswordHasher } from '@thamvan/identity';
import { ChildProcess, spawn } from 'node:child_process';
import { Client } from 'pg';

/** `--name value` from the command line, as a number. */
export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

export interface Child {
  url: string;
  child: ChildProcess;
}

/**
 * The V8 flags the image deploys with (Dockerfile's NODE_OPTIONS, `npm start`), given to every
 * server a bench starts, ours and the bare baselines alike: the ratio compares servers, not
 * settings.
 */
export const NODE_FLAGS = ['--max-semi-space-size=64'];

/**
 * Starts `node <args>` (with NODE_FLAGS) and resolves once its output matches `ready`, whose
 * first group is the port it listens on. `ipc`: with a message channel (for paced child processes).
 */
export function startChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  ipc = false,
): Promise<Child> {
  const child = spawn(process.execPath, [...NODE_FLAGS, ...args], {
    env,
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${m[1]}`, child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

export const PASSWORD = 'bench password 1234';

export async function graphql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const res = await fetchOnceMore(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Node's fetch may reuse a keep-alive connection the server is closing at that very moment
 * (ECONNRESET before any byte of the response): retried once. Idempotency keys make a retried
 * postComment safe.
 */
async function fetchOnceMore(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/**
 * `users` accounts `<prefix>-<i>@example.vn` straight into the database (one scrypt hash shared
 * by all), an agency and its editor `<prefix>-editor@example.vn`.
 */
export async function seedAccounts(
  db: Client,
  users: number,
  prefix: string,
): Promise<{ emails: string[]; editor: string; agencyId: string }> {
  const hash = await new PasswordHasher().hash(PASSWORD);
  const emails = Array.from({ length: users }, (_, i) => `${prefix}-${i}@example.vn`);
  const editor = `${prefix}-editor@example.vn`;
  await db.query(
    `INSERT INTO app_user (email, email_normalized, password_hash, display_name, province)
     SELECT e, e, $2, 'Người góp ý ' || n, 'Hà Nội' FROM unnest($1::text[]) WITH ORDINALITY AS t(e, n)`,
    [[...emails, editor], hash],
  );
  const [{ id: agencyId }] = (
    await db.query<{ id: string }>(
      `INSERT INTO agency (code, name, kind) VALUES ('BTP', 'Bộ Tư pháp', 'MINISTRY') RETURNING id`,
    )
  ).rows;
  await db.query(
    `INSERT INTO agency_membership (user_id, agency_id, role)
     SELECT id, $1, 'EDITOR' FROM app_user WHERE email = $2`,
    [agencyId, editor],
  );
  return { emails, editor, agencyId };
}

export async function login(url: string, email: string): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    url,
    `
      mutation ($i: LoginInput!) {
        login(input: $i) {
          accessToken
        }
      }
    `,
    { i: { email, password: PASSWORD } },
  );
  return data.login.accessToken;
}

/** Signs in every account, 8 at a time (scrypt is deliberately slow). */
export async function loginAll(url: string, emails: string[]): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < emails.length; i += 8) {
    tokens.push(...(await Promise.all(emails.slice(i, i + 8).map((e) => login(url, e)))));
  }
  return tokens;
}

/** Imports `text` as a draft of the agency, opens its consultation now, returns its articles. */
export async function openDraft(
  url: string,
  token: string,
  agencyId: string,
  draft: { title: string; docType: string; text: string },
): Promise<{ draftId: string; articles: string[] }> {
  const created = await graphql<{ createDraft: { id: string } }>(
    url,
    `
      mutation ($i: CreateDraftInput!) {
        createDraft(input: $i) {
          id
        }
      }
    `,
    { i: { agencyId, title: draft.title, docType: draft.docType, source: { text: draft.text } } },
    token,
  );
  const draftId = created.createDraft.id;
  const now = Date.now();
  await graphql(
    url,
    `
      mutation ($d: ID!, $o: DateTime!, $c: DateTime!) {
        scheduleConsultation(draftId: $d, opensAt: $o, closesAt: $c) {
          id
        }
      }
    `,
    { d: draftId, o: new Date(now - 60_000).toISOString(), c: new Date(now + 30 * 86_400_000).toISOString() },
    token,
  );
  const read = await graphql<{ draft: { currentVersion: { provisions: { id: string; kind: string }[] } } }>(
    url,
    `
      query ($d: ID!) {
        draft(id: $d) {
          currentVersion {
            provisions {
              id
              kind
            }
          }
        }
      }
    `,
    { d: draftId },
    token,
  );
  return {
    draftId,
    articles: read.draft.currentVersion.provisions.filter((p) => p.kind === 'ARTICLE').map((p) => p.id),
  };
}
