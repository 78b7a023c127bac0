import { Link } from 'react-router';
import { t } from '../i18n';
import { commentExcerpt } from '../lib/meta';
import { commentPath } from '../lib/paths';
import { searchHref } from '../lib/search-params';
import { StanceBar, stanceSummary, type StanceCounts } from './StanceBar';

export interface TopicSummaryItem {
  id: string;
  label: string;
  phrases: string[];
  size: number;
  commentCount: number;
  isOther: boolean;
  stanceCounts: StanceCounts;
  representative: { id: string; body: string; author: { displayName: string } };
}

/** Topics shown at once; the rest fold under a <details> so that the thread stays close. */
const SHOWN = 4;
/** How much of the representative comment the summary quotes. */
const EXCERPT = 220;

/**
 * What people say about a provision (or the draft as a whole), above its thread: each topic's
 * label, its size (a campaign counted once), its stance mix, an excerpt of its most central
 * comment linking to it, and a link to the search page listing its comments (`?chu-de=`).
 * "Ý kiến khác" comes last as a plain sentence, never as a point. Nothing at all before the
 * first topics are built. Server-rendered, no script.
 */
export function TopicSummary({ topics, draftId }: { topics: readonly TopicSummaryItem[]; draftId: string }) {
  const points = topics.filter((topic) => !topic.isOther);
  const other = topics.find((topic) => topic.isOther);
  if (!points.length) return null;
  const grouped = topics.reduce((sum, topic) => sum + topic.size, 0);
  const listHref = (topicId: string) => searchHref({ draftId, topicId });
  const item = (topic: TopicSummaryItem) => (
    <li key={topic.id} className="topic" data-topic={topic.id}>
      <h3 className="topic__label" id={`chu-de-${topic.id}`}>
        {topic.label}
      </h3>
      <p className="topic__facts">
        <strong data-topic-size="">{t.topics.size(topic.size)}</strong>
        {topic.commentCount > topic.size && (
          <span className="muted"> · {t.topics.copies(topic.commentCount)}</span>
        )}
      </p>
      <StanceBar counts={topic.stanceCounts} />
      <p className="topic__stances muted" aria-hidden="true">
        {stanceSummary(topic.stanceCounts)}
      </p>
      {topic.phrases.length > 0 && extraPhrases(topic).length > 0 && (
        <p className="topic__phrases">
          <span className="muted">{t.topics.phrases}:</span> {extraPhrases(topic).join(', ')}
        </p>
      )}
      <figure className="topic__quote">
        <blockquote>
          <p>{commentExcerpt(topic.representative.body, EXCERPT)}</p>
        </blockquote>
        <figcaption className="muted">
          {t.topics.representativeOf(topic.representative.author.displayName)} ·{' '}
          <Link to={commentPath(topic.representative.id)}>{t.topics.readRepresentative}</Link>
        </figcaption>
      </figure>
      <p className="topic__more">
        <Link to={listHref(topic.id)} className="provision-link" data-topic-list="">
          {t.topics.list(topic.commentCount)}
          <span className="sr-only">{t.topics.listOf(topic.label)}</span>
        </Link>
      </p>
    </li>
  );
  const first = points.slice(0, SHOWN);
  const rest = points.slice(SHOWN);
  return (
    <section className="topics" aria-labelledby="topics-title" data-topics="">
      <h2 id="topics-title">{t.topics.title}</h2>
      <p className="muted">{t.topics.intro(points.length, grouped, Boolean(other && other.size > 0))}</p>
      <ol className="topics__list">{first.map(item)}</ol>
      {rest.length > 0 && (
        <details className="topics__rest">
          <summary>{t.topics.more(rest.length)}</summary>
          <ol className="topics__list" start={SHOWN + 1}>
            {rest.map(item)}
          </ol>
        </details>
      )}
      {other && other.size > 0 && (
        <p className="topics__other" data-topic-other={other.id}>
          <strong>{t.topics.other}:</strong> {t.topics.otherText(other.size)}{' '}
          <Link to={listHref(other.id)}>{t.topics.otherList(other.commentCount)}</Link>
        </p>
      )}
    </section>
  );
}

/** The phrases the label does not already say, a few. */
function extraPhrases(topic: TopicSummaryItem): string[] {
  const label = topic.label.toLocaleLowerCase('vi');
  return topic.phrases.filter((p) => !label.includes(p.toLocaleLowerCase('vi'))).slice(0, 4);
}
