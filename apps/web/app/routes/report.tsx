import { data, Link, useLoaderData } from 'react-router';
import type { Route } from './+types/report';
import { ReportView } from '../components/ReportView';
import { webContext } from '../context';
import { ReportPage } from '../graphql/console.server';
import { t } from '../i18n';
import { formatDate } from '../lib/format';
import { pageMeta } from '../lib/meta';
import { draftPath, reportPath } from '../lib/paths';

/**
 * The published report of a closed consultation, for everyone (404 until it is published):
 * the current version, or an earlier one with `?phien-ban=N`, and the list of all of them.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const asked = new URL(request.url).searchParams.get('phien-ban');
  if (asked !== null && !/^[1-9]\d{0,8}$/.test(asked)) throw data(null, { status: 404 });
  let { draft, feedbackReport } = await web.api.run(ReportPage, {
    draftId: params.draftId,
    version: asked === null ? null : Number(asked),
  });
  if (!draft) throw data(null, { status: 404 });
  // Officers of the agency get the live report without a number; this page shows the
  // published one only, the same for everyone.
  const current = draft.reportVersions[0]?.version;
  if (feedbackReport && feedbackReport.version === null && current !== undefined) {
    ({ draft, feedbackReport } = await web.api.run(ReportPage, {
      draftId: params.draftId,
      version: current,
    }));
  }
  if (!draft || !feedbackReport?.version)
    throw data(null, { status: 404, statusText: t.report.notPublished });
  return {
    draft,
    report: feedbackReport,
    version: feedbackReport.version,
    current: current ?? feedbackReport.version,
  };
}

export function meta({ data: loaded }: Route.MetaArgs) {
  return loaded
    ? pageMeta(t.report.publicTitle(loaded.draft.title), { description: t.report.title })
    : pageMeta(t.report.title);
}

export default function ReportRoute() {
  const { draft, report, version, current } = useLoaderData<typeof loader>();
  const files = (ext: string) =>
    `/api/drafts/${draft.id}/report.${ext}${version === current ? '' : `?version=${version}`}`;
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
        {draft.agency.name} ·{' '}
        {draft.reportVersions.length > 1
          ? t.report.versionOn(version, formatDate(report.publishedAt))
          : t.report.publishedOn(formatDate(report.publishedAt))}
      </p>
      {version !== current && (
        <p className="notice notice--warning">
          {t.report.olderVersion(current)} <Link to={reportPath(draft.id)}>{t.report.openReport}</Link>
        </p>
      )}
      {report.note && <p>{t.report.versionNote(report.note)}</p>}
      <p className="report-links">
        <a href={files('docx')}>{t.report.docx}</a> · <a href={files('csv')}>{t.report.csv}</a>
      </p>
      {draft.reportVersions.length > 1 && (
        <nav aria-labelledby="cac-lan-cong-bo" className="report-versions">
          <h2 id="cac-lan-cong-bo">{t.report.versions}</h2>
          <ol reversed>
            {draft.reportVersions.map((v) => (
              <li key={v.version}>
                {v.version === version ? (
                  <strong aria-current="page">
                    {t.report.versionLink(v.version, formatDate(v.publishedAt))}
                  </strong>
                ) : (
                  <Link
                    to={
                      v.version === current
                        ? reportPath(draft.id)
                        : `${reportPath(draft.id)}?phien-ban=${v.version}`
                    }
                  >
                    {t.report.versionLink(v.version, formatDate(v.publishedAt))}
                  </Link>
                )}
                {v.version === current && ` · ${t.report.current}`}
                {v.note && <span className="muted"> · {v.note}</span>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <ReportView report={report} />
    </div>
  );
}
