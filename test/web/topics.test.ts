import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildCorpus, type Point } from '@thamvan/synthesis/topics/fixtures/corpus';
import {
  DESKTOP,
  describeInBrowser,
  launchBrowser,
  openDemoDraft,
  PHONE,
  phoneContext,
  startWebApp,
  until,
  watchConsole,
  WebApp,
} from '@thamvan/test-utils/web';
import { noAxeViolation } from './axe';
import { see } from './see';

interface TopicView {
  id: string;
  label: string;
  size: number;
  commentCount: number;
  isOther: boolean;
}

const TOPICS = `query ($id: ID!) { provision(id: $id) { topics { id label size commentCount isOther } } }`;
const TOPIC_COMMENTS = `query ($id: ID!) { provision(id: $id) { topics { id
  comments(first: 100) { totalCount edges { node { id response { id explanation } } } } } } }`;

/**
 * Topics in the web client (issue 23, "In the product"): comments on one article making three
 * known points in varied wording (libs/synthesis/src/topics/fixtures/corpus.ts) plus a few
 * off-topic ones, posted by as many people; topics rebuilt by the outbox relay without debounce
 * (TOPICS_DEBOUNCE_SECONDS=0). The public thread summarises them above its comments (sizes,
 * stance mix, a representative, a link listing each topic's comments), axe-clean and complete
 * without JavaScript; the agency console filters its triage list by topic and answers a whole
 * topic with one response.
 */
