/**
 * `GET /phien`: nothing but the session refresh every page request does (server/app.ts). The
 * live script calls it when the socket's access cookie has lapsed, then reconnects.
 */
export function loader() {
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
