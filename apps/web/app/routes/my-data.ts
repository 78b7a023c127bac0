import type { Route } from './+types/my-data';
import { webContext } from '../context';
import { MyData } from '../graphql/account.server';
import { requireSignedIn } from '../lib/auth.server';

/** The personal-data download: `myData` as a JSON file, never cached. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  requireSignedIn(web, request);
  const { myData } = await web.api.run(MyData);
  return new Response(JSON.stringify(myData, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="thamvan-du-lieu-cua-toi.json"',
      'cache-control': 'no-store',
    },
  });
}
