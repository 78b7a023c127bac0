import type { IncomingHttpHeaders } from 'node:http';

/**
 * The web client keeps the access token in this httpOnly cookie (apps/web:
 * app/lib/cookies.server.ts, ACCESS_COOKIE); a signed-in page's socket is identified by it,
 * so no script ever holds the token.
 */
export const SESSION_COOKIE_NAME = 'thamvan_at';

/**
 * The access token of the web session cookie, when the handshake may use it: cookies ride
 * along with any WebSocket a page opens, so a handshake from another site could borrow them
 * (cross-site WebSocket hijacking). Only a handshake without Origin (not a browser), from the
 * page's own host, or from an origin in LIVE_ALLOWED_ORIGINS counts its cookie.
 */
export function sessionCookieToken(
  headers: IncomingHttpHeaders,
  allowedOrigins: readonly string[] | undefined,
): string | undefined {
  const cookie = headers.cookie;
  if (!cookie) return undefined;
  const origin = headers.origin;
  if (origin && !(sameHost(origin, headers.host) || allowedOrigins?.includes(origin))) return undefined;
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE_NAME) {
      const value = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(value) || undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
