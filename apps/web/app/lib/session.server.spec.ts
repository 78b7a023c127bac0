import { Api } from './api.server';
import { ACCESS_COOKIE, REFRESH_COOKIE } from './cookies.server';
import { accessTokenExpiry, SessionRefresher } from './session.server';

const jwt = (exp: number) =>
  `h.${Buffer.from(JSON.stringify({ exp: Math.floor(exp / 1000) })).toString('base64url')}.s`;

/** An Api whose refreshSession answers from `answer`, counting calls (no network). */
function fakeApi(answer: () => Promise<unknown>, calls: { n: number }) {
  return () =>
    ({
      run: async () => {
        calls.n += 1;
        return answer();
      },
    }) as unknown as Api;
}

describe(SessionRefresher.name, () => {
  const now = 1_800_000_000_000;

  it('keeps a fresh access token without asking the API', async () => {
    const calls = { n: 0 };
    const refresher = new SessionRefresher(() => now);
    const token = jwt(now + 10 * 60_000);
    const session = await refresher.resolve(
      { [ACCESS_COOKIE]: token, [REFRESH_COOKIE]: 'r' },
      fakeApi(async () => ({}), calls),
      false,
    );
    expect(session).toEqual({ accessToken: token, setCookies: [] });
    expect(calls.n).toBe(0);
    expect(accessTokenExpiry(token)).toBe(now + 10 * 60_000);
  });

  it('refreshes once for concurrent requests with the same refresh token, and gives each the same pair', async () => {
    const calls = { n: 0 };
    const refresher = new SessionRefresher(() => now);
    const tokens = {
      accessToken: jwt(now + 900_000),
      refreshToken: 'r2',
      accessTokenExpiresAt: new Date(now + 900_000).toISOString(),
    };
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = fakeApi(async () => {
      await gate;
      return { refreshSession: tokens };
    }, calls);
    const cookies = { [REFRESH_COOKIE]: 'r1' };
    const both = Promise.all([
      refresher.resolve(cookies, api, false),
      refresher.resolve(cookies, api, false),
    ]);
    release();
    const [a, b] = await both;
    expect(calls.n).toBe(1);
    expect(a.accessToken).toBe(tokens.accessToken);
    expect(b.accessToken).toBe(tokens.accessToken);
    expect(a.setCookies.join()).toContain(`${REFRESH_COOKIE}=r2`);
    // A request that arrives later with the old cookie (its Set-Cookie was lost) gets the same answer.
    const late = await refresher.resolve(cookies, api, false);
    expect(late.accessToken).toBe(tokens.accessToken);
    expect(calls.n).toBe(1);
  });

  it('signs the browser out when the API refuses the refresh token, and keeps the cookies when it cannot answer', async () => {
    const { ApiError } = await import('./api.server');
    const refused = new SessionRefresher(() => now);
    const out = await refused.resolve(
      { [REFRESH_COOKIE]: 'old' },
      fakeApi(async () => Promise.reject(new ApiError([{ code: 'UNAUTHENTICATED', message: 'no' }])), {
        n: 0,
      }),
      false,
    );
    expect(out.accessToken).toBeNull();
    expect(out.setCookies.join()).toMatch(new RegExp(`${REFRESH_COOKIE}=; .*Max-Age=0`));
    const down = await new SessionRefresher(() => now).resolve(
      { [REFRESH_COOKIE]: 'old' },
      fakeApi(async () => Promise.reject(new TypeError('fetch failed')), { n: 0 }),
      false,
    );
    expect(down).toEqual({ accessToken: null, setCookies: [] });
  });
});
