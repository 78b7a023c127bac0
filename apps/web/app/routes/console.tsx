import { Link, useLoaderData } from 'react-router';
import type { Route } from './+types/console';
import { DocTypeLabel, StatusBadge } from '../components/Badges';
import { webContext } from '../context';
import { ConsoleDrafts, UnansweredCount } from '../graphql/console.server';
import { t } from '../i18n';
import { requireOfficer } from '../lib/console.server';
import { consultationWindow, formatNumber } from '../lib/format';
import { pageMeta } from '../lib/meta';
import { consoleDraftPath } from '../lib/paths';

/** The officer's start page: each of their agencies' drafts with how much waits for an answer. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const officer = await requireOfficer(web, request);
  const agencies = await Promise.all(
    [...officer.agencies].map(async ([id, agency]) => {
      const { drafts } = await web.api.run(ConsoleDrafts, { agencyId: id });
      // One count per draft (an agency has tens of drafts, not thousands): the search index's
      // unanswered total, the same figure the triage page starts from.
      const rows = await Promise.all(
        drafts.edges.map(async ({ node }) => ({
          ...node,
          unanswered: (await web.api.run(UnansweredCount, { draftId: node.id })).searchComments.totalCount,
        })),
      );
      return { id, name: agency.name, roles: [...agency.roles], drafts: rows };
    }),
  );
  return { agencies };
}

export function meta() {
  return pageMeta(t.console.title);
}

export default function ConsolePage() {
  const { agencies } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t.console.title}</h1>
      <p>{t.console.intro}</p>
      {agencies.some((a) => a.roles.includes('EDITOR')) && (
        <p>
          <Link to="/quan-ly/nhap" className="button button--primary">
            {t.importDraft.link}
          </Link>
        </p>
      )}
      {agencies.map((agency) => (
        <section key={agency.id} aria-labelledby={`ag-${agency.id}`} className="console-section">
          <h2 id={`ag-${agency.id}`}>{t.console.draftsOf(agency.name)}</h2>
          <p className="muted">
            {t.console.yourRoles(agency.roles.map((r) => t.console.role[r] ?? r).join(', '))}
          </p>
          {agency.drafts.length === 0 ? (
            <p className="empty">{t.console.noDrafts}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="sr-only">{t.console.draftsOf(agency.name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.console.columns.title}</th>
                    <th scope="col">{t.console.columns.status}</th>
                    <th scope="col">{t.console.columns.window}</th>
                    <th scope="col" className="num">
                      {t.console.columns.comments}
                    </th>
                    <th scope="col" className="num">
                      {t.console.columns.unanswered}
                    </th>
                    <th scope="col" className="num">
                      {t.console.columns.held}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {agency.drafts.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">
                        <Link to={consoleDraftPath(d.id)}>{d.title}</Link>
                        <br />
                        <span className="muted">
                          <DocTypeLabel docType={d.docType} />
                        </span>
                      </th>
                      <td>
                        <StatusBadge status={d.status} />
                      </td>
                      <td>
                        {d.opensAt && d.closesAt
                          ? consultationWindow({
                              opensAt: d.opensAt,
                              closesAt: d.closesAt,
                              closedAt: d.closedAt,
                            }).text
                          : t.console.notScheduled}
                      </td>
                      <td className="num">{formatNumber(d.commentCount)}</td>
                      <td className="num">{formatNumber(d.unanswered)}</td>
                      <td className="num">{formatNumber(d.heldCount ?? 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
