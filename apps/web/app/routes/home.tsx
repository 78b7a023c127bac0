import { Link, useLoaderData } from 'react-router';
import type { Route } from './+types/home';
import { DraftCard } from '../components/DraftCard';
import { SearchBox } from '../components/SearchBox';
import { webContext } from '../context';
import { HomePage } from '../graphql/drafts.server';
import { t } from '../i18n';
import { pageMeta } from '../lib/meta';
import { reportPath, threadPath } from '../lib/paths';

export async function loader({ context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const result = await web.api.run(HomePage);
  const open = result.open.edges.map((e) => e.node);
  const closed = result.closed.edges.map((e) => e.node);
  return { open, closed, hot: result.hot, now: new Date().toISOString(), publicUrl: web.publicUrl };
}

export function meta({ data: loaded }: Route.MetaArgs) {
  return pageMeta(t.site.name, {
    description: t.site.description,
    url: loaded ? `${loaded.publicUrl}/` : undefined,
  });
}

export default function Home() {
  const { open, closed, hot, now: nowIso } = useLoaderData<typeof loader>();
  const now = new Date(nowIso);
  return (
    <div className="page page--home" data-live-drafts={open.map((d) => d.id).join(' ')}>
      <section className="hero">
        <h1>{t.home.title}</h1>
        <p>{t.home.intro}</p>
        <SearchBox id="tim-trang-chu" />
      </section>
      <div className="home-grid">
        <section aria-labelledby="open-title" className="home-open">
          <h2 id="open-title">{t.home.open}</h2>
          {open.length === 0 ? (
            <p className="empty">{t.home.openEmpty}</p>
          ) : (
            <ul className="card-list">
              {open.map((draft) => (
                <li key={draft.id}>
                  <DraftCard draft={draft} now={now} />
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/du-thao">{t.home.allDrafts} →</Link>
          </p>
        </section>
        <section aria-labelledby="hot-title" className="home-hot">
          <h2 id="hot-title">{t.home.hot}</h2>
          {hot.length === 0 ? (
            <p className="empty">{t.home.hotEmpty}</p>
          ) : (
            <ol className="hot-list">
              {hot.map((item) => (
                <li key={item.provision.id} data-provision-id={item.provision.id}>
                  <Link to={threadPath(item.draft.id, item.provision.key)} className="hot-list__link">
                    {item.provision.fullLabel}
                    {item.provision.heading ? `. ${item.provision.heading}` : ''}
                  </Link>
                  <span className="hot-list__draft">{item.draft.title}</span>
                  <span className="hot-list__count">
                    <span data-recent-count="">{t.home.recentComments(item.recentCount)}</span>
                    {' · '}
                    <span className="muted">{t.draft.commentCount(item.provision.commentCount)}</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="closed-title" className="home-closed">
          <h2 id="closed-title">{t.home.closed}</h2>
          {closed.length === 0 ? (
            <p className="empty">{t.home.closedEmpty}</p>
          ) : (
            <ul className="card-list">
              {closed.map((draft) => (
                <li key={draft.id}>
                  <DraftCard draft={draft} now={now}>
                    {draft.reportPublishedAt ? (
                      <p className="report-links">
                        <strong>{t.home.report}:</strong>{' '}
                        <Link to={reportPath(draft.id)}>{t.home.reportPage}</Link>
                        {' · '}
                        <a href={`/api/drafts/${draft.id}/report.docx`}>{t.home.reportDocx}</a>
                        {' · '}
                        <a href={`/api/drafts/${draft.id}/report.csv`}>{t.home.reportCsv}</a>
                      </p>
                    ) : (
                      <p className="muted">{t.home.reportPending}</p>
                    )}
                  </DraftCard>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
