import { data, Link, useLoaderData } from 'react-router';
import type { Route } from './+types/stats';
import { StatusBadge } from '../components/Badges';
import { BarChart, TimelineChart, type ChartItem } from '../components/Charts';
import { webContext } from '../context';
import { StatsPage } from '../graphql/stats.server';
import { t } from '../i18n';
import { formatDateTime, formatNumber } from '../lib/format';
import { pageMeta } from '../lib/meta';
import { draftPath, reportPath, threadPath } from '../lib/paths';
import { DISPOSITIONS, searchHref } from '../lib/search-params';

/**
 * A consultation's public figures while it is open and after it closed (`draftStatistics`):
 * comments and participants over time, by article (hottest first), stance, author kind and
 * province, and how many the agency answered and how. Charts are drawn on the server with the
 * numbers in tables beside them; while open, the enhancement script swaps in fresh figures
 * when comments arrive (`data-live-stats`).
 */
const TOP_ARTICLES = 15;
const TOP_PROVINCES = 10;

export async function loader({ context, params }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const { draft, draftStatistics: stats } = await web.api.run(StatsPage, { draftId: params.draftId });
  if (!draft) throw data(null, { status: 404 });
  return { draft, stats };
}

export function meta({ data: loaded }: Route.MetaArgs) {
  return pageMeta(loaded ? t.stats.title(loaded.draft.title) : t.stats.short);
}

/** "12,5%" of a base the page states next to it. */
function share(part: number, whole: number): string {
  return `${whole ? Math.round((part / whole) * 1000) / 10 : 0}%`.replace('.', ',');
}

export default function Stats() {
  const { draft, stats } = useLoaderData<typeof loader>();
  return (
    <div className="page stats-page">
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
      <h1>{t.stats.title(draft.title)}</h1>
      <p>
        {draft.agency.name} · <StatusBadge status={draft.status} />
      </p>
      {!stats ? (
        <p className="empty">{t.stats.notOpen}</p>
      ) : (
        <Figures draftId={draft.id} stats={stats} live={draft.status === 'OPEN'} />
      )}
    </div>
  );
}

type Stats = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['stats']>;

