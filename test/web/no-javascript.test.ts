import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  describeInBrowser,
  launchBrowser,
  openDemoDraft,
  phoneContext,
  startWebApp,
  WebApp,
} from '@thamvan/test-utils/web';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { see } from './see';

/**
 * The same reading and posting with JavaScript off (plain form posts and redirects): a post
 * that fails keeps its text; a double submit makes one comment; an expired session keeps the
 * text and signs in from the form; another person cannot edit or withdraw someone's comment.
 */
describeInBrowser('web: without JavaScript', () => {
  let app: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let draftId: string;
  let article: { id: string; key: string; label: string };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    const draft = await openDemoDraft(app);
    draftId = draft.id;
    article = draft.provisions.filter((p) => p.kind === 'ARTICLE')[3];
    context = await phoneContext(browser, { javaScriptEnabled: false });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const threadUrl = () => `${app.url}/du-thao/${draftId}/${article.key}`;
  /** The thread's posting box (the first comment form; each own comment has an edit form below). */
  const box = () => page.locator('form.comment-form').first();

  async function commentsWith(text: string): Promise<number> {
    const { data } = await app.graphql<{ provision: { comments: { edges: { node: { body: string } }[] } } }>(
      `query($id: ID!) { provision(id: $id) { comments(first: 100) { edges { node { body } } } } }`,
      { id: article.id },
    );
    return data!.provision.comments.edges.filter((e) => e.node.body.includes(text)).length;
  }

  it('reads the home page, the list of drafts, the draft and a thread', async () => {
    await page.goto(`${app.url}/`);
    await see(page.getByRole('heading', { name: 'Đang lấy ý kiến' })).visible();
    await page.getByRole('link', { name: 'Dự thảo', exact: true }).click();
    await see(page.getByRole('heading', { level: 1, name: 'Các dự thảo' })).visible();
    await page.goto(`${app.url}/du-thao/${draftId}`);
    await see(page.locator('.law__article').first()).visible();
    // The outline opens without a script (a <details>), and its links are plain anchors.
    await page.getByText('Mục lục').first().click();
    await see(
      page.getByRole('navigation', { name: /Mục lục/ }).getByRole('link', { name: /^Điều 1\b/ }),
    ).visible();
    await page.goto(threadUrl());
    await see(page.getByRole('heading', { level: 1 })).contains(article.label);
  });

  it('sends the anonymous commenter to sign in with the text kept in the form, then posts', async () => {
    await box().getByLabel('Nội dung góp ý').fill('Góp ý không cần JavaScript, gửi trước khi đăng nhập.');
    await box().getByRole('button', { name: 'Gửi góp ý' }).click();
    await see(page.getByText('Bạn cần có tài khoản để gửi góp ý').first()).visible();
    await see(box().getByLabel('Nội dung góp ý')).value(
      'Góp ý không cần JavaScript, gửi trước khi đăng nhập.',
    );
    await page
      .getByRole('group', { name: 'Đăng nhập để góp ý' })
      .getByLabel('Địa chỉ e-mail')
      .fill(app.accounts.citizen.email);
    await page
      .getByRole('group', { name: 'Đăng nhập để góp ý' })
      .getByLabel('Mật khẩu')
      .fill(app.accounts.citizen.password);
    await box().getByRole('button', { name: 'Đăng nhập rồi gửi' }).click();
    await see(page.getByText('Đã gửi góp ý của bạn.')).visible();
    expect(page.url()).toContain('thong-bao=da-gui');
    await see(page.locator('article.comment--mine').first()).contains('gửi trước khi đăng nhập');
    expect(await commentsWith('gửi trước khi đăng nhập')).toBe(1);
  });

  it('keeps the text and says what is wrong beside the field when a post fails', async () => {
    await page.goto(threadUrl());
    await box().getByLabel('Đề xuất sửa', { exact: true }).check();
    await box().getByLabel('Nội dung góp ý').fill('Văn bản này phải được giữ lại khi gửi lỗi.');
    await box().getByLabel('Nội dung đề xuất sửa').fill('');
    await box().getByRole('button', { name: 'Gửi góp ý' }).click();
    await see(box().locator('.field__error', { hasText: 'hãy viết nội dung bạn đề xuất' })).visible();
    await see(box().getByLabel('Nội dung góp ý')).value('Văn bản này phải được giữ lại khi gửi lỗi.');
    expect(await box().getByLabel('Nội dung đề xuất sửa').getAttribute('aria-invalid')).toBe('true');
    await see(page.getByRole('alert').first()).contains('Có lỗi cần sửa');
    expect(await commentsWith('phải được giữ lại')).toBe(0);
  });

  it('makes one comment of a double submit (one idempotency key per form)', async () => {
    await page.goto(threadUrl());
    await box().getByLabel('Nội dung góp ý').fill('Bấm gửi hai lần liền.');
    // The browser sends the same form twice; the second replaces the first navigation.
    await box().getByRole('button', { name: 'Gửi góp ý' }).dblclick();
    await see(page.getByText('Đã gửi góp ý của bạn.')).visible();
    const key = await page
      .locator('form.comment-form input[name=idempotencyKey]')
      .first()
      .getAttribute('value');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await commentsWith('Bấm gửi hai lần liền.')).toBe(1);
  });

  it('replies, agrees and flags through plain forms', async () => {
    const token = await app.login(app.accounts.organisation);
    const posted = await app.graphql<{ postComment: { id: string } }>(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
      {
        i: {
          draftId,
          provisionId: article.id,
          body: 'Ý kiến của tổ chức về điều này.',
          idempotencyKey: crypto.randomUUID(),
        },
      },
      token,
    );
    const otherId = posted.data!.postComment.id;
    await page.goto(threadUrl());
    const card = page.locator(`#c-${otherId}`);
    await card.getByRole('button', { name: /^Đồng ý, 0 người$/ }).click();
    await see(page.locator(`#c-${otherId}`).getByRole('button', { name: /^Đồng ý, \d người$/ })).attribute(
      'aria-pressed',
      'true',
    );
    expect(page.url()).toContain(`#c-${otherId}`);

    await page.locator(`#c-${otherId}`).getByText('Trả lời', { exact: true }).first().click();
    await page
      .locator(`#c-${otherId}`)
      .getByLabel('Trả lời', { exact: true })
      .fill('Trả lời không cần JavaScript.');
    await page.locator(`#c-${otherId}`).getByRole('button', { name: 'Gửi trả lời' }).click();
    await see(page.getByText('Đã gửi trả lời.')).visible();
    // On the reply's own page, under the comment it answers.
    await see(page.locator('.parent-comment')).contains('Ý kiến của tổ chức');
    await see(page.locator('article.comment--mine').last()).contains('Trả lời không cần JavaScript.');

    await page.goto(threadUrl());
    await page.locator(`#c-${otherId}`).getByText('Báo cáo vi phạm').first().click();
    await page.locator(`#c-${otherId}`).getByLabel('Quảng cáo, rác').check();
    await page.locator(`#c-${otherId}`).getByRole('button', { name: 'Gửi báo cáo' }).click();
    await see(page.getByText('Người kiểm duyệt sẽ xem xét')).visible();
  });

  it('keeps the text when the session has ended, and signs in from the form', async () => {
    await page.goto(threadUrl());
    await box().getByLabel('Nội dung góp ý').fill('Phiên đã hết nhưng chữ vẫn còn.');
    const kept = (await context.cookies()).filter((c) => c.name === 'thamvan_csrf');
    await context.clearCookies();
    await context.addCookies(kept);
    await box().getByRole('button', { name: 'Gửi góp ý' }).click();
    await see(box().getByLabel('Nội dung góp ý')).value('Phiên đã hết nhưng chữ vẫn còn.');
    const signIn = box().getByRole('group', { name: 'Đăng nhập để góp ý' });
    await signIn.getByLabel('Địa chỉ e-mail').fill(app.accounts.citizen.email);
    await signIn.getByLabel('Mật khẩu').fill(app.accounts.citizen.password);
    await box().getByRole('button', { name: 'Đăng nhập rồi gửi' }).click();
    await see(page.getByText('Đã gửi góp ý của bạn.')).visible();
    expect(await commentsWith('Phiên đã hết nhưng chữ vẫn còn.')).toBe(1);
  });

  it('does not let another person edit or withdraw a comment', async () => {
    await page.goto(threadUrl());
    const mine = page.locator('article.comment--mine', { hasText: 'Bấm gửi hai lần liền.' }).first();
    const id = (await mine.getAttribute('data-comment-id'))!;
    const other = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    const otherPage = await other.newPage();
    await otherPage.goto(`${app.url}/dang-nhap`);
    await otherPage.getByLabel('Địa chỉ e-mail').fill(app.accounts.organisation.email);
    await otherPage.getByLabel('Mật khẩu').fill(app.accounts.organisation.password);
    await otherPage.getByRole('button', { name: 'Đăng nhập' }).click();
    await otherPage.goto(threadUrl());
    const seen = otherPage.locator(`#c-${id}`);
    await see(seen).visible();
    expect(await seen.getByText('Sửa', { exact: true }).count()).toBe(0);
    expect(await seen.getByText('Rút góp ý', { exact: true }).count()).toBe(0);
    // A forged form (a valid CSRF token of this browser, someone else's comment) is refused.
    const csrf = await otherPage.locator('input[name=_csrf]').first().getAttribute('value');
    const response = await otherPage.request.post(threadUrl(), {
      form: { _csrf: csrf!, intent: 'withdraw', commentId: id },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain('Bạn không có quyền làm việc này.');
    const edit = await otherPage.request.post(threadUrl(), {
      form: { _csrf: csrf!, intent: 'edit', commentId: id, body: 'Sửa trộm' },
      maxRedirects: 0,
    });
    expect(edit.status()).toBe(403);
    const { data } = await app.graphql<{ comment: { status: string; body: string } }>(
      `query($id: ID!) { comment(id: $id) { status body } }`,
      { id },
    );
    expect(data!.comment).toEqual({ status: 'PUBLISHED', body: 'Bấm gửi hai lần liền.' });
    await other.close();
  });
  it('switches versions, shows the word diff between them, and marks comments on the earlier one', async () => {
    // The agency publishes a revised text: one clause of the article read here changes.
    const editor = await app.login(app.accounts.editor);
    const { data: current } = await app.graphql<{
      draft: { currentVersion: { provisions: { kind: string; key: string; text: string }[] } };
    }>(`query ($id: ID!) { draft(id: $id) { currentVersion { provisions { kind key text } } } }`, {
      id: draftId,
    });
    const source = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.txt'), 'utf8');
    const clause = current!.draft.currentVersion.provisions.find(
      (p) => p.kind === 'CLAUSE' && p.key.startsWith(`${article.key}/`) && p.text.length > 30,
    )!;
    const revisedText = source.replace(clause.text, `${clause.text} Quy định này được sửa ở phiên bản 2.`);
    expect(revisedText).not.toBe(source);
    const added = await app.graphql(
      `mutation ($d: ID!, $i: DraftVersionInput!) { addDraftVersion(draftId: $d, input: $i) { number } }`,
      { d: draftId, i: { source: { text: revisedText }, publish: true, changeNote: 'Sửa một khoản' } },
      editor,
    );
    expect(added.errors).toBeUndefined();
    await page.goto(`${app.url}/du-thao/${draftId}`);
    await page.getByLabel('Xem phiên bản').selectOption('1');
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    expect(page.url()).toContain('phien-ban=1');
    await see(page.getByText('Bạn đang xem phiên bản 1')).visible();
    await page.goto(`${app.url}/du-thao/${draftId}`);
    await page.getByRole('link', { name: 'So sánh với phiên bản trước' }).click();
    await see(page.getByRole('heading', { name: 'Thay đổi từ phiên bản 1 đến phiên bản 2' })).visible();
    await see(page.locator('.diff-list ins').first()).contains('được sửa ở phiên bản 2');
    // The comment posted on version 1 is shown on the article of version 2, marked.
    await page.goto(threadUrl());
    await see(page.locator('article.comment', { hasText: 'gửi trước khi đăng nhập' }).first()).contains(
      'Góp ý trên phiên bản 1',
    );
  });
});
