import { Link } from 'react-router';
import { DispositionBadge, StanceBadge } from './Badges';
import type { SearchPageQuery } from '../gql/graphql';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { comparePath, commentPath, draftPath, threadPath } from '../lib/paths';

export type SearchHit = SearchPageQuery['searchComments']['hits'][number];

/**
 * One comment found: where it belongs (draft › "Khoản 2 Điều 22"), who wrote it and when,
 * its stance, the matched words highlighted, the agency's answer, its permalink, and for a
 * comment on an earlier version the way to see how that provision changed since.
 */
export function SearchResult({
  hit,
  showDraft = true,
  showCompare = true,
}: {
  hit: SearchHit;
  /** False where the page is the draft's own (its title is the page's). */
  showDraft?: boolean;
  /** False on the compare page itself. */
  showCompare?: boolean;
}) {
  const { comment, highlights, matchedIn } = hit;
  // Said only when the words matched somewhere else than the comment's own text.
  const elsewhere = matchedIn.filter((f) => f !== 'COMMENT');
  const current = comment.draft.currentVersion.number;
  const older = showCompare && comment.provision && comment.versionNumber < current;
  return (
    <li className="result">
      <p className="result__where">
        {showDraft && <Link to={draftPath(comment.draft.id)}>{comment.draft.title}</Link>}
        {comment.provision && (
          <>
            {showDraft && ' › '}
            <Link to={threadPath(comment.draft.id, comment.provision.key)}>
              {comment.provision.fullLabel}
            </Link>
          </>
        )}
      </p>
      <p className="result__meta">
        <strong>{comment.author.organizationName ?? comment.author.displayName}</strong> ·{' '}
        {t.authorKind[comment.author.kind]}
        {comment.author.province ? ` · ${comment.author.province}` : ''} ·{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>{' '}
        {comment.stance && <StanceBadge stance={comment.stance} />}
      </p>
      {elsewhere.length > 0 && (
        <p className="result__matched field__hint">
          {t.search.matchedIn}: {matchedIn.map((f) => t.search.field[f]).join(', ')}
        </p>
      )}
      {highlights.length > 0 ? (
        highlights.map((h, i) => (
          // The API escapes the text; <mark> is its only markup (CommentHit.highlights).
          <p key={i} className="result__snippet" dangerouslySetInnerHTML={{ __html: h }} />
        ))
      ) : (
        <>
          <div className="result__snippet prose" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
          {comment.proposedText && (
            <div className="result__proposal">
              <p className="result__proposal-head">{t.comment.proposed}</p>
              <p>{comment.proposedText}</p>
            </div>
          )}
        </>
      )}
      {comment.response && (
        <div className="result__answer">
          <p className="result__answer-head">
            {t.search.answer}: <DispositionBadge disposition={comment.response.disposition} />
          </p>
          <p>{comment.response.explanation}</p>
        </div>
      )}
      <p className="result__links">
        <Link to={commentPath(comment.id)}>{t.comment.permalink}</Link>
        {older && comment.provision && (
          <>
            {' · '}
            <Link to={comparePath(comment.draft.id, comment.provision.key, comment.versionNumber)}>
              {t.search.compare}
            </Link>{' '}
            <span className="field__hint">({t.search.onVersion(comment.versionNumber)})</span>
          </>
        )}
      </p>
    </li>
  );
}
