import { redirect } from 'react-router';
import type { WebContext } from '../context';

/** Pages of one's own account: anonymous visitors are sent to sign in, and brought back after. */
export function requireSignedIn(web: WebContext, request: Request): void {
  if (web.api.signedIn) return;
  const url = new URL(request.url);
  throw redirect(`/dang-nhap?next=${encodeURIComponent(`${url.pathname}${url.search}`)}`, 303);
}