function Figures({ draftId, stats, live }: { draftId: string; stats: Stats; live: boolean }) {
  const s = stats.stanceCounts;
  const total = stats.commentCount;
  const articles = stats.articles.filter((a) => a.commentCount > 0);
  const provinces = [...stats.provinces].sort((a, b) => b.count - a.count);
  const rest = provinces.slice(TOP_PROVINCES).reduce((n, p) => n + p.count, 0);
  const provinceLabel = (name: string) => name || t.stats.noProvince;
  const dispositions = DISPOSITIONS.map((d) => ({
    label: t.disposition[d],
    value: stats.dispositionCounts.find((c) => c.disposition === d)?.count ?? 0,
  }));
  const stanceItems: ChartItem[] = [
    { label: t.stance.SUPPORT, value: s.support, tone: 'support' },
    { label: t.stance.OPPOSE, value: s.oppose, tone: 'oppose' },
    { label: t.stance.AMEND, value: s.amend, tone: 'amend' },
    { label: t.stance.QUESTION, value: s.question, tone: 'question' },
    { label: t.stance.NEUTRAL, value: s.neutral, tone: 'neutral' },
  ];
  return (
    <div id="so-lieu-cong-khai" data-live-stats={live ? draftId : undefined} className="stats">
      <p className="field__hint">
        {t.stats.intro} {t.stats.generatedAt(formatDateTime(stats.generatedAt))}{' '}
        <span role="status" aria-live="polite" data-live-status="" />
      </p>
      <dl className="facts">
        <div>
          <dt>{t.stats.comments}</dt>
          <dd data-stat="comments">{formatNumber(total)}</dd>
        </div>
        <div>
          <dt>{t.stats.participants}</dt>
          <dd data-stat="participants">{formatNumber(stats.participantCount)}</dd>
        </div>
        <div>
          <dt>{t.stats.answered}</dt>
          <dd data-stat="answered">
            {t.stats.answeredOf(stats.answeredCount, total, share(stats.answeredCount, total))}
          </dd>
        </div>
        <div>
          <dt>{t.stats.general}</dt>
          <dd>{formatNumber(stats.generalComments)}</dd>
        </div>
      </dl>
      <p className="report-links">
        <Link to={searchHref({ draftId })}>{t.stats.searchAll}</Link>
        {stats.status === 'CLOSED' && (
          <>
            {' · '}
            <Link to={reportPath(draftId)}>{t.stats.report}</Link>
          </>
        )}
      </p>
      <div className="charts">
        {stats.timeline.length > 0 && (
          <>
            <TimelineChart
              title={t.stats.timeline}
              days={stats.timeline.map((d) => ({ day: d.day, count: d.comments }))}
              unit={t.stats.unit}
              dayLabel={t.stats.day}
            />
            <TimelineChart
              title={t.stats.newParticipants}
              days={stats.timeline.map((d) => ({ day: d.day, count: d.newParticipants }))}
              unit={t.stats.people}
              dayLabel={t.stats.day}
            />
          </>
        )}
        <BarChart title={t.stats.byStance} unit={t.stats.unit} items={stanceItems} />
        {provinces.length > 0 && (
          <BarChart
            title={t.stats.byProvince}
            unit={t.stats.unit}
            items={[
              ...provinces
                .slice(0, TOP_PROVINCES)
                .map((p) => ({ label: provinceLabel(p.province), value: p.count })),
              ...(rest > 0
                ? [{ label: t.report.otherProvinces, value: rest, tone: 'neutral' as const }]
                : []),
            ]}
          />
        )}
        <BarChart title={t.stats.byDisposition} unit={t.stats.unit} items={dispositions} />
      </div>
      <section aria-labelledby="theo-nguoi">
        <h2 id="theo-nguoi">{t.stats.byKind}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.search.authorKindLabel}</th>
                <th scope="col" className="num">
                  {t.stats.kindComments}
                </th>
                <th scope="col" className="num">
                  {t.stats.kindParticipants}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t.authorKind.INDIVIDUAL}</th>
                <td className="num">{formatNumber(stats.individualComments)}</td>
                <td className="num">{formatNumber(stats.individualParticipants)}</td>
              </tr>
              <tr>
                <th scope="row">{t.authorKind.ORGANIZATION}</th>
                <td className="num">{formatNumber(stats.organizationComments)}</td>
                <td className="num">{formatNumber(stats.organizationParticipants)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="theo-dieu">
        <h2 id="theo-dieu">{t.stats.byArticle}</h2>
        {articles.length === 0 ? (
          <p className="empty">{t.stats.noArticles}</p>
        ) : (
          <>
            <BarChart
              title={t.stats.byArticle}
              unit={t.stats.unit}
              items={articles.slice(0, TOP_ARTICLES).map((a) => ({
                label: a.provision.fullLabel,
                value: a.commentCount,
              }))}
            />
            <div className="table-wrap">
              <table className="table">
                <caption>{t.stats.shareBase(total)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.search.provision}</th>
                    <th scope="col" className="num">
                      {t.stats.kindComments}
                    </th>
                    <th scope="col" className="num">
                      {t.stats.share}
                    </th>
                    <th scope="col" className="num">
                      {t.stats.kindParticipants}
                    </th>
                    <th scope="col" className="num">
                      {t.stats.answered}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {articles.map((a) => (
                    <tr key={a.provision.id}>
                      <th scope="row">
                        <Link to={threadPath(draftId, a.provision.key)}>
                          {a.provision.heading
                            ? `${a.provision.label}. ${a.provision.heading}`
                            : a.provision.label}
                        </Link>
                      </th>
                      <td className="num">
                        <Link to={searchHref({ draftId, provisionKey: a.provision.key })}>
                          {formatNumber(a.commentCount)}
                        </Link>
                      </td>
                      <td className="num">{share(a.commentCount, total)}</td>
                      <td className="num">{formatNumber(a.participantCount)}</td>
                      <td className="num">{formatNumber(a.answeredCount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