describeInBrowser('web: topics of an article', () => {
  let app: WebApp;
  let browser: Browser;
  let draftId: string;
  let article: { id: string; key: string; label: string };
  let provisions: { id: string; key: string; kind: string }[];
  let topics: TopicView[];
  const posted: string[] = [];
  const points: Point[] = ['consent', 'children', 'biometrics'];

  const threadPath = () => `/du-thao/${draftId}/${article.key}`;
  const topicsNow = async (): Promise<TopicView[]> => {
    const { data } = await app.graphql<{ provision: { topics: TopicView[] } }>(TOPICS, { id: article.id });
    return data?.provision.topics ?? [];
  };
  const commentsOf = async (topicId: string) => {
    const { data } = await app.graphql<{
      provision: {
        topics: {
          id: string;
          comments: {
            totalCount: number;
            edges: { node: { id: string; response: { id: string; explanation: string } | null } }[];
          };
        }[];
      };
    }>(TOPIC_COMMENTS, { id: article.id });
    return data!.provision.topics.find((x) => x.id === topicId)!.comments;
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([
      startWebApp({ env: { TOPICS_DEBOUNCE_SECONDS: '0', RATE_LIMIT_MULTIPLIER: '500' } }),
      launchBrowser(),
    ]);
    const draft = await openDemoDraft(app);
    draftId = draft.id;
    provisions = draft.provisions;
    // The last article: few demo comments, so the posted ones make its topics.
    const articles = draft.provisions.filter((p) => p.kind === 'ARTICLE');
    article = articles[articles.length - 1];
    const corpus = buildCorpus({ campaignCopies: 0 });
    const chosen = [
      ...points.flatMap((point) => corpus.filter((c) => c.point === point).slice(0, 9)),
      ...corpus.filter((c) => c.point === 'off-topic').slice(0, 4),
    ];
    // One author per comment: the flood rule holds near-identical comments of one person.
    let n = 0;
    for (const comment of chosen) {
      n += 1;
      const registered = await app.graphql<{ register: { accessToken: string } }>(
        `mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`,
        {
          i: {
            email: `chu-de-${n}.${Date.now()}@example.vn`,
            password: 'mat-khau-rat-dai-2026',
            displayName: `Người góp ý ${n}`,
          },
        },
      );
      expect(registered.errors).toBeUndefined();
      const stance = comment.stance ?? 'NEUTRAL';
      const { data, errors } = await app.graphql<{ postComment: { id: string; status: string } }>(
        `mutation($i: PostCommentInput!) { postComment(input: $i) { id status } }`,
        {
          i: {
            draftId,
            provisionId: article.id,
            body: comment.text,
            stance,
            proposedText: stance === 'AMEND' ? 'Bổ sung quy định theo nội dung góp ý trên.' : undefined,
            idempotencyKey: crypto.randomUUID(),
          },
        },
        registered.data!.register.accessToken,
      );
      expect(errors).toBeUndefined();
      expect(data!.postComment.status).toBe('PUBLISHED');
      posted.push(data!.postComment.id);
    }
    // The outbox's bulk lane rebuilds the article's topics (no debounce here): wait until every
    // posted comment is in one of them, and the search index (the topic's list) has them too.
    topics = await until(
      async () => {
        const now = await topicsNow();
        const grouped = now.reduce((sum, x) => sum + x.commentCount, 0);
        return now.filter((x) => !x.isOther).length >= 2 && grouped >= posted.length ? now : null;
      },
      'the topics of the article',
      120_000,
    );
    await until(
      async () => {
        const { data } = await app.graphql<{ searchComments: { totalCount: number } }>(
          `query($d: ID!, $k: String!) { searchComments(input: { draftId: $d, provisionKey: $k, first: 1 }) { totalCount } }`,
          { d: draftId, k: article.key },
        );
        return (data?.searchComments.totalCount ?? 0) >= posted.length;
      },
      'the posted comments in the search index',
      60_000,
    );
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("summarises the article's topics above its thread, with their sizes, at 360 px", async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${app.url}${threadPath()}`);
    const summary = page.locator('section[data-topics]');
    await see(summary.getByRole('heading', { level: 2 })).contains('Mọi người nói gì');
    const points = topics.filter((x) => !x.isOther);
    // Every point is listed, largest first, with its size; the first few at once, the rest folded.
    const items = summary.locator('li.topic');
    expect(await items.count()).toBe(points.length);
    for (const [i, topic] of points.entries()) {
      const item = items.nth(i);
      expect(await item.getAttribute('data-topic')).toBe(topic.id);
      expect(await item.locator('h3').textContent()).toBe(topic.label);
      expect(await item.locator('[data-topic-size]').textContent()).toBe(`${topic.size} góp ý`);
      expect(await item.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(/^Quan điểm: /);
      expect(await item.locator('blockquote').textContent()).not.toBe('');
    }
    // "Ý kiến khác" is a sentence after the list, never a point.
    const other = topics.find((x) => x.isOther);
    if (other) {
      await see(summary.locator('.topics__other')).contains(`${other.size} góp ý không thuộc ý chính nào`);
      expect(await summary.locator(`li[data-topic="${other.id}"]`).count()).toBe(0);
    }
    // The summary sits above the thread, which lists the comments.
    const above = await page.evaluate(() => {
      const s = document.querySelector('section[data-topics]')!;
      const list = document.getElementById('comments-title')!;
      return Boolean(s.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(above).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await shot(page, 'topics-thread', 'phone');
    await shotOf(summary, 'topics-summary', 'phone');
    await page.setViewportSize(DESKTOP);
    await shot(page, 'topics-thread', 'desktop');
    await shotOf(summary, 'topics-summary', 'desktop');
    expect(problems).toEqual([]);
    // An article nobody has commented on has no topics yet: no summary at all.
    const quiet = await until(async () => {
      for (const p of provisions.filter((x) => x.kind === 'ARTICLE')) {
        const { data } = await app.graphql<{ provision: { topics: unknown[]; commentCount: number } }>(
          `query($id: ID!) { provision(id: $id) { commentCount topics { id } } }`,
          { id: p.id },
        );
        if (data && !data.provision.topics.length) return p;
      }
      return null;
    }, 'an article without topics');
    await page.goto(`${app.url}/du-thao/${draftId}/${quiet.key}`);
    await see(page.getByRole('heading', { level: 1 })).visible();
    expect(await page.locator('section[data-topics]').count()).toBe(0);
    await context.close();
  });

  it("lists exactly a topic's comments from its link", async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${app.url}${threadPath()}`);
    const topic = topics.find((x) => !x.isOther)!;
    await page.locator(`li[data-topic="${topic.id}"] a[data-topic-list]`).click();
    await page.waitForURL(/\/tim-kiem\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('chu-de')).toBe(topic.id);
    expect(url.searchParams.get('du-thao')).toBe(draftId);
    await see(page.locator('#results-title')).contains(`${topic.commentCount} góp ý`);
    await see(page.getByRole('list', { name: 'Bộ lọc đang chọn' })).contains(`Chủ đề: ${topic.label}`);
    const found = new Set<string>();
    for (;;) {
      for (const href of await page
        .locator('ol.results a[href^="/c/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
        found.add(href.slice(3));
      const next = page.getByRole('link', { name: '20 góp ý tiếp' });
      if (!(await next.count())) break;
      await next.click();
      await page.waitForLoadState();
    }
    const expected = (await commentsOf(topic.id)).edges.map((e) => e.node.id);
    expect([...found].sort()).toEqual([...expected].sort());
    await shot(page, 'topics-search', 'phone');
    await noAxeViolation(page, 'search by topic at 360');
    await context.close();
  });

  it('has no axe violation on the thread at 360 and 1280 px', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await browser.newContext({ viewport, locale: 'vi-VN' });
      const page = await context.newPage();
      await page.goto(`${app.url}${threadPath()}`);
      await see(page.locator('section[data-topics]')).visible();
      await page
        .locator('section[data-topics] details')
        .evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await noAxeViolation(page, `${threadPath()} at ${viewport.width}`);
      await context.close();
    }
  });

  it('shows the topics and follows their links without JavaScript', async () => {
    const context = await phoneContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}${threadPath()}`);
    const topic = topics.filter((x) => !x.isOther)[0];
    await see(page.locator(`li[data-topic="${topic.id}"] [data-topic-size]`)).contains(`${topic.size} góp ý`);
    await page.locator(`li[data-topic="${topic.id}"] figcaption a`).click();
    await page.waitForURL(/\/c\//);
    await page.goBack();
    await page.locator(`li[data-topic="${topic.id}"] a[data-topic-list]`).click();
    await page.waitForURL(/chu-de=/);
    await see(page.locator('#results-title')).contains(`${topic.commentCount} góp ý`);
    await context.close();
  });

  it('filters the triage list by topic and answers the whole topic with one response', async () => {
    const officer = await browser.newContext({
      viewport: DESKTOP,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await officer.newPage();
    await page.goto(`${app.url}/dang-nhap`);
    await page.getByLabel('Địa chỉ e-mail').fill(app.accounts.responder.email);
    await page.getByLabel('Mật khẩu').fill(app.accounts.responder.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await see(page.getByRole('link', { name: 'Tài khoản' })).visible();
    // Without an article, the topic filter says what to do first.
    await page.goto(`${app.url}/quan-ly/du-thao/${draftId}`);
    expect(await page.getByLabel('Chủ đề', { exact: true }).isDisabled()).toBe(true);
    await page
      .getByRole('navigation', { name: 'Theo điều' })
      .getByRole('link', { name: new RegExp(`^${article.label}\\b`) })
      .click();
    const topic = topics.filter((x) => !x.isOther)[1] ?? topics[0];
    const select = page.getByLabel('Chủ đề', { exact: true });
    await select.selectOption(topic.id);
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/chu-de=/);
    const url = new URL(page.url());
    expect(url.searchParams.get('chu-de')).toBe(topic.id);
    expect(url.searchParams.get('dieu')).toBe(article.key);
    await see(page.locator('[data-topic-view]')).contains(
      `Chủ đề “${topic.label}”: ${topic.commentCount} góp ý`,
    );
    const members = new Set((await commentsOf(topic.id)).edges.map((e) => e.node.id));
    const rows = await page
      .locator('li.triage-item input[name="ids"]')
      .evaluateAll((inputs) => inputs.map((i) => i.id.replace(/^chon-/, '')));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((id) => !members.has(id))).toEqual([]);
    await noAxeViolation(page, 'console filtered by topic');
    await shot(page, 'topics-console', 'desktop');
    await page.locator('form.filters').scrollIntoViewIfNeeded();
    await shotOf(page.locator('.console-main'), 'topics-console-main', 'desktop', 1400);

    const all = page.getByRole('checkbox', { name: /^Trả lời cả chủ đề/ });
    expect(await all.evaluate((el) => (el as HTMLInputElement).labels![0].textContent)).toBe(
      `Trả lời cả chủ đề “${topic.label}” (${topic.commentCount} góp ý)`,
    );
    await all.check();
    const answer = page.locator('.answer-form__answer');
    await answer.getByLabel('Tiếp thu', { exact: true }).check();
    const explanation = 'Ban soạn thảo tiếp thu ý kiến về chủ đề này và sẽ bổ sung quy định.';
    await answer.getByLabel('Nội dung tiếp thu, giải trình').fill(explanation);
    await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await see(page.getByText(`Đã trả lời ${topic.commentCount} góp ý.`)).visible();
    // One response, on every comment of the topic.
    const answered = await commentsOf(topic.id);
    expect(answered.edges.map((e) => e.node.response?.explanation)).toEqual(
      answered.edges.map(() => explanation),
    );
    expect(new Set(answered.edges.map((e) => e.node.response!.id)).size).toBe(1);
    // … and each row of the topic shows it, once the search index has the answers.
    for (const deadline = Date.now() + 30_000; ;) {
      await page.reload();
      const shown = await page.locator('li.triage-item .answer').count();
      if (shown === rows.length || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    for (const id of rows) {
      await see(
        page.locator('li.triage-item', { has: page.locator(`#chon-${id}`) }).locator('.answer'),
      ).contains(explanation);
    }
    // Citizens read the answer on each comment's page.
    const reader = await officer.newPage();
    await reader.goto(`${app.url}/c/${answered.edges[0].node.id}`);
    await see(reader.locator('main')).contains(explanation);
    await officer.close();
  });

  it("the agency's report summarises the article by its topics before the detailed entries", async () => {
    for (const [viewport, size] of [
      [DESKTOP, 'desktop'],
      [{ width: 360, height: 800 }, 'phone'],
    ] as const) {
      const officer = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      const page = await officer.newPage();
      await page.goto(`${app.url}/dang-nhap`);
      await page.getByLabel('Địa chỉ e-mail').fill(app.accounts.responder.email);
      await page.getByLabel('Mật khẩu').fill(app.accounts.responder.password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await see(page.getByRole('link', { name: 'Tài khoản' })).visible();
      await page.goto(`${app.url}/quan-ly/du-thao/${draftId}/bao-cao`);
      const summary = page.getByRole('region', { name: 'Tóm tắt ý kiến theo chủ đề của từng điều' });
      await see(summary).visible();
      const section = summary.getByRole('region', { name: new RegExp(`^${article.label}\\b`) });
      const now = await topicsNow();
      const items = await section.locator('li').allTextContents();
      expect(items).toHaveLength(now.length);
      now.forEach((topic, i) => {
        const label = topic.isOther
          ? 'Ý kiến khác'
          : topic.label.charAt(0).toLocaleUpperCase('vi') + topic.label.slice(1);
        expect(items[i].startsWith(`${label}: ${topic.size} ý kiến`)).toBe(true);
      });
      // Before the table of entries.
      const order = await page.evaluate(() => {
        const topicsAt = document.getElementById('tom-tat-chu-de')!;
        const tableAt = document.getElementById('bang-tong-hop')!;
        return topicsAt.compareDocumentPosition(tableAt) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order).toBeTruthy();
      await noAxeViolation(page, `console report at ${viewport.width}`);
      await shotOf(summary, 'topics-report', size, 1600);
      await officer.close();
    }
  });
});

