/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  describeInBrowser,
  DESKTOP,
  launchBrowser,
  PHONE,
  startWebApp,
  WebApp,
} from '@thamvan/test-utils/web';
import { see } from './see';

/**
 * WCAG 2.1 AA on every page, at a phone's 360×740 and a desktop's 1280×800: axe finds
 * nothing (tags wcag2a, wcag2aa, wcag21a, wcag21aa, and wcag22aa's target-size), nothing scrolls sideways, and every
 * control is a touch target of at least 44 px. Forms are checked in their error state too.
 * With SCREENSHOTS_DIR set (npm run web:screenshots), each page is also saved as a PNG.
 */
interface PageEntry {
  path: string;
  signedIn?: boolean;
  prepare?: (page: Page) => Promise<void>;
}

/** Every page of the web client, in some of its states (the paths are found in beforeAll). */
const PAGES = [
  'home',
  'drafts',
  'draft',
  'thread-article',
  'thread-error',
  'comment',
  'search',
  'login',
  'register',
  'register-error',
  'forgot-password',
  'reset-password',
  'verify-email',
  'terms',
  'privacy',
  'not-found',
  'thread-signed-in',
  'account',
  'my-comments',
  'report',
];

/** The pages docs/screenshots shows (npm run web:screenshots). */
const SCREENSHOT_PAGES = new Set([
  'home',
  'drafts',
  'draft',
  'thread-article',
  'thread-error',
  'comment',
  'search',
  'register-error',
  'account',
  'my-comments',
  'report',
]);

const WIDTHS = [
  { name: 'phone', viewport: PHONE },
  { name: 'desktop', viewport: DESKTOP },
] as const;

