import { Link } from 'react-router';
import type { DraftCardFieldsFragment } from '../gql/graphql';
import { t } from '../i18n';
import { daysUntil, formatDate } from '../lib/format';
import { draftPath } from '../lib/paths';
import { StatusBadge } from './Badges';
import { StanceBar } from './StanceBar';

/** One draft in a list: title, agency, window (with days left while open), totals and stances. */
export function DraftCard({
  draft,
  now,
  headingLevel = 3,
  children,
}: {
  draft: DraftCardFieldsFragment;
  now: Date;
  headingLevel?: 2 | 3;
  children?: React.ReactNode;
}) {
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <article className="draft-card" data-draft-id={draft.id}>
      <p className="draft-card__kind">
        {t.docType[draft.docType]} · {draft.agency.name}
      </p>
      <Heading className="draft-card__title">
        <Link to={draftPath(draft.id)}>{draft.title}</Link>
      </Heading>
      <p className="draft-card__window">
        <StatusBadge status={draft.status} />{' '}
        {draft.status === 'OPEN' && draft.closesAt && (
          <>
            <strong>{t.home.daysLeft(daysUntil(draft.closesAt, now))}</strong>{' '}
            <span className="muted">({t.home.closesOn(formatDate(draft.closesAt))})</span>
          </>
        )}
        {draft.status === 'CLOSED' && (draft.closedAt ?? draft.closesAt) && (
          <span className="muted">{t.home.closedOn(formatDate(draft.closedAt ?? draft.closesAt))}</span>
        )}
        {draft.status === 'SCHEDULED' && draft.opensAt && (
          <span className="muted">{t.drafts.opensOn(formatDate(draft.opensAt))}</span>
        )}
      </p>
      <p className="draft-card__totals">
        <span data-draft-count="">{t.drafts.comments(draft.commentCount)}</span> ·{' '}
        <span>{t.drafts.participants(draft.participantCount)}</span>
      </p>
      {draft.commentCount > 0 && <StanceBar counts={draft.stanceCounts} />}
      {children}
    </article>
  );
}
