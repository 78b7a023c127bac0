import { createHash } from 'node:crypto';
import { RefreshSession } from '../graphql/session.server';
import { Api, ApiError } from './api.server';
import {
  ACCESS_COOKIE,
  clearedSessionCookies,
  REFRESH_COOKIE,
  sessionCookies,
  type SessionTokens,
} from './cookies.server';

/** Refresh this long before the access token expires, so it never lapses mid-request. */
const EXPIRY_MARGIN_MS = 30_000;
/** How long a refresh's answer is kept for other requests that present the same refresh token. */
const REMEMBER_MS = 60_000;
const MAX_REMEMBERED = 10_000;

export interface ResolvedSession {
  accessToken: string | null;
  /** Set-Cookie headers the response must carry (rotated or cleared tokens). */
  setCookies: string[];
}

/** exp of a JWT without verifying it: only to decide whether to refresh; the API verifies. */
export function accessTokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * Keeps a browser signed in across the 15-minute access tokens. The API rotates the refresh
 * token on every use and treats a second use as theft; a page load and a form post of the same
 * browser often arrive together with the same cookie. So refreshes are single-flight per
 * refresh token, and the answer is remembered for a minute: every request that presents the
 * token just rotated gets the same new pair instead of tripping reuse detection. (The API
 * also has a short grace window of its own, for several web processes.)
 */
export class SessionRefresher {
  private readonly inFlight = new Map<string, { at: number; result: Promise<RefreshOutcome> }>();

  constructor(private readonly now: () => number = Date.now) {}

  async resolve(
    cookies: Record<string, string>,
    newApi: (accessToken: string | null) => Api,
    secure: boolean,
  ): Promise<ResolvedSession> {
    const access = cookies[ACCESS_COOKIE] || null;
    const refresh = cookies[REFRESH_COOKIE] || null;
    if (access) {
      const exp = accessTokenExpiry(access);
      if (exp !== null && exp - EXPIRY_MARGIN_MS > this.now()) return { accessToken: access, setCookies: [] };
    }
    if (!refresh) {
      return { accessToken: null, setCookies: access ? clearedSessionCookies(secure) : [] };
    }
    const tokens = await this.refreshOnce(refresh, () => refreshWith(newApi(null), refresh));
    if (tokens === 'refused') return { accessToken: null, setCookies: clearedSessionCookies(secure) };
    // The API could not answer: anonymous for this request, cookies kept for the next one.
    if (tokens === 'unavailable') return { accessToken: null, setCookies: [] };
    return { accessToken: tokens.accessToken, setCookies: sessionCookies(tokens, secure, this.now()) };
  }

  private refreshOnce(token: string, run: () => Promise<RefreshOutcome>): Promise<RefreshOutcome> {
    const key = createHash('sha256').update(token).digest('base64url');
    const now = this.now();
    const known = this.inFlight.get(key);
    if (known && now - known.at < REMEMBER_MS) return known.result;
    this.forgetOld(now);
    const result = run();
    this.inFlight.set(key, { at: now, result });
    // A failure to reach the API is not an answer worth remembering.
    void result.then((outcome) => {
      if (outcome === 'unavailable') this.inFlight.delete(key);
    });
    return result;
  }

  private forgetOld(now: number): void {
    for (const [key, entry] of this.inFlight) {
      if (now - entry.at >= REMEMBER_MS || this.inFlight.size > MAX_REMEMBERED) this.inFlight.delete(key);
      else break; // insertion order is age order
    }
  }
}

type RefreshOutcome = SessionTokens | 'refused' | 'unavailable';

async function refreshWith(api: Api, refreshToken: string): Promise<RefreshOutcome> {
  try {
    const { refreshSession } = await api.run(RefreshSession, { refreshToken });
    return refreshSession;
  } catch (error) {
    // Refused (expired, revoked, reused): the browser is signed out.
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return 'refused';
    return 'unavailable';
  }
}