/** With SCREENSHOTS_DIR set, the page as a PNG (down to 3,000 px). */
async function shot(page: Page, name: string, size: 'phone' | 'desktop'): Promise<void> {
  if (!process.env.SCREENSHOTS_DIR) return;
  mkdirSync(process.env.SCREENSHOTS_DIR, { recursive: true });
  const width = page.viewportSize()!.width;
  const height = Math.min(3000, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({
    path: join(process.env.SCREENSHOTS_DIR, `${name}-${size}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height },
  });
}

/** With SCREENSHOTS_DIR set, one part of the page as a PNG. */
async function shotOf(
  locator: Locator,
  name: string,
  size: 'phone' | 'desktop',
  maxHeight = 3000,
): Promise<void> {
  if (!process.env.SCREENSHOTS_DIR) return;
  mkdirSync(process.env.SCREENSHOTS_DIR, { recursive: true });
  const box = (await locator.boundingBox())!;
  const scroll = await locator.page().evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  await locator.page().screenshot({
    path: join(process.env.SCREENSHOTS_DIR, `${name}-${size}.png`),
    fullPage: true,
    clip: {
      x: box.x + scroll.x,
      y: box.y + scroll.y,
      width: box.width,
      height: Math.min(box.height, maxHeight),
    },
  });
}
