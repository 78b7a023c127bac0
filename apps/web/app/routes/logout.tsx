import { redirect } from 'react-router';
import type { Route } from './+types/logout';
import { webContext } from '../context';
import { Logout } from '../graphql/account.server';
import { parseCookies, REFRESH_COOKIE } from '../lib/cookies.server';
import { NOTICES, withNotice } from '../lib/notices';

/** Sign out is a POST (a link would let any page sign people out); GET just goes home. */
export function loader() {
  return redirect('/');
}

export async function action({ request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  const refreshToken = parseCookies(request.headers.get('cookie'))[REFRESH_COOKIE];
  // Ends the session in the API (its access tokens stop working too), then forgets the cookies.
  if (refreshToken) await web.api.run(Logout, { refreshToken }).catch(() => undefined);
  web.signOut();
  return redirect(withNotice('/', NOTICES.signedOut), 303);
}
