import { data } from 'react-router';
import type { Route } from './+types/console-report-file';
import { webContext } from '../context';
import { requireOfficer } from '../lib/console.server';

const FILES: Record<string, string> = { 'bao-cao.docx': 'report.docx', 'bao-cao.csv': 'report.csv' };

/**
 * The report files for an officer: the API's /api/drafts/:id/report.{docx,csv} fetched with
 * the officer's session (an unpublished report is the agency's only), passed on as they come.
 * The API decides who may have them; its refusal comes back as the same status.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const web = context.get(webContext);
  await requireOfficer(web, request);
  const file = FILES[params.file];
  if (!file) throw data(null, { status: 404 });
  const upstream = await web.api.download(`/api/drafts/${encodeURIComponent(params.draftId)}/${file}`);
  const headers = new Headers();
  for (const name of ['content-type', 'content-disposition', 'content-length', 'cache-control']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('cache-control', 'private, no-store');
  return new Response(upstream.body, { status: upstream.status, headers });
}
