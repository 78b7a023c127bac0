import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  describeInBrowser,
  launchBrowser,
  phoneContext,
  startWebApp,
  until,
  watchConsole,
  openDemoDraft,
  WebApp,
} from '@thamvan/test-utils/web';
import { see } from './see';

/**
 * A citizen on a phone, with JavaScript: registers, verifies by the mailed link, reads the
 * draft by its outline, comments on a clause with a proposed wording, edits, replies, agrees,
 * flags, withdraws, and sees an agency answer and another person's comment arrive live.
 * The app is started as `npm start` starts it, on a fresh embedded PostgreSQL.
 */
describeInBrowser('web: a citizen, with JavaScript', () => {
  let app: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let draftId: string;
  let clause: { id: string; key: string; label: string; text: string };
  const email = `cong.dan.${Date.now()}@example.vn`;
  const password = 'mat-khau-rat-dai-2026';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ embedded: true }), launchBrowser()]);
    const draft = await openDemoDraft(app);
    draftId = draft.id;
    clause = draft.provisions.find((p) => p.kind === 'CLAUSE' && p.text.length > 40)!;
    context = await phoneContext(browser);
    page = await context.newPage();
    problems = watchConsole(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('registers with a province and consent, and is signed in', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Đăng ký' }).click();
    await page.getByLabel('Địa chỉ e-mail').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByLabel('Tên hiển thị').fill('Trần Thị Bình');
    await page.getByLabel('Tỉnh, thành phố').selectOption('Hà Nội');
    // The consent is required: refused first, with the typed values kept.
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await see(page.getByText('Bạn cần đồng ý với điều khoản sử dụng').first()).visible();
    expect(await page.getByLabel('Tên hiển thị').inputValue()).toBe('Trần Thị Bình');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await see(page.getByText('Đã tạo tài khoản')).visible();
    await see(page.getByRole('link', { name: 'Tài khoản' })).visible();
  });

  it('verifies the e-mail address from the link in the mail', async () => {
    const mail = await until(
      () => app.mailsTo(email).find((m) => /xac-minh-email\?token=/.test(m.text)),
      'the verification mail',
    );
    const link = /(http:\/\/\S+\/xac-minh-email\?token=\S+)/.exec(mail.text)![1];
    expect(link.startsWith(app.url)).toBe(true);
    await page.goto(link);
    await page.getByRole('button', { name: 'Xác minh e-mail' }).click();
    await see(page.getByText('Đã xác minh e-mail')).visible();
    await see(page.getByText('Đã xác minh', { exact: true })).visible();
  });

  it('reads the draft by its outline and opens a clause', async () => {
    await page.goto(`${app.url}/du-thao/${draftId}`);
    await see(page.getByRole('heading', { level: 1 })).contains('An ninh mạng');
    const outline = page.getByRole('navigation', { name: /Mục lục/ });
    await outline.getByText('Mục lục').first().click();
    await outline.getByRole('link', { name: /^Điều 2\b/ }).click();
    expect(page.url()).toMatch(/#p-.*dieu-2$/);
    await see(page.locator('[id$="dieu-2"] h4, [id$="dieu-2"] h3, [id$="dieu-2"] h5').first()).inViewport();
    // The "Mục lục" bar stays on screen on the phone, the heading jumped to clear of it.
    await see(page.locator('a.to-outline')).inViewport();
    const [barBottom, articleTop] = await page.evaluate(() => [
      document.querySelector('.draft-bar')!.getBoundingClientRect().bottom,
      document.querySelector('[id$="dieu-2"]')!.getBoundingClientRect().top,
    ]);
    expect(articleTop).toBeGreaterThanOrEqual(barBottom);
    await page.goto(`${app.url}/du-thao/${draftId}/${clause.key}`);
    await see(page.getByRole('heading', { level: 1 })).contains(clause.label);
  });

  it('comments on the clause with a proposed wording, shown as a word diff', async () => {
    await page.getByLabel('Đề xuất sửa', { exact: true }).check();
    await page.getByLabel('Nội dung góp ý').fill('Đề nghị làm rõ phạm vi của khoản này.');
    const proposal = page.getByLabel('Nội dung đề xuất sửa');
    expect(await proposal.inputValue()).toBe(clause.text);
    await proposal.fill(`${clause.text} Quy định chi tiết do Chính phủ ban hành.`);
    await see(page.locator('.proposal-diff ins')).contains('Chính phủ');
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await see(page.getByText('Đã gửi góp ý của bạn.')).visible();
    const mine = page.locator('article.comment--mine').first();
    await see(mine).contains('Đề nghị làm rõ phạm vi');
    await see(mine.locator('.proposal ins')).contains('Chính phủ');
  });

  it('edits the comment within the window', async () => {
    const mine = page.locator('article.comment--mine').first();
    await mine.getByText('Sửa', { exact: true }).click();
    const body = mine.getByLabel('Nội dung góp ý');
    await body.fill('Đề nghị làm rõ phạm vi áp dụng của khoản này.');
    await mine.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await see(page.getByText('Đã lưu thay đổi.')).visible();
    await see(page.locator('article.comment--mine').first()).contains('phạm vi áp dụng');
    await see(page.locator('article.comment--mine').first()).contains('đã sửa');
  });

  it('sees another person comment and the agency answer arrive live', async () => {
    const mineId = (await page.locator('article.comment--mine').first().getAttribute('data-comment-id'))!;
    // The page follows the draft live once idle: wait until its socket has subscribed.
    await page.locator('html[data-live="on"]').waitFor({ state: 'attached' });
    const organisation = await app.login(app.accounts.organisation);
    const posted = await app.graphql<{ postComment: { id: string } }>(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
      {
        i: {
          draftId,
          provisionId: clause.id,
          body: 'Hiệp hội chúng tôi ủng hộ quy định này.',
          stance: 'SUPPORT',
          idempotencyKey: crypto.randomUUID(),
        },
      },
      organisation,
    );
    const otherId = posted.data!.postComment.id;
    await see(page.getByText('1 góp ý mới'), 10_000).visible();
    // Nothing was inserted under the reader until asked.
    expect(await page.locator(`#c-${otherId}`).count()).toBe(0);
    await page.getByRole('button', { name: 'Hiện góp ý mới' }).click();
    await see(page.locator(`#c-${otherId}`)).contains('ủng hộ quy định này');

    const responder = await app.login(app.accounts.responder);
    const answered = await app.graphql(
      `mutation($c: ID!) { respondToComment(commentId: $c, input: { disposition: PARTIALLY_ACCEPTED, explanation: "Ban soạn thảo sẽ bổ sung quy định giao Chính phủ hướng dẫn." }) { id } }`,
      { c: mineId },
      responder,
    );
    expect(answered.errors).toBeUndefined();
    const answer = page.locator(`#c-${mineId} [data-answer]`);
    await see(answer, 10_000).contains('Tiếp thu một phần');
    await see(answer).contains('Chính phủ hướng dẫn');
    // And by mail (the address is verified): the answer's text and the comment's page.
    const mail = await until(
      () => app.mailsTo(email).find((m) => m.subject.includes('đã trả lời góp ý của bạn')),
      'the answer mail',
    );
    expect(mail.text).toContain('Chính phủ hướng dẫn');
    expect(mail.text).toContain(`/c/${mineId}`);
  });

  it("agrees with and flags the other person's comment; replies to it", async () => {
    const other = page
      .locator('article.comment:not(.comment--mine)', { hasText: 'ủng hộ quy định này' })
      .first();
    const agree = other.getByRole('button', { name: /^Đồng ý, 0 người$/ });
    const saved = page.waitForResponse((r) => r.request().method() === 'POST');
    await agree.click();
    await see(other.getByRole('button', { name: /^Đồng ý, 1 người$/ })).attribute('aria-pressed', 'true');
    // The count is the server's after a reload too (once the POST behind the button has landed:
    // a reload before that would cancel it, as it would for anyone).
    expect((await saved).status()).toBeLessThan(400);
    await page.reload();
    const again = page
      .locator('article.comment:not(.comment--mine)', { hasText: 'ủng hộ quy định này' })
      .first();
    await see(again.getByRole('button', { name: /^Đồng ý, 1 người$/ })).attribute('aria-pressed', 'true');

    await again.getByText('Báo cáo vi phạm').click();
    await again.getByLabel('Không liên quan').check();
    await again.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await see(page.getByText('Người kiểm duyệt sẽ xem xét')).visible();

    const card = page
      .locator('article.comment:not(.comment--mine)', { hasText: 'ủng hộ quy định này' })
      .first();
    await card.getByText('Trả lời', { exact: true }).first().click();
    await card.getByLabel('Trả lời', { exact: true }).fill('Cảm ơn ý kiến của hiệp hội.');
    await card.getByRole('button', { name: 'Gửi trả lời' }).click();
    await see(page.getByText('Đã gửi trả lời.')).visible();
    // The reply is shown in its context, on its own permalink page, under the comment it answers.
    expect(page.url()).toMatch(/\/c\/[0-9a-f-]{36}\?thong-bao=da-tra-loi/);
    await see(page.locator('.parent-comment')).contains('ủng hộ quy định này');
    await see(page.locator('article.comment--mine').last()).contains('Cảm ơn ý kiến');
  });

  it('withdraws its comment; the thread says so', async () => {
    await page.goto(`${app.url}/du-thao/${draftId}/${clause.key}`);
    const mine = page.locator('article.comment--mine', { hasText: 'phạm vi áp dụng' }).first();
    const id = await mine.getAttribute('data-comment-id');
    await mine.getByText('Rút góp ý', { exact: true }).click();
    await mine.getByRole('button', { name: 'Xác nhận rút' }).click();
    await see(page.getByText('Đã rút góp ý.')).visible();
    await see(page.locator(`#c-${id}`)).contains('Người viết đã rút góp ý này.');
  });

  it('turns the answer mails off on the account page', async () => {
    await page.goto(`${app.url}/tai-khoan`);
    const box = page.getByRole('checkbox', {
      name: 'Gửi e-mail cho tôi khi cơ quan soạn thảo trả lời góp ý của tôi',
    });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'Thư báo' }) })
      .getByRole('button', { name: 'Lưu' })
      .click();
    await see(page.getByText('Đã lưu lựa chọn thư báo.')).visible();
    await page.reload();
    expect(await page.getByRole('checkbox', { name: /Gửi e-mail cho tôi khi/ }).isChecked()).toBe(false);
  });

  it('follows the draft from its page and unfollows it from the account page', async () => {
    await page.goto(`${app.url}/du-thao/${draftId}`);
    await page.getByRole('button', { name: 'Theo dõi dự thảo' }).click();
    await see(page.getByText('Đã theo dõi dự thảo.')).visible();
    await see(page.getByText('Bạn đang theo dõi dự thảo này.')).visible();
    await see(page.getByRole('button', { name: 'Bỏ theo dõi' })).visible();
    // SCREENSHOTS_DIR=…: the draft's head with the button, on the phone.
    if (process.env.SCREENSHOTS_DIR) {
      await page.locator('.draft-head__follow').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'draft-following-phone.png') });
    }

    await page.goto(`${app.url}/tai-khoan`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Dự thảo đang theo dõi' }),
    });
    await see(section.getByRole('link', { name: 'Dự thảo Luật An ninh mạng' })).visible();
    await section.getByRole('button', { name: /^Bỏ theo dõi “/ }).click();
    await see(page.getByText('Đã bỏ theo dõi dự thảo.')).visible();
    await see(section).contains('Bạn chưa theo dõi dự thảo nào.');
    if (process.env.SCREENSHOTS_DIR) {
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'account-following-phone.png') });
    }
  });

  it('logged no script error and no CSP violation on the way', () => {
    // The one refusal on purpose: registering without consent first (400, logged twice by Chromium).
    expect(problems.filter((p) => !/\/dang-ky → 400$|status of 400 \(Bad Request\)$/.test(p))).toEqual([]);
  });
});
