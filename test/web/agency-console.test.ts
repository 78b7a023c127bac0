import { mkdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DESKTOP,
  describeInBrowser,
  launchBrowser,
  openDemoDraft,
  phoneContext,
  startWebApp,
  until,
  watchConsole,
  WebApp,
} from '@thamvan/test-utils/web';
import { noAxeViolation } from './axe';
import { see } from './see';

/**
 * The agency console, first part (issue 16): a RESPONDER of the drafting agency finds the
 * draft among the agency's, filters its comments by article and "chưa trả lời", selects three
 * and answers them with one response; a citizen reading the thread sees the answer arrive
 * live. A refused answer keeps its text and its selection. An editor of another agency, a
 * citizen and an anonymous visitor are kept out. axe at 1280 px; the pages hold at 768 px.
 */
describeInBrowser('web: the agency console', () => {
  let app: WebApp;
  let browser: Browser;
  let officer: BrowserContext;
  let page: Page;
  let problems: string[];
  let draftId: string;
  let article: { key: string; label: string };
  let articleId: string;
  const posted: string[] = [];
  const bodies = [
    'Đề nghị bổ sung cơ chế giám sát độc lập đối với quy định này.',
    'Cần làm rõ trách nhiệm của doanh nghiệp viễn thông khi thực hiện.',
    'Nên quy định thời hạn cụ thể để cơ quan chức năng trả lời.',
  ];

  const login = async (context: BrowserContext, email: string, password: string) => {
    const p = await context.newPage();
    await p.goto(`${app.url}/dang-nhap`);
    await p.getByLabel('Địa chỉ e-mail').fill(email);
    await p.getByLabel('Mật khẩu').fill(password);
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
    await see(p.getByRole('link', { name: 'Tài khoản' })).visible();
    return p;
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ embedded: true }), launchBrowser()]);
    const draft = await openDemoDraft(app);
    draftId = draft.id;
    // The last article: few demo comments, so the three posted here are easy to tell apart.
    const articles = draft.provisions.filter((p) => p.kind === 'ARTICLE');
    article = articles[articles.length - 1];
    const provisionId = draft.provisions.find((p) => p.key === article.key)!.id;
    articleId = provisionId;
    const token = await app.login(app.accounts.organisation);
    for (const body of bodies) {
      const { data, errors } = await app.graphql<{ postComment: { id: string } }>(
        `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
        { i: { draftId, provisionId, body, stance: 'QUESTION', idempotencyKey: crypto.randomUUID() } },
        token,
      );
      expect(errors).toBeUndefined();
      posted.push(data!.postComment.id);
    }
    // The triage list is the search index's: wait until it holds the three.
    const responder = await app.login(app.accounts.responder);
    await until(async () => {
      const { data } = await app.graphql<{ searchComments: { hits: { comment: { id: string } }[] } }>(
        `query($d: ID!, $k: String!) { searchComments(input: { draftId: $d, provisionKey: $k, answered: false, first: 100 }) { hits { comment { id } } } }`,
        { d: draftId, k: article.key },
        responder,
      );
      const found = new Set(data?.searchComments.hits.map((h) => h.comment.id));
      return posted.every((id) => found.has(id));
    }, 'the posted comments in the search index');
    officer = await browser.newContext({
      viewport: DESKTOP,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    page = await login(officer, app.accounts.responder.email, app.accounts.responder.password);
    problems = watchConsole(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("lists the agency's drafts with their unanswered counts", async () => {
    await page.getByRole('link', { name: 'Quản lý' }).click();
    await see(page.getByRole('heading', { level: 1 })).contains('Quản lý lấy ý kiến');
    const row = page.locator('tr', { has: page.locator(`a[href="/quan-ly/du-thao/${draftId}"]`) });
    await see(row).contains('Đang lấy ý kiến');
    const unanswered = Number((await row.locator('td.num').last().textContent())!.replace(/\D/g, ''));
    expect(unanswered).toBeGreaterThanOrEqual(3);
  });

  it("counts each article's comments exactly, however many provisions drew comments", async () => {
    // The demo draft has comments on more than 100 provisions: the per-article figures are
    // sums over every one of them (a top-100 facet would undercount the totals).
    await page.goto(`${app.url}/quan-ly/du-thao/${draftId}`);
    const rows = page
      .getByRole('navigation', { name: 'Theo điều' })
      .locator('li')
      .filter({ hasText: 'góp ý,' });
    const figures = (await rows.allTextContents()).map((text) => {
      const [, total, open] = /([\d.]+) góp ý, ([\d.]+) chưa trả lời/.exec(text)!;
      return { text, total: Number(total.replace(/\./g, '')), open: Number(open.replace(/\./g, '')) };
    });
    expect(figures.filter((f) => f.open > f.total)).toEqual([]);
    // The busiest article's total is what its own filter finds (campaigns not folded).
    const busiest = figures.sort((a, b) => b.total - a.total)[0];
    await rows
      .filter({ hasText: busiest.text.split('.')[0] + '.' })
      .first()
      .getByRole('link')
      .click();
    await page.getByLabel('Gộp các góp ý giống nhau (chiến dịch) thành một dòng').uncheck();
    await page.getByRole('button', { name: 'Lọc' }).click();
    await see(page.locator('#ket-qua')).contains(`${busiest.total} góp ý khớp bộ lọc`);
  });

  it('keeps the text and the selection of an answer refused for want of a disposition', async () => {
    await page.goto(`${app.url}/quan-ly`);
    await page.locator(`a[href="/quan-ly/du-thao/${draftId}"]`).click();
    await page
      .getByRole('navigation', { name: 'Theo điều' })
      .getByRole('link', { name: new RegExp(`^${article.label}\\b`) })
      .click();
    await page.getByLabel('Chưa trả lời', { exact: true }).check();
    await page.getByRole('button', { name: 'Lọc' }).click();
    expect(new URL(page.url()).searchParams.get('tra-loi')).toBe('chua');
    expect(new URL(page.url()).searchParams.get('dieu')).toBe(article.key);
    for (const body of bodies) {
      await page.locator('li.triage-item', { hasText: body }).getByRole('checkbox').check();
    }
    await page
      .getByLabel('Nội dung tiếp thu, giải trình')
      .fill('Ban soạn thảo tiếp thu, sẽ bổ sung cơ chế giám sát.');
    await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await see(page.getByText('Hãy chọn hình thức tiếp thu, giải trình.').first()).visible();
    expect(await page.getByLabel('Nội dung tiếp thu, giải trình').inputValue()).toBe(
      'Ban soạn thảo tiếp thu, sẽ bổ sung cơ chế giám sát.',
    );
    for (const body of bodies) {
      expect(await page.locator('li.triage-item', { hasText: body }).getByRole('checkbox').isChecked()).toBe(
        true,
      );
    }
  });

  it('answers the three with one response; a citizen sees it arrive live', async () => {
    const citizen = await phoneContext(browser);
    const reader = await citizen.newPage();
    await reader.goto(`${app.url}/du-thao/${draftId}/${article.key}`);
    await until(
      () => reader.evaluate(() => document.documentElement.dataset.live === 'on'),
      'the live connection',
    );
    await page.locator('.answer-form__answer').getByLabel('Tiếp thu', { exact: true }).check();
    await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await see(page.getByText('Đã trả lời 3 góp ý.')).visible();
    for (const id of posted) {
      await see(reader.locator(`#c-${id} [data-answer]`), 15_000).contains('Tiếp thu');
    }
    const { data } = await app.graphql<{
      a: { response: { id: string } };
      b: { response: { id: string } };
      c: { response: { id: string } };
    }>(
      `query($a: ID!, $b: ID!, $c: ID!) { a: comment(id: $a) { response { id } } b: comment(id: $b) { response { id } } c: comment(id: $c) { response { id } } }`,
      { a: posted[0], b: posted[1], c: posted[2] },
    );
    // One response for the three.
    expect(new Set([data!.a.response.id, data!.b.response.id, data!.c.response.id]).size).toBe(1);
    await citizen.close();
  });

  it('shows a campaign of near-identical comments as one row with its size, and opens it', async () => {
    await page.goto(`${app.url}/quan-ly/du-thao/${draftId}`);
    const row = page.locator('li.triage-item', { has: page.locator('.triage-item__campaign') }).first();
    const text = (await row.locator('.triage-item__campaign strong').textContent())!;
    const size = Number(/(\d+) góp ý giống nhau/.exec(text)![1]);
    expect(size).toBeGreaterThan(1);
    const body = (await row.locator('.triage-item__text').textContent())!;
    // One row for the campaign on the page, its size beside it.
    expect(await page.locator('li.triage-item', { hasText: body }).count()).toBe(1);
    await row.getByRole('link', { name: `Xem ${size} góp ý` }).click();
    await see(page.locator('main')).contains(`Các góp ý của một chiến dịch (${size})`);
    expect(await page.locator('li.triage-item').count()).toBe(size);
    // Ticking the campaign's row answers every member.
    await page.getByRole('link', { name: '← Tất cả góp ý' }).click();
    const again = page.locator('li.triage-item', { hasText: body }).first();
    await again.getByRole('checkbox').check();
    const answer = page.locator('.answer-form__answer');
    await answer.getByLabel('Giải trình', { exact: true }).check();
    await answer
      .getByLabel('Nội dung tiếp thu, giải trình')
      .fill('Nội dung này đã được giải trình tại Tờ trình.');
    await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await see(page.getByText(`Đã trả lời ${size} góp ý.`)).visible();
    // Unticking "Gộp…" lists every member among the rest.
    await page.goto(`${app.url}/quan-ly/du-thao/${draftId}`);
    await page.getByLabel('Gộp các góp ý giống nhau (chiến dịch) thành một dòng').uncheck();
    await page.getByRole('button', { name: 'Lọc' }).click();
    expect(await page.locator('.triage-item__campaign').count()).toBe(0);
  });

  it('triages and answers without JavaScript, keeping the text of a refused answer', async () => {
    const token = await app.login(app.accounts.organisation);
    const body = 'Góp ý gửi để trả lời khi trình duyệt tắt JavaScript.';
    const { data } = await app.graphql<{ postComment: { id: string } }>(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
      { i: { draftId, provisionId: articleId, body, idempotencyKey: crypto.randomUUID() } },
      token,
    );
    const id = data!.postComment.id;
    const plain = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN', javaScriptEnabled: false });
    const desk = await login(plain, app.accounts.responder.email, app.accounts.responder.password);
    const path = `/quan-ly/du-thao/${draftId}?dieu=${encodeURIComponent(article.key)}&tra-loi=chua`;
    await until(async () => {
      await desk.goto(`${app.url}${path}`);
      return (await desk.locator(`#chon-${id}`).count()) > 0;
    }, 'the comment in the triage list');
    await desk.locator(`#chon-${id}`).check();
    const answer = desk.locator('.answer-form__answer');
    await answer.getByLabel('Nội dung tiếp thu, giải trình').fill('Giải trình khi không có JavaScript.');
    await desk.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await see(desk.getByText('Hãy chọn hình thức tiếp thu, giải trình.').first()).visible();
    expect(await answer.getByLabel('Nội dung tiếp thu, giải trình').inputValue()).toBe(
      'Giải trình khi không có JavaScript.',
    );
    expect(await desk.locator(`#chon-${id}`).isChecked()).toBe(true);
    await answer.getByLabel('Giải trình', { exact: true }).check();
    await desk.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await see(desk.getByText('Đã trả lời 1 góp ý.')).visible();
    const answered = await app.graphql<{ comment: { response: { explanation: string } | null } }>(
      `query($id: ID!) { comment(id: $id) { response { explanation } } }`,
      { id },
    );
    expect(answered.data!.comment.response?.explanation).toBe('Giải trình khi không có JavaScript.');
    await plain.close();
  });

  it('edits the shared answer once; its earlier version stays in its history', async () => {
    await page.goto(
      `${app.url}/quan-ly/du-thao/${draftId}?dieu=${encodeURIComponent(article.key)}&tra-loi=roi`,
    );
    const item = page.locator('li.triage-item', { hasText: bodies[0] });
    await see(item).contains('Tiếp thu');
    const card = page.locator('li.triage-item', {
      has: page.getByText('Sửa câu trả lời (chung cho 3 góp ý)'),
    });
    await card.getByText('Sửa câu trả lời (chung cho 3 góp ý)').click();
    await card
      .getByLabel('Nội dung tiếp thu, giải trình')
      .fill('Ban soạn thảo tiếp thu và bổ sung Điều về cơ chế giám sát độc lập.');
    await card.getByLabel('Tiếp thu một phần').check();
    await card.getByRole('button', { name: 'Lưu câu trả lời' }).click();
    await see(page.getByText('Đã sửa câu trả lời.')).visible();
    for (const body of bodies) {
      await see(page.locator('li.triage-item', { hasText: body })).contains('giám sát độc lập');
    }
    const edited = page.locator('li.triage-item', { has: page.getByText('Lịch sử: 2 phiên bản') });
    await edited.getByText('Lịch sử: 2 phiên bản').click();
    await see(edited).contains('Phiên bản 1');
    await see(edited).contains('Ban soạn thảo tiếp thu, sẽ bổ sung cơ chế giám sát.');
    // Filtered by disposition and by day (in Vietnam time).
    await page.goto(`${app.url}/quan-ly/du-thao/${draftId}?dieu=${encodeURIComponent(article.key)}`);
    await page.getByRole('group', { name: 'Hình thức' }).first().getByLabel('Tiếp thu một phần').check();
    await page.getByRole('button', { name: 'Lọc' }).click();
    // The list is read from the search index, which takes the edit from the outbox's bulk lane
    // a moment later (seconds on a loaded machine): reload the filtered page until it has.
    for (const deadline = Date.now() + 30_000; ;) {
      await page.waitForLoadState();
      if ((await page.locator('li.triage-item').count()) === 3 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
      await page.reload();
    }
    expect(await page.locator('li.triage-item').count()).toBe(3);
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(Date.now() + 86_400_000),
    );
    await page.getByLabel('Gửi từ ngày').fill(tomorrow);
    await page.getByRole('button', { name: 'Lọc' }).click();
    await see(page.getByText('Không có góp ý nào khớp bộ lọc.')).visible();
  });

  it('moves through the list and selects from the keyboard', async () => {
    await page.goto(`${app.url}/quan-ly/du-thao/${draftId}?dieu=${encodeURIComponent(article.key)}`);
    await see(page.getByText('Phím tắt: j / k')).visible();
    await page.locator('body').press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    const second = page.locator('li.triage-item').nth(1).getByRole('checkbox');
    expect(await second.isChecked()).toBe(true);
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('a');
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).name)).toBe(
      'explanation',
    );
  });

  it('has no axe violation at 1280 px and no sideways scroll at 768 px', async () => {
    for (const [name, path] of [
      ['console', '/quan-ly'],
      ['console-triage', `/quan-ly/du-thao/${draftId}?dieu=${encodeURIComponent(article.key)}`],
      ['console-report-live', `/quan-ly/du-thao/${draftId}/bao-cao`],
    ]) {
      await page.goto(`${app.url}${path}`);
      await screenshot(page, name);
      await noAxeViolation(page, path);
      await page.setViewportSize({ width: 768, height: 900 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await page.setViewportSize(DESKTOP);
    }
  });

  it('keeps out an editor of another agency, a citizen and an anonymous visitor', async () => {
    const admin = await app.login(app.accounts.admin);
    const agency = await app.graphql<{ createAgency: { id: string } }>(
      `mutation { createAgency(input: { code: "BCT", name: "Bộ Công Thương" }) { id } }`,
      {},
      admin,
    );
    const email = `bientap.bct.${Date.now()}@example.vn`;
    const password = 'mat-khau-rat-dai-2026';
    const registered = await app.graphql<{ register: { user: { id: string } } }>(
      `mutation($i: RegisterInput!) { register(input: $i) { user { id } } }`,
      { i: { email, password, displayName: 'Biên tập viên BCT' } },
    );
    expect(registered.errors).toBeUndefined();
    const added = await app.graphql(
      `mutation($a: ID!, $u: ID!) { addAgencyMember(agencyId: $a, userId: $u, role: EDITOR) { id } }`,
      { a: agency.data!.createAgency.id, u: registered.data!.register.user.id },
      admin,
    );
    expect(added.errors).toBeUndefined();
    const other = await browser.newContext({ viewport: DESKTOP });
    const otherPage = await login(other, email, password);
    // Their own console opens; this agency's draft does not, and shows no data.
    await otherPage.goto(`${app.url}/quan-ly`);
    await see(otherPage.getByRole('heading', { level: 1 })).contains('Quản lý lấy ý kiến');
    expect(await otherPage.locator(`a[href="/quan-ly/du-thao/${draftId}"]`).count()).toBe(0);
    const refused = await otherPage.goto(`${app.url}/quan-ly/du-thao/${draftId}`);
    expect(refused!.status()).toBe(403);
    expect(await otherPage.content()).not.toContain(bodies[0]);
    await other.close();

    const citizen = await browser.newContext({ viewport: DESKTOP });
    const citizenPage = await login(citizen, app.accounts.citizen.email, app.accounts.citizen.password);
    expect(await citizenPage.getByRole('link', { name: 'Quản lý' }).count()).toBe(0);
    expect((await citizenPage.goto(`${app.url}/quan-ly`))!.status()).toBe(403);
    expect((await citizenPage.goto(`${app.url}/quan-ly/du-thao/${draftId}`))!.status()).toBe(403);
    await citizen.close();

    const anonymous = await browser.newContext({ viewport: DESKTOP });
    const anonymousPage = await anonymous.newPage();
    await anonymousPage.goto(`${app.url}/quan-ly/du-thao/${draftId}`);
    expect(new URL(anonymousPage.url()).pathname).toBe('/dang-nhap');
    await anonymous.close();
  });

  it('an editor imports a .docx, checks its outline, creates the draft and opens its consultation', async () => {
    const editors = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
    const desk = await login(editors, app.accounts.editor.email, app.accounts.editor.password);
    await desk.goto(`${app.url}/quan-ly`);
    await desk.getByRole('link', { name: 'Nhập dự thảo mới' }).click();
    // Without a file: refused next to the field.
    await desk.getByRole('button', { name: 'Đọc và xem trước' }).click();
    await see(desk.getByText('Hãy chọn tệp dự thảo.').first()).visible();
    await desk
      .getByLabel('Tệp dự thảo')
      .setInputFiles(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.docx'));
    await desk.getByRole('button', { name: 'Đọc và xem trước' }).click();
    await see(desk.getByRole('heading', { level: 2 })).contains('luat-an-ninh-mang-2018.docx');
    await see(desk.locator('main')).contains('43 điều');
    await see(desk.locator('.import-outline')).contains('Chương I');
    await see(desk.locator('.import-outline')).contains('Điều 43');
    await noAxeViolation(desk, 'import preview');
    await noSidewaysScrollAt768(desk);
    await screenshot(desk, 'console-import');
    // Nothing is stored before "Tạo dự thảo".
    const before = await app.graphql<{ drafts: { edges: unknown[] } }>(
      `{ drafts(first: 50) { edges { node { id } } } }`,
      {},
      await app.login(app.accounts.editor),
    );
    const title = 'Dự thảo Luật An ninh mạng (sửa đổi) – nhập thử';
    await desk.getByLabel('Tên dự thảo').fill(title);
    // The header as read, corrected before creating.
    expect(await desk.getByLabel('Số hiệu văn bản').inputValue()).toBe('24/2018/QH14');
    await desk.getByLabel('Số hiệu văn bản').fill('  /2026/QH15');
    await desk.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await see(desk.getByText('Đã tạo dự thảo (chưa công bố).')).visible();
    const createdId = /\/quan-ly\/du-thao\/([0-9a-f-]{36})/.exec(desk.url())![1];
    const version = await app.graphql<{ draft: { currentVersion: { documentNumber: string } } }>(
      `query($id: ID!) { draft(id: $id) { currentVersion { documentNumber } } }`,
      { id: createdId },
      await app.login(app.accounts.editor),
    );
    expect(version.data!.draft.currentVersion.documentNumber).toBe('/2026/QH15');
    await see(desk.getByRole('heading', { level: 1 })).contains(title);
    const after = await app.graphql<{ drafts: { edges: unknown[] } }>(
      `{ drafts(first: 50) { edges { node { id } } } }`,
      {},
      await app.login(app.accounts.editor),
    );
    expect(after.data!.drafts.edges.length).toBe(before.data!.drafts.edges.length + 1);
    // Open it today for 30 days.
    const day = (offset: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
        new Date(Date.now() + offset * 86_400_000),
      );
    await desk.getByLabel('Ngày bắt đầu').fill(day(0));
    await desk.getByLabel('Ngày kết thúc').fill(day(30));
    await desk.getByRole('button', { name: 'Lưu lịch lấy ý kiến' }).click();
    await see(desk.getByText('Đã lưu lịch lấy ý kiến.')).visible();
    await see(desk.locator('.draft-head__facts')).contains('Đang lấy ý kiến');
    // Its attachments and its moderation mode.
    await desk.getByLabel('Tên tài liệu').fill('Tờ trình dự án Luật');
    await desk
      .getByLabel('Tệp', { exact: true })
      .setInputFiles(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.pdf'));
    await desk.getByRole('button', { name: 'Thêm tài liệu' }).click();
    await see(desk.getByText('Đã thêm tài liệu.')).visible();
    await see(desk.getByRole('link', { name: 'Tờ trình dự án Luật' })).visible();
    await desk.getByLabel('Kiểm duyệt trước khi đăng').check();
    await desk.getByRole('button', { name: 'Lưu cách kiểm duyệt' }).click();
    await see(desk.getByText('Đã lưu cách kiểm duyệt.')).visible();
    expect(await desk.getByLabel('Kiểm duyệt trước khi đăng').isChecked()).toBe(true);

    // A new version: stored unpublished, its changes shown, then published.
    await desk.getByRole('link', { name: 'Nhập phiên bản mới' }).click();
    const revised = readFileSync(
      join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.txt'),
      'utf8',
    ).replace(
      'Luật này quy định về hoạt động bảo vệ an ninh quốc gia',
      'Luật này quy định về hoạt động bảo vệ an ninh quốc gia và quyền riêng tư',
    );
    await desk.getByLabel('Tệp dự thảo').setInputFiles({
      name: 'luat-an-ninh-mang-sua-doi.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(revised),
    });
    await desk.getByLabel('Ghi chú thay đổi').fill('Bổ sung quyền riêng tư vào phạm vi điều chỉnh.');
    await desk.getByRole('button', { name: 'Lưu và xem thay đổi' }).click();
    await see(desk.getByRole('heading', { name: 'Thay đổi từ phiên bản 1 đến phiên bản 2' })).visible();
    await see(desk.locator('.diff-list ins').first()).contains('quyền riêng tư');
    await noAxeViolation(desk, 'new version');
    // The public still reads version 1 until it is published.
    const publicVersion = async () =>
      (
        await app.graphql<{ draft: { currentVersion: { number: number } } }>(
          `query($id: ID!) { draft(id: $id) { currentVersion { number } } }`,
          { id: createdId },
        )
      ).data!.draft.currentVersion.number;
    expect(await publicVersion()).toBe(1);
    await desk.getByRole('button', { name: 'Công bố phiên bản 2' }).click();
    await see(desk.getByText('Đã công bố phiên bản 2.')).visible();
    expect(await publicVersion()).toBe(2);
    await editors.close();
  });

  it('an admin adds an agency and appoints an officer by e-mail; no one else opens the page', async () => {
    const admins = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
    const desk = await login(admins, app.accounts.admin.email, app.accounts.admin.password);
    await desk.getByRole('link', { name: 'Quản trị' }).click();
    await see(desk.getByRole('heading', { level: 1 })).contains('Quản trị');
    await desk.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await see(desk.getByText('Hãy nhập mã cơ quan').first()).visible();
    await desk.getByLabel('Mã', { exact: true }).fill('UBHN');
    await desk.getByLabel('Tên cơ quan', { exact: true }).fill('Ủy ban nhân dân thành phố Hà Nội');
    await desk.getByLabel('Loại cơ quan').selectOption('PROVINCE');
    await desk.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await see(desk.getByText('Đã thêm cơ quan.')).visible();
    await see(desk.getByRole('table').first()).contains('Ủy ban nhân dân thành phố Hà Nội');

    const appoint = desk.locator('form', { has: desk.getByRole('heading', { name: 'Bổ nhiệm cán bộ' }) });
    await appoint.getByLabel('Cơ quan').selectOption({ label: 'Ủy ban nhân dân thành phố Hà Nội' });
    await appoint.getByLabel('Địa chỉ e-mail').fill('khong.co@example.vn');
    await appoint.getByRole('button', { name: 'Bổ nhiệm' }).click();
    await see(desk.getByText('Không có tài khoản nào với địa chỉ e-mail này.').first()).visible();
    await desk
      .locator('form', { has: desk.getByRole('heading', { name: 'Bổ nhiệm cán bộ' }) })
      .getByLabel('Địa chỉ e-mail')
      .fill(app.accounts.citizen.email);
    await desk.getByLabel('Biên tập (quản lý dự thảo)').check();
    await desk.getByRole('button', { name: 'Bổ nhiệm' }).click();
    await see(desk.getByText('Đã bổ nhiệm cán bộ.')).visible();
    await desk.getByLabel('Địa chỉ e-mail', { exact: true }).last().fill(app.accounts.citizen.email);
    await desk.getByRole('button', { name: 'Tìm' }).click();
    await see(desk.locator('main')).contains('UBHN: biên tập');
    // Global roles, granted and taken back from the same row.
    await desk.getByRole('button', { name: 'Cấp quyền kiểm duyệt' }).click();
    await see(desk.getByText('Đã cấp quyền.')).visible();
    await see(desk.locator('main')).contains('MODERATOR');
    await desk.getByRole('button', { name: 'Thu hồi quyền kiểm duyệt' }).click();
    await see(desk.getByText('Đã thu hồi quyền.')).visible();
    // The agency's officers, with their e-mail for the admin; removing one.
    const officers = desk.locator('section', {
      has: desk.getByRole('heading', { name: 'Cán bộ', exact: true }),
    });
    await see(officers).contains(app.accounts.citizen.email);
    await officers.getByRole('button', { name: 'Bỏ vai trò của Nguyễn Văn An' }).click();
    await see(desk.getByText('Đã bỏ vai trò của cán bộ.')).visible();
    expect(await desk.getByRole('button', { name: 'Bỏ vai trò của Nguyễn Văn An' }).count()).toBe(0);
    await noAxeViolation(desk, '/quan-tri');
    await screenshot(desk, 'admin');
    await noSidewaysScrollAt768(desk);
    await admins.close();
    // A responder is not an admin.
    expect((await page.goto(`${app.url}/quan-tri`))!.status()).toBe(403);
  });

  it('a moderator hides a flagged comment with a reason; the public thread shows it hidden live', async () => {
    // A comment, reported by another person.
    const author = await app.login(app.accounts.citizen);
    const provisionId = articleId;
    const body = 'Nội dung góp ý này sẽ bị báo cáo là không liên quan đến dự thảo.';
    const { data } = await app.graphql<{ postComment: { id: string } }>(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
      { i: { draftId, provisionId, body, idempotencyKey: crypto.randomUUID() } },
      author,
    );
    const id = data!.postComment.id;
    const reader = await (await phoneContext(browser)).newPage();
    await reader.goto(`${app.url}/du-thao/${draftId}/${article.key}`);
    await see(reader.locator(`#c-${id}`)).contains(body);
    await until(
      () => reader.evaluate(() => document.documentElement.dataset.live === 'on'),
      'the live connection',
    );

    const moderators = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
    const queue = await login(moderators, app.accounts.moderator.email, app.accounts.moderator.password);
    await queue.getByRole('link', { name: 'Kiểm duyệt' }).click();
    await see(queue.getByRole('heading', { level: 1 })).contains('Kiểm duyệt góp ý');
    await until(() => queue.evaluate(() => document.documentElement.dataset.live === 'on'), 'the queue live');
    const flagged = await app.graphql(
      `mutation($c: ID!) { flagComment(commentId: $c, reason: OFF_TOPIC, note: "Không nói về điều này") }`,
      { c: id },
      await app.login(app.accounts.organisation),
    );
    expect(flagged.errors).toBeUndefined();
    // Counted live, not inserted; the reload brings it.
    await see(queue.locator('[data-live-status]')).contains('1 góp ý mới vào hàng đợi');
    await queue.getByRole('link', { name: 'Tải lại hàng đợi' }).click();
    const item = queue.locator(`#m-${id}`);
    await see(item).contains('Không liên quan (1)');
    await see(item).contains('Không nói về điều này');
    await noAxeViolation(queue, '/kiem-duyet');
    await screenshot(queue, 'moderation');
    await noSidewaysScrollAt768(queue);
    // A decision without a reason is refused, next to the field.
    await item.getByRole('button', { name: 'Ẩn' }).click();
    await see(queue.locator(`#m-${id}`).getByText('Hãy nêu lý do cho quyết định.').first()).visible();
    await queue
      .locator(`#m-${id}`)
      .getByLabel('Lý do quyết định')
      .fill('Không liên quan đến nội dung dự thảo.');
    await queue.locator(`#m-${id}`).getByRole('button', { name: 'Ẩn' }).click();
    await see(queue.getByText('Đã ẩn góp ý.')).visible();
    await see(reader.locator(`#c-${id}`), 15_000).contains('Góp ý này đã bị ẩn do vi phạm quy định.');
    expect(await reader.locator(`#c-${id}`).textContent()).not.toContain(body);
    await moderators.close();
    await reader.context().close();
  });

  it('an editor closes the consultation, publishes the report and downloads it as .docx', async () => {
    const editors = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN', acceptDownloads: true });
    const desk = await login(editors, app.accounts.editor.email, app.accounts.editor.password);
    await desk.goto(`${app.url}/quan-ly/du-thao/${draftId}`);
    // Closing early needs a reason, kept with the error when missing.
    await desk.getByRole('button', { name: 'Kết thúc đợt lấy ý kiến' }).click();
    await see(desk.getByText('Hãy nêu lý do kết thúc sớm.').first()).visible();
    await desk.getByLabel('Lý do kết thúc sớm').fill('Đã đủ ý kiến để hoàn thiện dự thảo.');
    await desk.getByRole('button', { name: 'Kết thúc đợt lấy ý kiến' }).click();
    await see(desk.getByText('Đã kết thúc đợt lấy ý kiến.')).visible();
    await see(desk.locator('.draft-head__facts')).contains('Đã kết thúc');

    await desk.getByRole('link', { name: 'Báo cáo tiếp thu, giải trình' }).click();
    await see(desk.getByRole('heading', { level: 1 })).contains(
      'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến',
    );
    await see(desk.getByText('Bản xem trước')).visible();
    // The charts carry their numbers in tables beside them.
    await see(desk.getByRole('figure', { name: 'Góp ý theo quan điểm' }).getByRole('table')).contains(
      'Câu hỏi',
    );
    await noAxeViolation(desk, 'report (console)');
    await screenshot(desk, 'console-report');
    await desk.getByRole('button', { name: 'Công bố báo cáo' }).click();
    await see(desk.getByText('Đã công bố báo cáo.')).visible();

    const [download] = await Promise.all([
      desk.waitForEvent('download'),
      desk.getByRole('link', { name: 'Tải báo cáo (.docx)' }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:tbl>');
    const text = xml.replace(/<[^>]+>/g, '');
    // (Booleans: a failure need not print the whole document.)
    expect(text.includes(bodies[0])).toBe(true);
    expect(text.includes('Ban soạn thảo tiếp thu và bổ sung Điều về cơ chế giám sát độc lập.')).toBe(true);

    // Everyone reads the published report on its page.
    const anonymous = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await anonymous.goto(`${app.url}/du-thao/${draftId}`);
    // The window ends on the early close, not on the date it was planned to run until.
    await see(anonymous.locator('.draft-head .facts')).contains('(kết thúc sớm; dự kiến đến ');
    await noAxeViolation(anonymous, 'draft closed early (1280 px)');
    await screenshot(anonymous, 'draft-closed-early');
    // The same on a phone (axe-clean, nothing sideways) and without JavaScript (server-rendered).
    const phone = await (await phoneContext(browser)).newPage();
    await phone.goto(`${app.url}/du-thao/${draftId}`);
    await see(phone.locator('.draft-head .facts')).contains('(kết thúc sớm; dự kiến đến ');
    await noAxeViolation(phone, 'draft closed early (360 px)');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.context().close();
    const plain = await (await phoneContext(browser, { javaScriptEnabled: false })).newPage();
    await plain.goto(`${app.url}/du-thao/${draftId}`);
    await see(plain.locator('.draft-head .facts')).contains('(kết thúc sớm; dự kiến đến ');
    await plain.context().close();
    await anonymous.getByRole('link', { name: 'Báo cáo tiếp thu, giải trình' }).click();
    await see(anonymous.getByRole('heading', { level: 1 })).contains('Báo cáo tiếp thu, giải trình');
    await see(anonymous.locator('.report')).contains(article.label);
    await noAxeViolation(anonymous, 'report (public)');
    await anonymous.context().close();
    await editors.close();
    // Six pages, a report built twice and a .docx: well past the default on a loaded machine.
  }, 180_000);

  it('an editor reopens the closed consultation with a reason, closes it again and publishes a second report version', async () => {
    const editors = await browser.newContext({
      viewport: DESKTOP,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const desk = await login(editors, app.accounts.editor.email, app.accounts.editor.password);
    await desk.goto(`${app.url}/quan-ly/du-thao/${draftId}`);
    // Reopening needs a date and a reason; both are said next to their fields.
    await desk.getByRole('button', { name: 'Mở lại', exact: true }).click();
    await see(desk.getByText('Hãy nêu lý do gia hạn hoặc mở lại.').first()).visible();
    await see(desk.getByText('Hãy nhập ngày theo dạng ngày/tháng/năm.').first()).visible();
    const week = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(Date.now() + 7 * 86_400_000),
    );
    const reason = 'Mở lại để lấy thêm ý kiến về phụ lục mới bổ sung.';
    await desk.getByLabel('Ngày kết thúc mới').fill(week);
    await desk.getByLabel('Lý do', { exact: true }).fill(reason);
    await desk.getByRole('button', { name: 'Mở lại', exact: true }).click();
    await see(desk.getByText('Đã gia hạn đợt lấy ý kiến.')).visible();
    await see(desk.locator('.draft-head__facts')).contains('Đang lấy ý kiến');

    // The public reads why, as an announcement.
    const anonymous = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await anonymous.goto(`${app.url}/du-thao/${draftId}`);
    await see(anonymous.locator('.consultation-changes')).contains(`Lý do: ${reason}`);
    await see(anonymous.locator('.consultation-changes')).contains('kết thúc sớm');

    await desk.getByLabel('Lý do kết thúc sớm').fill('Đã đủ ý kiến về phụ lục.');
    await desk.getByRole('button', { name: 'Kết thúc đợt lấy ý kiến' }).click();
    await see(desk.getByText('Đã kết thúc đợt lấy ý kiến.')).visible();
    await desk.getByRole('link', { name: 'Báo cáo tiếp thu, giải trình' }).click();
    // A second publication says what changed.
    await desk.getByRole('button', { name: 'Công bố bản mới' }).click();
    await see(desk.getByText('Hãy nói rõ điều gì thay đổi so với bản đã công bố.').first()).visible();
    const note = 'Bổ sung ý kiến về phụ lục sau khi mở lại.';
    await desk.getByLabel('Thay đổi so với bản trước').fill(note);
    await desk.getByRole('button', { name: 'Công bố bản mới' }).click();
    await see(desk.getByText('Đã công bố báo cáo.')).visible();

    await anonymous.goto(`${app.url}/du-thao/${draftId}/bao-cao`);
    await see(anonymous.getByText(/Bản công bố lần 2, ngày/)).visible();
    await see(anonymous.getByText(`Thay đổi so với bản trước: ${note}`)).visible();
    await see(anonymous.getByRole('link', { name: 'Tải báo cáo (.docx)' })).attribute(
      'href',
      `/api/drafts/${draftId}/report.docx`,
    );
    await anonymous
      .getByRole('navigation', { name: 'Các lần công bố' })
      .getByRole('link', { name: /^Lần 1 / })
      .click();
    await see(
      anonymous.getByText('Đây là một bản đã được thay thế. Bản hiện hành là bản công bố lần 2.'),
    ).visible();
    await see(anonymous.getByRole('link', { name: 'Tải báo cáo (.docx)' })).attribute(
      'href',
      `/api/drafts/${draftId}/report.docx?version=1`,
    );
    await noAxeViolation(anonymous, 'report version 1 (public)');
    await screenshot(anonymous, 'report-version-1');
    // Citizens read it on phones: nothing scrolls sideways at 360 px.
    await anonymous.setViewportSize({ width: 360, height: 740 });
    expect(
      await anonymous.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    if (process.env.SCREENSHOTS_DIR) {
      await anonymous.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'report-version-1-phone.png') });
      await anonymous.goto(`${app.url}/du-thao/${draftId}`);
      await anonymous.screenshot({
        path: join(process.env.SCREENSHOTS_DIR, 'draft-reopened-phone.png'),
        fullPage: true,
        clip: { x: 0, y: 0, width: 360, height: 1400 },
      });
    }
    await anonymous.context().close();
    await editors.close();
  });

  it('logged no script error on the way', () => {
    // The refusals on purpose: the answer without a disposition (400) and the responder sent
    // to the admin page (403), each logged by Chromium.
    expect(
      problems.filter(
        (p) =>
          !/\/quan-ly\/du-thao\/\S+ → 400$|\/quan-tri → 403$|status of (400 \(Bad Request\)|403 \(Forbidden\))$/.test(
            p,
          ),
      ),
    ).toEqual([]);
  });
});

/** With SCREENSHOTS_DIR set (npm run web:screenshots), the whole page as a PNG. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS_DIR) return;
  mkdirSync(process.env.SCREENSHOTS_DIR, { recursive: true });
  // The whole page, down to 3,000 px: enough to see it, not a scroll of every row.
  const height = Math.min(3000, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({
    path: join(process.env.SCREENSHOTS_DIR, `${name}-desktop.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width: DESKTOP.width, height },
  });
}

/** Officers' pages are desktop first and must still work at 768 px: nothing scrolls sideways. */
async function noSidewaysScrollAt768(page: Page): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 768, height: 900 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.setViewportSize(size);
}
