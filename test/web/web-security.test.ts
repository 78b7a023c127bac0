import { startWebApp, WebApp } from '@thamvan/test-utils/web';

/**
 * The web client's security promises, over plain HTTP as an attacker would probe them:
 * headers and CSP, httpOnly session cookies, CSRF on every form, refreshes that survive
 * concurrent requests, the visitor's address forwarded to the API's limits, and `/c/:id`
 * still answering API clients with JSON.
 */
class Browserish {
  cookies = new Map<string, string>();
  constructor(
    private readonly base: string,
    private readonly address = '198.51.100.10',
  ) {}

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/Max-Age=0/.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(
    path: string,
    headers: Record<string, string> = {},
  ): Promise<{ response: Response; html: string }> {
    const response = await fetch(`${this.base}${path}`, {
      headers: { cookie: this.header(), accept: 'text/html', 'x-forwarded-for': this.address, ...headers },
      redirect: 'manual',
    });
    this.remember(response);
    return { response, html: await response.text() };
  }

  /** The `_csrf` value of the first form on a page. */
  async csrf(path: string): Promise<string> {
    const { html } = await this.get(path);
    return /name="_csrf" value="([^"]+)"/.exec(html)![1];
  }

  async post(
    path: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<{ response: Response; html: string }> {
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: {
        cookie: this.header(),
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
        'x-forwarded-for': this.address,
        ...headers,
      },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
    });
    this.remember(response);
    return { response, html: await response.text() };
  }
}