describeInBrowser('web: accessibility of every page', () => {
  let app: WebApp;
  let browser: Browser;
  const pages = new Map<string, PageEntry>();
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    const { data } = await app.graphql<{
      drafts: {
        edges: {
          node: {
            id: string;
            status: string;
            reportPublishedAt: string | null;
            currentVersion: { provisions: { id: string; key: string; kind: string }[] };
          };
        }[];
      };
    }>(
      `{ drafts(first: 10) { edges { node { id status reportPublishedAt currentVersion { provisions { id key kind } } } } } }`,
    );
    const open = data!.drafts.edges.map((e) => e.node).find((d) => d.status === 'OPEN')!;
    // The demo's closed consultation has its report published.
    const reported = data!.drafts.edges.map((e) => e.node).find((d) => d.reportPublishedAt)!;
    const clause = open.currentVersion.provisions.find((p) => p.kind === 'CLAUSE')!;
    const article = open.currentVersion.provisions.find((p) => p.kind === 'ARTICLE')!;
    // A thread with a bit of everything: a proposal, an answer, a reply.
    const citizen = await app.login(app.accounts.citizen);
    const posted = await app.graphql<{ postComment: { id: string } }>(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
      {
        i: {
          draftId: open.id,
          provisionId: article.id,
          body: 'Đề nghị **bổ sung** quy định về thời hạn.',
          stance: 'AMEND',
          proposedText: 'Nội dung đề xuất của người dân.',
          idempotencyKey: crypto.randomUUID(),
        },
      },
      citizen,
    );
    const commentId = posted.data!.postComment.id;
    const responder = await app.login(app.accounts.responder);
    await app.graphql(
      `mutation($c: ID!) { respondToComment(commentId: $c, input: { disposition: ACCEPTED, explanation: "Tiếp thu." }) { id } }`,
      { c: commentId },
      responder,
    );
    const organisation = await app.login(app.accounts.organisation);
    await app.graphql(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
      {
        i: { draftId: open.id, parentId: commentId, body: 'Đồng tình.', idempotencyKey: crypto.randomUUID() },
      },
      organisation,
    );
    const list: ({ name: string } & PageEntry)[] = [
      { name: 'home', path: '/' },
      { name: 'drafts', path: '/du-thao' },
      { name: 'report', path: `/du-thao/${reported.id}/bao-cao` },
      { name: 'draft', path: `/du-thao/${open.id}` },
      { name: 'thread-article', path: `/du-thao/${open.id}/${article.key}` },
      { name: 'thread-clause', path: `/du-thao/${open.id}/${clause.key}` },
      {
        name: 'thread-error',
        path: `/du-thao/${open.id}/${clause.key}`,
        prepare: async (page) => {
          await page.getByRole('button', { name: 'Gửi góp ý' }).click();
          await see(page.getByRole('alert').first()).visible();
        },
      },
      { name: 'comment', path: `/c/${commentId}` },
      { name: 'search', path: '/tim-kiem?q=an+ninh+mang' },
      { name: 'login', path: '/dang-nhap' },
      {
        name: 'login-error',
        path: '/dang-nhap',
        prepare: async (page) => {
          await page.getByRole('button', { name: 'Đăng nhập' }).click();
          await see(page.getByRole('alert').first()).visible();
        },
      },
      { name: 'register', path: '/dang-ky' },
      {
        name: 'register-error',
        path: '/dang-ky',
        prepare: async (page) => {
          await page.getByRole('button', { name: 'Đăng ký' }).click();
          await see(page.getByRole('alert').first()).visible();
        },
      },
      { name: 'forgot-password', path: '/quen-mat-khau' },
      { name: 'reset-password', path: '/dat-lai-mat-khau?token=abc' },
      { name: 'verify-email', path: '/xac-minh-email?token=abc' },
      { name: 'terms', path: '/dieu-khoan-su-dung' },
      { name: 'privacy', path: '/quyen-rieng-tu' },
      { name: 'not-found', path: '/khong-co-trang-nay' },
      { name: 'thread-signed-in', path: `/du-thao/${open.id}/${article.key}`, signedIn: true },
      { name: 'account', path: '/tai-khoan', signedIn: true },
      { name: 'my-comments', path: '/tai-khoan/gop-y', signedIn: true },
    ];
    for (const { name, ...entry } of list) pages.set(name, entry);
    for (const width of WIDTHS) {
      contexts.set(`${width.name}`, await browser.newContext({ viewport: width.viewport, locale: 'vi-VN' }));
      const signedIn = await browser.newContext({ viewport: width.viewport, locale: 'vi-VN' });
      await signIn(signedIn, app);
      contexts.set(`${width.name}+signed-in`, signedIn);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it.each(PAGES)(
    '%s: no axe violation, no sideways scroll, 44 px targets, at 360 and 1280 px',
    async (name) => {
      const entry = pages.get(name);
      if (!entry) throw new Error(`no page ${name}`);
      const failures: string[] = [];
      // Both widths at once, in two tabs: the run takes half as long.
      await Promise.all(
        WIDTHS.map(async (width) => {
          const context = contexts.get(entry.signedIn ? `${width.name}+signed-in` : width.name)!;
          const page = await context.newPage();
          const where = `${name} at ${width.viewport.width} px`;
          await page.goto(`${app.url}${entry.path}`);
          await entry.prepare?.(page);
          const result = await new AxeBuilder({ page })
            // The issue's tags, and WCAG 2.2's one new automated rule (target-size: no control
            // covered or crowded by another, as Lighthouse checks).
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            // Only the violations are read: collecting passes and incomplete checks doubles the time.
            .options({ resultTypes: ['violations'] })
            .analyze();
          for (const v of result.violations) {
            failures.push(
              `${where}: ${v.id} (${v.impact}) ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
            );
          }
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          if (overflow > 0) failures.push(`${where}: scrolls sideways by ${overflow} px`);
          const small = await smallTargets(page);
          if (small.length) failures.push(`${where}: targets under 44 px: ${small.slice(0, 5).join(', ')}`);
          if ((await page.evaluate(() => document.documentElement.lang)) !== 'vi')
            failures.push(`${where}: lang is not vi`);
          if (process.env.SCREENSHOTS_DIR && SCREENSHOT_PAGES.has(name)) {
            mkdirSync(process.env.SCREENSHOTS_DIR, { recursive: true });
            await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, `${name}-${width.name}.png`) });
          }
          await page.close();
        }),
      );
      expect(failures).toEqual([]);
    },
    120_000,
  );
});

async function signIn(context: BrowserContext, app: WebApp): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${app.url}/dang-nhap`);
  await page.getByLabel('Địa chỉ e-mail').fill(app.accounts.citizen.email);
  await page.getByLabel('Mật khẩu').fill(app.accounts.citizen.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await see(page.getByRole('link', { name: 'Tài khoản' })).visible();
  await page.close();
}

/** Buttons, fields, summaries and navigation links smaller than 44 px (links inside text are exempt). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'button, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea, summary, nav a, .button, label.choice';
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false; // not shown
        if (el.closest('.sr-only, .skip-link')) return false;
        // Inside a closed <details> (not its summary): not shown.
        const closed = el.closest('details:not([open])');
        if (closed && el.tagName !== 'SUMMARY' && !el.closest('summary')) return false;
        return box.height < 43.5 || box.width < 43.5;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().height)}px`,
      );
  });
}
