import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { parseMail, ReceivedMail } from './mail';
import { API_MAIN, childEnv, removeDataDir, run, Running } from './processes';
import { createTestDatabase, TestDatabase } from './test-database';

/** Debian's Chromium (`apt-get install -y chromium`); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

/**
 * `describe` for suites that drive a browser: skipped, and saying why, on a machine without
 * Chromium (CI installs it; a newcomer may not have it). A function, so benches can import
 * this module without jest's globals.
 */
export function describeInBrowser(name: string, fn: () => void): void {
  if (HAS_CHROMIUM) {
    describe(name, fn);
    return;
  }
  process.stderr.write(
    `[web] "${name}" skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium fonts-noto-core)\n`,
  );
  describe.skip(name, fn);
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** A browser context as a citizen's phone has it: Vietnamese, 360 px, touch. */
export function phoneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    hasTouch: true,
    isMobile: true,
    ...options,
  });
}

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

export interface WebApp {
  /** e.g. http://localhost:41234 (no trailing slash) */
  url: string;
  dataDir: string;
  process: Running;
  accounts: Record<'admin' | 'moderator' | 'editor' | 'responder' | 'citizen' | 'organisation', DemoAccount>;
  /** GraphQL over HTTP, as any API client. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
  login(account: DemoAccount): Promise<string>;
  /** Mails written to DATA_DIR/mail for `to`, oldest first. */
  mailsTo(to: string): ReceivedMail[];
  stop(): Promise<void>;
}

/**
 * Starts thamvan exactly as `npm start` runs it (the built entry point, web client included)
 * with the demo seeded, on a free port. `embedded: true` also boots its own embedded
 * PostgreSQL under DATA_DIR, as on a fresh machine; otherwise it gets a fresh database of the
 * test cluster.
 */
export async function startWebApp(
  options: { embedded?: boolean; env?: Record<string, string> } = {},
): Promise<WebApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-web-'));
  let db: TestDatabase | undefined;
  if (!options.embedded) db = await createTestDatabase();
  const child = run(
    API_MAIN,
    [],
    childEnv({
      DATA_DIR: dataDir,
      DATABASE_URL: db?.url,
      PORT: '0',
      SEED_DEMO: '1',
      LOG_LEVEL: 'warn',
      // The browser tests post and sign in more often than one person would.
      RATE_LIMIT_MULTIPLIER: '50',
      ...options.env,
    }),
  );
  const [, url] = await child.waitForOutput(/Web\s+(http:\/\/localhost:\d+)\//, 120_000);
  await child.waitForOutput(/organisation\s+\S+@\S+\s+\S+/, 30_000);
  const accounts = Object.fromEntries(
    [
      ...readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8').matchAll(
        /^\s+(\w+)[^@\n]*?\s(\S+@\S+)\s+(\S+)\s*$/gm,
      ),
    ].map(([, role, email, password]) => [role, { role, email, password }]),
  ) as WebApp['accounts'];
  const graphql: WebApp['graphql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  };
  return {
    url,
    dataDir,
    process: child,
    accounts,
    graphql,
    async login(account) {
      const { data, errors } = await graphql<{ login: { accessToken: string } }>(
        `
          mutation ($e: String!, $p: String!) {
            login(input: { email: $e, password: $p }) {
              accessToken
            }
          }
        `,
        { e: account.email, p: account.password },
      );
      if (!data) throw new Error(`login failed: ${JSON.stringify(errors)}`);
      return data.login.accessToken;
    },
    mailsTo(to) {
      const dir = join(dataDir, 'mail');
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .sort()
        .map((f) => parseMail(readFileSync(join(dir, f), 'utf8')))
        .filter((m) => m.to.toLowerCase().includes(to.toLowerCase()));
    },
    async stop() {
      if (child.child.exitCode === null) {
        const gone = child.exited;
        child.child.kill('SIGTERM');
        await gone;
      }
      await db?.drop();
      removeDataDir(dataDir);
    },
  };
}

export interface DemoProvision {
  id: string;
  key: string;
  kind: string;
  label: string;
  text: string;
}

/** The demo's open draft and its provisions (current version), as GraphQL gives them. */
export async function openDemoDraft(app: WebApp): Promise<{ id: string; provisions: DemoProvision[] }> {
  const { data } = await app.graphql<{
    drafts: { edges: { node: { id: string; currentVersion: { provisions: DemoProvision[] } } }[] };
  }>(
    `{ drafts(filter: { status: [OPEN] }, first: 1) { edges { node { id currentVersion { provisions { id key kind label text } } } } } }`,
  );
  const draft = data!.drafts.edges[0].node;
  return { id: draft.id, provisions: draft.currentVersion.provisions };
}

/** Waits until `check` returns a truthy value (polling an outside effect: a mail, a count). */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string,
  ms = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Collects console errors and CSP violations of a page, to assert none happened. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`${response.request().method()} ${response.url()} → ${response.status()}`);
  });
  return problems;
}