describe('web: security of the pages', () => {
  let app: WebApp;

  beforeAll(async () => {
    // Real limits (multiplier 1): the per-address login limit is part of what is checked.
    app = await startWebApp({ env: { RATE_LIMIT_MULTIPLIER: '1' } });
  }, 120_000);
  afterAll(() => app?.stop());

  it('sends a strict CSP and the other security headers, and no inline script', async () => {
    const visitor = new Browserish(app.url);
    const { response, html } = await visitor.get('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-encoding') ?? 'gzip').toBe('gzip');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="vi">/);
    // Every <script> loads a file of ours; none carries code inline.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/assets\/[^"]+\.js"/);
      expect(body).toBe('');
    }
  });

  it('keeps the session in httpOnly SameSite=Lax cookies, never in the page', async () => {
    const visitor = new Browserish(app.url);
    const csrf = await visitor.csrf('/dang-nhap');
    const { response, html } = await visitor.post('/dang-nhap', {
      _csrf: csrf,
      email: app.accounts.citizen.email,
      password: app.accounts.citizen.password,
      next: '/tai-khoan',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/tai-khoan');
    const cookies = response.headers.getSetCookie();
    for (const name of ['thamvan_at', 'thamvan_rt']) {
      const line = cookies.find((c) => c.startsWith(`${name}=`))!;
      expect(line).toMatch(/HttpOnly/);
      expect(line).toMatch(/SameSite=Lax/);
      expect(line).toMatch(/Path=\//);
    }
    const page = await visitor.get('/tai-khoan');
    expect(page.response.status).toBe(200);
    expect(page.html).toContain(app.accounts.citizen.email);
    for (const value of [visitor.cookies.get('thamvan_at')!, visitor.cookies.get('thamvan_rt')!]) {
      expect(page.html).not.toContain(decodeURIComponent(value));
    }
    expect(html).not.toContain('accessToken');
  });

  it('refuses a form post without the CSRF token, with a wrong one, or from another origin', async () => {
    const visitor = new Browserish(app.url);
    const csrf = await visitor.csrf('/dang-nhap');
    const form = { email: app.accounts.citizen.email, password: app.accounts.citizen.password };
    expect((await visitor.post('/dang-nhap', form)).response.status).toBe(403);
    expect((await visitor.post('/dang-nhap', { ...form, _csrf: `${csrf}x` })).response.status).toBe(403);
    // From another site: refused before any action runs (React Router's own origin check
    // answers first, 400; the CSRF middleware's would be 403).
    const crossSite = await visitor.post(
      '/dang-nhap',
      { ...form, _csrf: csrf },
      { origin: 'https://evil.example' },
    );
    expect([400, 403]).toContain(crossSite.response.status);
    expect(crossSite.response.headers.getSetCookie().filter((c) => c.startsWith('thamvan_at='))).toEqual([]);
    // Another browser's token is worth nothing here.
    const other = new Browserish(app.url);
    const theirs = await other.csrf('/dang-nhap');
    expect((await visitor.post('/dang-nhap', { ...form, _csrf: theirs })).response.status).toBe(403);
    expect(visitor.cookies.has('thamvan_at')).toBe(false);
    // The same token, from our own origin: accepted.
    const ok = await visitor.post('/dang-nhap', { ...form, _csrf: csrf }, { origin: app.url });
    expect(ok.response.status).toBe(303);
  });

  it('signs out only with a POST', async () => {
    const visitor = new Browserish(app.url);
    const csrf = await visitor.csrf('/dang-nhap');
    await visitor.post('/dang-nhap', {
      _csrf: csrf,
      email: app.accounts.citizen.email,
      password: app.accounts.citizen.password,
    });
    expect((await visitor.get('/dang-xuat')).response.status).toBe(302);
    expect((await visitor.get('/tai-khoan')).response.status).toBe(200);
    const out = await visitor.post('/dang-xuat', { _csrf: await visitor.csrf('/tai-khoan') });
    expect(out.response.status).toBe(303);
    expect(visitor.cookies.has('thamvan_rt')).toBe(false);
    expect((await visitor.get('/tai-khoan')).response.status).toBe(303);
  });

  it('refreshes an expired access token once for concurrent requests, without ending the session', async () => {
    const visitor = new Browserish(app.url);
    const csrf = await visitor.csrf('/dang-nhap');
    await visitor.post('/dang-nhap', {
      _csrf: csrf,
      email: app.accounts.organisation.email,
      password: app.accounts.organisation.password,
    });
    const oldRefresh = visitor.cookies.get('thamvan_rt')!;
    visitor.cookies.delete('thamvan_at'); // as the browser does when its 15 minutes are up
    const header = visitor.header();
    const pages = await Promise.all(
      [0, 1, 2, 3].map(() =>
        fetch(`${app.url}/tai-khoan`, {
          headers: { cookie: header, accept: 'text/html' },
          redirect: 'manual',
        }),
      ),
    );
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200, 200]);
    const rotated = new Set(
      pages.map(
        (p) =>
          p.headers
            .getSetCookie()
            .find((c) => c.startsWith('thamvan_rt='))
            ?.split(';')[0],
      ),
    );
    expect(rotated.size).toBe(1);
    visitor.remember(pages[0]);
    expect(visitor.cookies.get('thamvan_rt')).not.toBe(oldRefresh);
    // The session lives on: the new pair works, and so does the API's own check of it.
    visitor.cookies.delete('thamvan_at');
    const later = await visitor.get('/tai-khoan');
    expect(later.response.status).toBe(200);
    expect(later.html).toContain(app.accounts.organisation.email);
  });

  it("forwards the visitor's address, so the API limits each citizen and not the web server", async () => {
    const attacker = new Browserish(app.url, '203.0.113.7');
    const csrf = await attacker.csrf('/dang-nhap');
    for (let i = 0; i < 10; i++) {
      const { html } = await attacker.post('/dang-nhap', {
        _csrf: csrf,
        email: `khong-co-${i}@example.vn`,
        password: 'sai-mat-khau-123',
      });
      expect(html).toContain('E-mail hoặc mật khẩu không đúng.');
    }
    const limited = await attacker.post('/dang-nhap', {
      _csrf: csrf,
      email: 'khong-co-x@example.vn',
      password: 'sai-mat-khau-123',
    });
    expect(limited.response.status).toBe(429);
    expect(limited.html).toContain('Bạn gửi quá nhanh');
    const neighbour = new Browserish(app.url, '203.0.113.8');
    const theirs = await neighbour.csrf('/dang-nhap');
    const fine = await neighbour.post('/dang-nhap', {
      _csrf: theirs,
      email: 'khong-co-y@example.vn',
      password: 'sai-mat-khau-123',
    });
    expect(fine.response.status).toBe(401);
    expect(fine.html).toContain('E-mail hoặc mật khẩu không đúng.');
  });

  it('answers /c/:id with a page for browsers and the JSON row for API clients', async () => {
    const token = await app.login(app.accounts.citizen);
    const { data } = await app.graphql<{ drafts: { edges: { node: { id: string } }[] } }>(
      `{ drafts(filter: { status: [OPEN] }, first: 1) { edges { node { id } } } }`,
    );
    const posted = await app.graphql<{ postComment: { id: string } }>(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
      {
        i: {
          draftId: data!.drafts.edges[0].node.id,
          body: 'Góp ý có liên kết cố định.',
          idempotencyKey: crypto.randomUUID(),
        },
      },
      token,
    );
    const id = posted.data!.postComment.id;
    const api = await fetch(`${app.url}/c/${id}`, { redirect: 'manual' });
    expect(api.status).toBe(302);
    expect(api.headers.get('location')).toBe(`/api/comments/${id}`);
    const json = await fetch(`${app.url}/c/${id}`, {
      headers: { accept: 'application/json' },
      redirect: 'manual',
    });
    expect(json.status).toBe(302);
    const page = await fetch(`${app.url}/c/${id}`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Góp ý có liên kết cố định.');
    expect(html).toContain('property="og:title"');
    const missing = await fetch(`${app.url}/c/00000000-0000-4000-8000-000000000000`, {
      headers: { accept: 'text/html' },
    });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Không tìm thấy trang');
  });

  it("leaves the API's own paths to the API", async () => {
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
    const graphql = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { version } }' }),
    });
    expect(graphql.status).toBe(200);
    const notApi = await fetch(`${app.url}/api/khong-co`);
    expect(notApi.headers.get('content-type')).toMatch(/json/);
  });
});
