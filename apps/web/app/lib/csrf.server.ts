import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { data, type MiddlewareFunction } from 'react-router';
import { webContext } from '../context';

/**
 * CSRF: a signed double-submit token. The browser holds a random httpOnly cookie; every form
 * carries HMAC(key, cookie) in `_csrf`. The key is derived from JWT_SECRET, so that secret
 * stays the only one production needs. SameSite=Lax cookies and the Origin check below are
 * the other two layers.
 */
export function csrfKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'thamvan', 'web-csrf-v1', 32));
}

export function newCsrfSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function csrfTokenFor(key: Buffer, cookieValue: string): string {
  return createHmac('sha256', key).update(cookieValue).digest('base64url');
}

export function verifyCsrfToken(key: Buffer, cookieValue: string, token: unknown): boolean {
  if (typeof token !== 'string' || !cookieValue) return false;
  const expected = Buffer.from(csrfTokenFor(key, cookieValue));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Root middleware: every state-changing request to a page (every action, present and future)
 * must come from our origin with a valid `_csrf`. Refused requests never reach the action.
 */
export const csrfMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  if (SAFE_METHODS.has(request.method)) return next();
  const web = context.get(webContext);
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null' && hostOf(origin) !== new URL(request.url).host) {
    throw data({ reason: 'origin' }, { status: 403 });
  }
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  if (!form || !web.verifyCsrf(form.get('_csrf'))) throw data({ reason: 'csrf' }, { status: 403 });
  return next();
};

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
