import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
import { parseCsv } from '../utils/csv';
import { see } from './see';

/**
 * Web client III (issue 17): a journalist searches every public comment. "dat dai" finds what
 * people wrote as "đất đai" and "Đất Đai" and says so; filters by stance and province change
 * the results and the address, and the address gives the same page again, with or without
 * JavaScript; the CSV download holds exactly the rows the page counts, and no e-mail or phone
 * number; the statistics page shows the report's totals and follows new comments live; a
 * comment on an earlier version leads to the word diff of its provision beside the comments
 * that asked for the change. axe at 360 and 1280 px on each of these pages.
 */
describeInBrowser('web: a journalist searches, downloads and compares', () => {
  let app: WebApp;
  let browser: Browser;
  let desktop: BrowserContext;
  let page: Page;
  let problems: string[];
  let draftId: string;
  let article: { id: string; key: string; label: string };
  let province: string;
  const ids: Record<string, string> = {};

  const post = async (token: string, input: Record<string, unknown>) => {
    const { data, errors } = await app.graphql<{ postComment: { id: string; status: string } }>(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id status } }`,
      { i: { draftId, idempotencyKey: crypto.randomUUID(), ...input } },
      token,
    );
    expect(errors).toBeUndefined();
    expect(data!.postComment.status).toBe('PUBLISHED');
    return data!.postComment.id;
  };

  /** The result ids a search page lists, in order. */
  const resultIds = (p: Page) =>
    p
      .locator('.search-results .result a', { hasText: 'Liên kết' })
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.replace('/c/', '')));
  /** The number in the results heading ("…: 3 góp ý"). */
  const headingCount = async (p: Page) => {
    const text = (await p.locator('#results-title').textContent()) ?? '';
    return Number(/([\d.]+) góp ý/.exec(text)![1].replace(/\./g, ''));
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    const draft = await openDemoDraft(app);
    draftId = draft.id;
    const articles = draft.provisions.filter((p) => p.kind === 'ARTICLE');
    article = articles[articles.length - 2];
    const citizen = await app.login(app.accounts.citizen);
    const organisation = await app.login(app.accounts.organisation);
    ids.amend = await post(citizen, {
      provisionId: article.id,
      stance: 'AMEND',
      body: 'Đề nghị làm rõ việc thu hồi đất đai khi xây dựng hạ tầng an ninh mạng.',
      proposedText: 'Việc thu hồi đất đai phải được bồi thường theo pháp luật về đất đai.',
    });
    ids.oppose = await post(citizen, {
      provisionId: article.id,
      stance: 'OPPOSE',
      body: 'Không đồng ý mở rộng quyền sử dụng đất đai cho mục đích này.',
    });
    ids.organisation = await post(organisation, {
      stance: 'QUESTION',
      body: 'Đất Đai thuộc sở hữu toàn dân: ai quyết định? Liên hệ 0912 345 678 hoặc phaply.lienhe@example.vn.',
    });
    const { data } = await app.graphql<{ comment: { author: { province: string } } }>(
      `query($id: ID!) { comment(id: $id) { author { province } } }`,
      { id: ids.amend },
    );
    province = data!.comment.author.province;
    expect(province).toBeTruthy();
    // The search index follows the outbox: wait until it holds the three.
    await until(async () => {
      const found = await app.graphql<{ searchComments: { totalCount: number } }>(
        `{ searchComments(input: { q: "dat dai" }) { totalCount } }`,
      );
      return (found.data?.searchComments.totalCount ?? 0) >= 3;
    }, 'the search index to hold the new comments');
    desktop = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN', acceptDownloads: true });
    page = await desktop.newPage();
    problems = watchConsole(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('finds "đất đai" when "dat dai" is typed, highlights it and names the forms it matched', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: 'Tìm kiếm', exact: true }).first().click();
    await page.getByLabel('Tìm trong góp ý').fill('dat dai');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await see(page.locator('#results-title')).contains('Kết quả cho “dat dai”');
    expect(new URL(page.url()).searchParams.get('q')).toBe('dat dai');
    const found = await resultIds(page);
    expect(found).toEqual(expect.arrayContaining([ids.amend, ids.oppose, ids.organisation]));
    const marks = await page.locator('.result__snippet mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('đất');
    const forms = await page.locator('.search-forms').textContent();
    expect(forms).toContain('đất đai');
    expect(forms).toContain('Đất Đai');
    // Each hit says where it belongs and links to its permalink.
    const hit = page.locator('.result', { has: page.locator(`a[href="/c/${ids.amend}"]`) });
    await see(hit).contains(article.label);
    await see(hit).contains('Đề xuất sửa');
    await see(hit).contains(province);
    expect(problems).toEqual([]);
  });

  it('filters by stance and province in the address, and the address gives the same page again', async () => {
    const all = await headingCount(page);
    // On a wide screen the filters are open beside the results.
    await see(page.getByLabel('Tỉnh, thành phố')).visible();
    await page.getByRole('checkbox', { name: /^Đề xuất sửa/ }).check();
    await page.getByLabel('Tỉnh, thành phố').selectOption(province);
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await page.waitForURL(/quan-diem=AMEND/);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('dat dai');
    expect(url.searchParams.getAll('quan-diem')).toEqual(['AMEND']);
    expect(url.searchParams.getAll('tinh')).toEqual([province]);
    const filtered = await resultIds(page);
    expect(filtered).toContain(ids.amend);
    expect(filtered).not.toContain(ids.oppose);
    expect(filtered).not.toContain(ids.organisation);
    expect(await headingCount(page)).toBeLessThan(all);
    for (const badge of await page.locator('.search-results .result .badge').allTextContents())
      expect(badge).toBe('Đề xuất sửa');
    // The filters in force are links that remove them.
    await see(page.getByRole('link', { name: `Bỏ lọc ${province}` })).visible();
    const heading = await page.locator('#results-title').textContent();
    await page.reload();
    expect(await page.locator('#results-title').textContent()).toBe(heading);
    expect(await resultIds(page)).toEqual(filtered);
    expect(await page.getByRole('checkbox', { name: /^Đề xuất sửa/ }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('works the same without JavaScript, on a phone', async () => {
    const plain = await phoneContext(browser, { javaScriptEnabled: false });
    const p = await plain.newPage();
    await p.goto(`${app.url}/tim-kiem`);
    await p.getByLabel('Tìm trong góp ý').fill('dat dai');
    // The filters are folded on a phone; the browser opens them without any script.
    await p.getByText('Bộ lọc', { exact: true }).click();
    await p.getByRole('checkbox', { name: /^Đề xuất sửa/ }).check();
    await p.getByLabel('Tỉnh, thành phố').selectOption(province);
    await p.getByRole('button', { name: 'Áp dụng' }).click();
    await p.waitForURL(/quan-diem=AMEND/);
    expect(await resultIds(p)).toEqual(await resultIds(page));
    expect(await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await plain.close();
  });

  it('answers odd addresses with a page: an old cursor, ids that cannot exist, dates the wrong way round', async () => {
    const p = await desktop.newPage();
    const stale = await p.goto(`${app.url}/tim-kiem?q=dat+dai&sau=khong-phai-con-tro`);
    expect(stale!.status()).toBe(200);
    await see(p.locator('.notice')).contains('trang đầu');
    expect(await resultIds(p)).toEqual(expect.arrayContaining([ids.amend]));
    const unknown = await p.goto(`${app.url}/tim-kiem?q=dat+dai&du-thao=abc&co-quan=1%27--`);
    expect(unknown!.status()).toBe(200);
    expect(await resultIds(p)).toEqual(expect.arrayContaining([ids.amend, ids.organisation]));
    const backwards = await p.goto(`${app.url}/tim-kiem?q=dat+dai&tu=2026-12-31&den=2026-01-01`);
    expect(backwards!.status()).toBe(200);
    await p.close();
  });

  it('downloads as CSV exactly the rows the page counts, without e-mail or phone numbers', async () => {
    // The search of the first test: all three new comments, and the organisation's contact details.
    await page.goto(`${app.url}/tim-kiem?q=dat+dai`);
    const count = await headingCount(page);
    const shown = await resultIds(page);
    const link = page.getByRole('link', { name: 'Tải CSV' });
    const href = await link.getAttribute('href');
    expect(href).toBe('/api/exports/comments.csv?q=dat+dai');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(header[0]).toBe('id');
    expect(header).not.toContain('email');
    expect(rows).toHaveLength(count);
    const csvIds = rows.map((r) => r[0]);
    expect(csvIds).toEqual(expect.arrayContaining(shown));
    expect(csv).not.toContain('phaply.lienhe@example.vn');
    expect(csv).not.toMatch(/0912\s?345\s?678/);
    for (const account of Object.values(app.accounts)) expect(csv).not.toContain(account.email);
    expect(await page.locator('.search-export').textContent()).toContain(`${count} góp ý công khai`);
  });

  it("reads words typed in Telex, says so, and looks in authors' names only when asked", async () => {
    await page.goto(`${app.url}/tim-kiem?q=dat+dai`);
    const plain = await resultIds(page);
    // "ddaats": "đất" typed in Telex without an input method.
    await page.goto(`${app.url}/tim-kiem?q=ddaats+dai`);
    expect(await resultIds(page)).toEqual(plain);
    await see(page.locator('.search-forms').first()).contains('“ddaats” đọc như gõ Telex/VNI: “dat”');
    // The box "Tên người góp ý" ticked: each hit says where the words matched.
    await page.goto(`${app.url}/tim-kiem`);
    const filters = page.locator('.search-filters');
    if (!(await filters.evaluate((d) => (d as HTMLDetailsElement).open)))
      await filters.locator('summary').click();
    const group = page.getByRole('group', { name: 'Tìm trong' });
    expect(await group.getByRole('checkbox', { name: 'Nội dung góp ý' }).isChecked()).toBe(true);
    const { data: who } = await app.graphql<{
      comment: { author: { displayName: string; organizationName: string | null } };
    }>(`query($id: ID!) { comment(id: $id) { author { displayName organizationName } } }`, {
      id: ids.organisation,
    });
    await page
      .getByRole('searchbox')
      .fill(who!.comment.author.organizationName ?? who!.comment.author.displayName);
    await group.getByRole('checkbox', { name: 'Nội dung góp ý' }).uncheck();
    await group.getByRole('checkbox', { name: 'Tên người góp ý' }).check();
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/trong=nguoi-viet/);
    expect(page.url()).not.toContain('trong=noi-dung');
    expect(await resultIds(page)).toContain(ids.organisation);
    await see(page.locator('.result__matched').first()).contains('Khớp ở: Tên người góp ý');
  });

  it('shows the statistics with the totals of the feedback report, and follows new comments live', async () => {
    await page.goto(`${app.url}/du-thao/${draftId}`);
    await page.getByRole('link', { name: 'Số liệu góp ý' }).click();
    await see(page.getByRole('heading', { level: 1 })).contains('Số liệu góp ý');
    const editor = await app.login(app.accounts.editor);
    const { data } = await app.graphql<{
      feedbackReport: { commentCount: number; participantCount: number; answeredCount: number };
    }>(
      `query($d: ID!) { feedbackReport(draftId: $d) { commentCount participantCount answeredCount } }`,
      { d: draftId },
      editor,
    );
    const report = data!.feedbackReport;
    const figure = async (name: string) =>
      ((await page.locator(`[data-stat="${name}"]`).textContent()) ?? '').replace(/\./g, '');
    expect(await figure('comments')).toBe(String(report.commentCount));
    expect(await figure('participants')).toBe(String(report.participantCount));
    expect(await figure('answered')).toMatch(
      new RegExp(`^${report.answeredCount} trên ${report.commentCount}`),
    );
    // The busiest articles, as a chart and as a table with the numbers.
    await see(page.getByRole('img', { name: /Các điều được góp ý nhiều nhất/ })).visible();
    await see(page.getByRole('table').filter({ hasText: article.label })).visible();
    // Live: a new comment appears in the figures without reloading (within the refresh period).
    await see(page.locator('html[data-live="on"]'), 15_000).visible();
    const citizen = await app.login(app.accounts.citizen);
    await post(citizen, {
      provisionId: article.id,
      stance: 'SUPPORT',
      body: 'Tán thành quy định về đất đai.',
    });
    await see(page.locator('[data-stat="comments"]'), 40_000).contains(
      (report.commentCount + 1).toLocaleString('vi-VN'),
    );
    expect(problems).toEqual([]);
  }, 90_000);

  it('leads from a comment on an earlier version to the change of its provision, beside the requests', async () => {
    // The agency publishes version 2, rewording the article the AMEND comment was about.
    const editor = await app.login(app.accounts.editor);
    const { data: current } = await app.graphql<{
      draft: { currentVersion: { provisions: { kind: string; key: string; text: string }[] } };
    }>(`query ($id: ID!) { draft(id: $id) { currentVersion { provisions { kind key text } } } }`, {
      id: draftId,
    });
    const source = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.txt'), 'utf8');
    const changed = current!.draft.currentVersion.provisions.find(
      (p) => p.key.startsWith(`${article.key}/`) && p.text.length > 30 && source.includes(p.text),
    )!;
    const revised = source.replace(
      changed.text,
      `${changed.text} Việc thu hồi đất đai phải được bồi thường.`,
    );
    const added = await app.graphql(
      `mutation ($d: ID!, $i: DraftVersionInput!) { addDraftVersion(draftId: $d, input: $i) { number } }`,
      {
        d: draftId,
        i: { source: { text: revised }, publish: true, changeNote: 'Tiếp thu góp ý về đất đai' },
      },
      editor,
    );
    expect(added.errors).toBeUndefined();
    await page.goto(`${app.url}/tim-kiem?q=dat+dai&quan-diem=AMEND`);
    const hit = page.locator('.result', { has: page.locator(`a[href="/c/${ids.amend}"]`) });
    await hit.getByRole('link', { name: 'So sánh với phiên bản hiện tại' }).click();
    await see(page.getByRole('heading', { level: 1 })).contains('So sánh phiên bản');
    await see(page.getByRole('heading', { name: 'Thay đổi từ phiên bản 1 đến phiên bản 2' })).visible();
    await see(page.locator('.compare-diff ins').first()).contains('phải được bồi thường');
    await see(page.locator('.compare-asked')).contains('Đề nghị làm rõ việc thu hồi đất đai');
    expect(await page.locator('.compare-asked').textContent()).not.toContain('Không đồng ý mở rộng');
    // The draft page leads there too.
    await page.goto(`${app.url}/du-thao/${draftId}`);
    await see(page.getByRole('link', { name: 'So sánh từng điều với góp ý đề nghị sửa' })).visible();
    expect(problems).toEqual([]);
  });

  it('has an open-data page with the exports, permalinks, GraphQL, the licence and examples to copy', async () => {
    await page.goto(`${app.url}/tim-kiem`);
    await page.getByRole('link', { name: 'Cách dùng dữ liệu mở' }).click();
    await see(page.getByRole('heading', { level: 1 })).contains('Dữ liệu mở');
    const text = (await page.locator('main').textContent()) ?? '';
    for (const expected of [
      'CC BY 4.0',
      'provision_label',
      '/c/',
      `${app.url}/graphql`,
      'pd.read_csv',
      'read.csv',
    ])
      expect(text).toContain(expected);
    expect(text).toContain(`curl -o gop-y.csv '${app.url}/api/exports/comments.csv?`);
  });

  it('passes axe at 360 and 1280 px on the search, statistics, compare and open-data pages', async () => {
    const paths = [
      `/tim-kiem?q=ddaats+dai&quan-diem=AMEND&tinh=${encodeURIComponent(province)}&du-thao=${draftId}`,
      `/du-thao/${draftId}/thong-ke`,
      `/du-thao/${draftId}/so-sanh?dieu=${article.key}&tu=1&den=2`,
      `/du-thao/${draftId}/so-sanh`,
      '/du-lieu-mo',
    ];
    const failures: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await browser.newContext({ viewport, locale: 'vi-VN' });
      for (const path of paths) {
        const p = await context.newPage();
        await p.goto(`${app.url}${path}`);
        const result = await new AxeBuilder({ page: p })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .options({ resultTypes: ['violations'] })
          .analyze();
        for (const v of result.violations)
          failures.push(
            `${path} at ${viewport.width}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) failures.push(`${path} at ${viewport.width}: scrolls sideways by ${overflow} px`);
        if (process.env.SCREENSHOTS_DIR) {
          mkdirSync(process.env.SCREENSHOTS_DIR, { recursive: true });
          const name = path.split('?')[0].split('/').filter(Boolean).pop()!;
          const suffix = path.includes('dieu=') ? '-dieu' : '';
          const width = viewport === PHONE ? 'phone' : 'desktop';
          await p.screenshot({ path: join(process.env.SCREENSHOTS_DIR, `${name}${suffix}-${width}.png`) });
        }
        await p.close();
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
