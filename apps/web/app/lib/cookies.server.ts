/**
 * The web session's cookies, their one home. The access token's cookie name is also read by
 * the API's /live gateway (so a signed-in page joins its user room without any script seeing
 * the token): keep it in step with SESSION_COOKIE_NAME in libs/live.
 */
export const ACCESS_COOKIE = 'thamvan_at';
export const REFRESH_COOKIE = 'thamvan_rt';
export const CSRF_COOKIE = 'thamvan_csrf';

const REFRESH_MAX_AGE = 30 * 86_400;
const CSRF_MAX_AGE = 365 * 86_400;

export function parseCookies(header: string | null | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in cookies) continue;
    try {
      cookies[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // A malformed value is as good as none.
    }
  }
  return cookies;
}

/** httpOnly and SameSite=Lax always; Secure in production (or behind an https PUBLIC_URL). */
export function serializeCookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
}

export function sessionCookies(tokens: SessionTokens, secure: boolean, now = Date.now()): string[] {
  const accessSeconds = (new Date(tokens.accessTokenExpiresAt).getTime() - now) / 1000;
  return [
    serializeCookie(ACCESS_COOKIE, tokens.accessToken, accessSeconds, secure),
    serializeCookie(REFRESH_COOKIE, tokens.refreshToken, REFRESH_MAX_AGE, secure),
  ];
}

export function clearedSessionCookies(secure: boolean): string[] {
  return [serializeCookie(ACCESS_COOKIE, '', 0, secure), serializeCookie(REFRESH_COOKIE, '', 0, secure)];
}

export function csrfCookie(value: string, secure: boolean): string {
  return serializeCookie(CSRF_COOKIE, value, CSRF_MAX_AGE, secure);
}
