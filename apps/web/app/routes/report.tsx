import { data, Link, useLoaderData } from 'react-router';
import type { Route } from './+types/report';
import { ReportView } from '../components/ReportView';
import { webContext } from '../context';
import { ReportPage } from '../graphql/console.server';
import { t } from '../i18n';
import { formatDate } from '../lib/format';
import { pageMeta } from '../lib/meta';
import { draftPath } from '../lib/paths';

/** The published report of a closed consultation, for everyone (404 until it is published). */
export async function loader({ context, params }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const { draft, feedbackReport } = await web.api.run(ReportPage, { draftId: params.draftId });
  if (!draft) throw data(null, { status: 404 });
  // Officers of the agency may read the live report through the API; this page shows the
  // published one only, the same for everyone.
  if (!feedbackReport?.publishedAt) throw data(null, { status: 404, statusText: t.report.notPublished });
  return { draft, report: feedbackReport };
}

export function meta({ data: loaded }: Route.MetaArgs) {
  return loaded
    ? pageMeta(t.report.publicTitle(loaded.draft.title), { description: t.report.title })
    : pageMeta(t.report.title);
}

export default function ReportRoute() {
  const { draft, report } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <nav aria-label={t.site.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link to="/du-thao">{t.site.nav.drafts}</Link>
          </li>
          <li>
            <Link to={draftPath(draft.id)}>{draft.title}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t.report.publicTitle(draft.title)}</h1>
      <p>
        {draft.agency.name} · {t.report.publishedOn(formatDate(report.publishedAt))}
      </p>
      <p className="report-links">
        <a href={`/api/drafts/${draft.id}/report.docx`}>{t.report.docx}</a> ·{' '}
        <a href={`/api/drafts/${draft.id}/report.csv`}>{t.report.csv}</a>
      </p>
      <ReportView report={report} />
    </div>
  );
}
