import { DispositionBadge, StanceBadge } from './Badges';
import { BarChart, TimelineChart } from './Charts';
import type { ReportPageQuery } from '../gql/graphql';
import { t } from '../i18n';
import { formatNumber } from '../lib/format';
import { commentExcerpt } from '../lib/meta';
import { stanceSummary } from './StanceBar';

type Report = NonNullable<ReportPageQuery['feedbackReport']>;
type Entry = Report['general'][number];

/** Entries shown per provision on the page; the .docx and .csv hold them all. */
const ENTRIES_SHOWN = 20;

/**
 * The feedback report as a page: the figures at a glance (charts with their tables), the
 * per-provision table, and the entries with the agency's answers. Shared by the agency's
 * console (the live report, before publishing) and the public page of a published report.
 */
export function ReportView({ report }: { report: Report }) {
  const share = (value: number) => `${Math.round(value * 1000) / 10}%`.replace('.', ',');
  const s = report.stanceCounts;
  const provinces = [...report.provinces].sort((a, b) => b.count - a.count);
  const top = provinces.slice(0, 10);
  const rest = provinces.slice(10).reduce((n, p) => n + p.count, 0);
  // The report lists every provision of the version; the page shows those that drew comments.
  const commented = report.provisions.filter((p) => p.commentCount > 0);
  const busiest = [...commented].sort((a, b) => b.commentCount - a.commentCount).slice(0, 15);
  return (
    <div className="report">
      <section aria-labelledby="so-lieu">
        <h2 id="so-lieu">{t.report.totals}</h2>
        <dl className="facts">
          <div>
            <dt>{t.report.comments}</dt>
            <dd>{formatNumber(report.commentCount)}</dd>
          </div>
          <div>
            <dt>{t.report.distinct}</dt>
            <dd>{formatNumber(report.distinctCount)}</dd>
          </div>
          <div>
            <dt>{t.report.participants}</dt>
            <dd>{formatNumber(report.participantCount)}</dd>
          </div>
          <div>
            <dt>{t.report.answeredLabel}</dt>
            <dd>{t.report.answered(formatNumber(report.answeredCount), share(report.answeredShare))}</dd>
          </div>
          <div>
            <dt>{t.report.verifiedLabel}</dt>
            <dd>{t.report.verified(formatNumber(report.verifiedComments), share(report.verifiedShare))}</dd>
          </div>
          <div>
            <dt>{t.report.campaignsLabel}</dt>
            <dd>
              {t.report.campaigns(
                formatNumber(report.campaigns.length),
                formatNumber(report.campaignComments),
              )}
            </dd>
          </div>
        </dl>
      </section>
      <div className="charts">
        <BarChart
          title={t.report.byStance}
          unit={t.report.unit}
          items={[
            { label: t.stance.SUPPORT, value: s.support, tone: 'support' },
            { label: t.stance.OPPOSE, value: s.oppose, tone: 'oppose' },
            { label: t.stance.AMEND, value: s.amend, tone: 'amend' },
            { label: t.stance.QUESTION, value: s.question, tone: 'question' },
            { label: t.stance.NEUTRAL, value: s.neutral, tone: 'neutral' },
          ]}
        />
        <BarChart
          title={t.report.byKind}
          unit={t.report.unit}
          items={[
            { label: t.authorKind.INDIVIDUAL, value: report.individualComments },
            { label: t.authorKind.ORGANIZATION, value: report.organizationComments },
          ]}
        />
        {top.length > 0 && (
          <BarChart
            title={t.report.byProvince}
            unit={t.report.unit}
            items={[
              // Senders who did not say their province are counted under a name, never an empty header.
              ...top.map((p) => ({ label: p.province || t.stats.noProvince, value: p.count })),
              ...(rest > 0
                ? [{ label: t.report.otherProvinces, value: rest, tone: 'neutral' as const }]
                : []),
            ]}
          />
        )}
        {busiest.length > 0 && (
          <BarChart
            title={t.report.byArticle}
            unit={t.report.unit}
            items={busiest.map((p) => ({
              label: p.provision.fullLabel,
              value: p.commentCount,
            }))}
          />
        )}
        {report.timeline.length > 0 && (
          <TimelineChart
            title={t.report.byTime}
            days={report.timeline}
            unit={t.report.unit}
            dayLabel={t.report.days}
          />
        )}
      </div>
      <TopicsByProvision provisions={commented} />
      <section aria-labelledby="bang-tong-hop">
        <h2 id="bang-tong-hop">{t.report.perProvision}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t.report.columns.n}
                </th>
                <th scope="col">{t.report.columns.provision}</th>
                <th scope="col" className="num">
                  {t.report.columns.comments}
                </th>
                <th scope="col" className="num">
                  {t.report.columns.answered}
                </th>
              </tr>
            </thead>
            <tbody>
              {commented.map((p, i) => (
                <tr key={p.provision.id}>
                  <td className="num">{i + 1}</td>
                  <th scope="row">
                    {p.provision.fullLabel}
                    {p.provision.heading ? `. ${p.provision.heading}` : ''}
                  </th>
                  <td className="num">{formatNumber(p.commentCount)}</td>
                  <td className="num">{formatNumber(p.answeredCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {report.general.length > 0 && <Entries label={t.report.general} entries={report.general} />}
        {commented.map((p) => (
          <Entries key={p.provision.id} label={p.provision.fullLabel} entries={p.entries} />
        ))}
      </section>
    </div>
  );
}

/** Quoted at most this long in the topic summary; the entries below hold the whole text. */
const TOPIC_EXCERPT = 240;

/**
 * Before the detailed entries, what each article's comments said: its topics as the report
 * holds them (label, size with campaigns counted once, stance mix, the most central comment),
 * "Ý kiến khác" last. Nothing for a report without topics (small consultations, or versions
 * published before topics existed).
 */
function TopicsByProvision({ provisions }: { provisions: readonly Report['provisions'][number][] }) {
  const withTopics = provisions.filter((p) => p.topics.some((topic) => !topic.other));
  if (!withTopics.length) return null;
  return (
    <section aria-labelledby="tom-tat-chu-de" className="report-topics">
      <h2 id="tom-tat-chu-de">{t.report.byTopic}</h2>
      <p className="muted">{t.report.byTopicIntro}</p>
      {withTopics.map((p) => (
        <section key={p.provision.id} aria-labelledby={`chu-de-${p.provision.id}`}>
          <h3 id={`chu-de-${p.provision.id}`}>
            {p.provision.fullLabel}
            {p.provision.heading ? `. ${p.provision.heading}` : ''}
          </h3>
          <ul className="report-topics__list">
            {p.topics.map((topic, i) => (
              <li key={i}>
                <p>
                  <strong>{topic.other ? t.topics.other : capitalised(topic.label)}</strong>:{' '}
                  {t.report.topicSize(formatNumber(topic.size))}{' '}
                  <span className="muted">({stanceSummary(topic.stanceCounts)})</span>
                </p>
                {topic.representativeText && (
                  <blockquote className="report-topics__quote">
                    <p>{commentExcerpt(topic.representativeText, TOPIC_EXCERPT)}</p>
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Topic labels come in lower case (phrases of the comments); a list item starts with a capital. */
function capitalised(label: string): string {
  return label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);
}

function Entries({ label, entries }: { label: string; entries: readonly Entry[] }) {
  if (!entries.length) return null;
  return (
    <details className="report-entries">
      <summary>{t.report.entries(label, entries.length)}</summary>
      <ol>
        {entries.slice(0, ENTRIES_SHOWN).map((e) => (
          <li key={e.commentId}>
            <p>
              {e.stance && <StanceBadge stance={e.stance} />}{' '}
              {t.report.senders(e.senders.join(', '), e.senderCount)}
            </p>
            {e.withdrawn && <p className="muted">{t.report.withdrawn}</p>}
            <p className="report-entries__text">{e.text}</p>
            {e.disposition ? (
              <p className="answer">
                <DispositionBadge disposition={e.disposition} /> {e.explanation}
              </p>
            ) : (
              <p className="muted">{t.report.unanswered}</p>
            )}
          </li>
        ))}
      </ol>
      {entries.length > ENTRIES_SHOWN && (
        <p className="muted">{t.report.more(entries.length - ENTRIES_SHOWN)}</p>
      )}
    </details>
  );
}
