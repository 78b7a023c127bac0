import { createContext, useContext } from 'react';
import { Link } from 'react-router';
import type { CommentFieldsFragment, FlagReason } from '../gql/graphql';
import { t } from '../i18n';
import type { CommentActionData } from '../lib/comment-actions.server';
import { formatDateTime } from '../lib/format';
import { DispositionBadge, StanceBadge } from './Badges';
import { CommentForm } from './CommentForm';
import { ErrorSummary, Field, PostForm } from './Forms';
import { WordDiff } from './WordDiff';

export type CommentNode = CommentFieldsFragment & {
  replies?: { totalCount: number; edges: { node: CommentNode }[] };
};

/** What every comment on a page shares: where its forms post, and whether it may take new ones. */
export interface ThreadSettings {
  /** Path and query of this page: forms post here and come back here. */
  here: string;
  /** The consultation takes comments, replies and edits. */
  open: boolean;
  signedIn: boolean;
  currentVersion: number;
  /** The provision's text, to show proposed wording as a diff against it. */
  provisionText?: string;
  /** The last comment form that failed, to show it again, filled and with its messages. */
  failed?: CommentActionData;
}

export const ThreadContext = createContext<ThreadSettings>({
  here: '/',
  open: false,
  signedIn: false,
  currentVersion: 1,
});

const FLAG_REASONS: FlagReason[] = ['SPAM', 'ABUSE', 'PERSONAL_DATA', 'OFF_TOPIC', 'OTHER'];

/**
 * One comment: who wrote it (public name, kind, province, verified), what they said, the
 * agency's answer under it, the actions a reader may take (each a plain form, opened with
 * <details> so it works without scripts) and its replies, three levels deep.
 */
export function CommentCard({
  comment,
  headingLevel = 3,
}: {
  comment: CommentNode;
  headingLevel?: 2 | 3 | 4 | 5;
}) {
  const thread = useContext(ThreadContext);
  const c = comment;
  const failed = thread.failed?.target === c.id ? thread.failed : undefined;
  const removed = c.status === 'HIDDEN' || c.status === 'WITHDRAWN';
  const Heading = `h${headingLevel}` as 'h3';
  const replies = c.replies?.edges.map((e) => e.node) ?? [];
  // Replies not shown here (beyond the first few, or below the levels this page loads) are on
  // the comment's permalink page.
  const hiddenReplies = c.replies ? c.replies.totalCount - replies.length : c.replyCount;
  return (
    <article
      className={`comment comment--${c.status.toLowerCase()}${c.viewerIsAuthor ? ' comment--mine' : ''}`}
      id={`c-${c.id}`}
      aria-labelledby={`c-${c.id}-author`}
      data-comment-id={c.id}
      data-depth={c.depth}
    >
      <header className="comment__head">
        <Heading className="comment__author" id={`c-${c.id}-author`}>
          {c.author.displayName}
          {c.viewerIsAuthor && <span className="comment__mine"> ({t.comment.yours})</span>}
        </Heading>
        <p className="comment__meta">
          <span>
            {t.authorKind[c.author.kind]}
            {c.author.organizationName ? `: ${c.author.organizationName}` : ''}
          </span>
          {c.author.province && <span>{c.author.province}</span>}
          {c.author.verified && (
            <span className="verified" title={t.comment.verifiedTitle}>
              <span aria-hidden="true">✓ </span>
              {t.comment.verified}
            </span>
          )}
          <a
            href={`/c/${c.id}`}
            className="comment__time"
            aria-label={`${t.comment.permalinkTitle}: ${formatDateTime(c.createdAt)}`}
          >
            <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
          </a>
          {c.editedAt && <span className="muted">({t.comment.edited})</span>}
          {c.versionNumber !== thread.currentVersion && (
            <span className="badge badge--version">{t.thread.earlierVersion(c.versionNumber)}</span>
          )}
        </p>
      </header>
      {c.stance && !removed && (
        <p className="comment__stance">
          <StanceBadge stance={c.stance} />
        </p>
      )}
      {c.status === 'HIDDEN' && <p className="notice notice--muted">{t.comment.hidden}</p>}
      {c.status === 'WITHDRAWN' && <p className="notice notice--muted">{t.comment.withdrawn}</p>}
      {c.status === 'PENDING' && <p className="notice notice--info">{t.comment.pending}</p>}
      {c.moderationReason && c.viewerIsAuthor && (
        <p className="notice notice--muted">{t.account.moderationReason(c.moderationReason)}</p>
      )}
      {c.bodyHtml && <div className="comment__body prose" dangerouslySetInnerHTML={{ __html: c.bodyHtml }} />}
      {c.proposedText && (
        <div className="proposal">
          <p className="proposal__title">{t.comment.proposed}</p>
          {thread.provisionText ? (
            <WordDiff before={thread.provisionText} after={c.proposedText} />
          ) : (
            <p className="proposal__text">{c.proposedText}</p>
          )}
        </div>
      )}
      {c.response && (
        <section className="answer" aria-label={t.comment.answer} data-answer="">
          <p className="answer__head">
            <strong>{t.comment.answer}</strong> <DispositionBadge disposition={c.response.disposition} />
          </p>
          <p className="answer__text">{c.response.explanation}</p>
          <p className="answer__time muted">
            <time dateTime={c.response.respondedAt}>
              {t.comment.answeredAt(formatDateTime(c.response.respondedAt))}
            </time>
          </p>
        </section>
      )}
      {failed?.formError &&
        failed.intent !== 'post' &&
        failed.intent !== 'edit' &&
        failed.intent !== 'flag' && (
          <p className="field__error" role="alert">
            {failed.formError}
          </p>
        )}
      {!removed && <CommentActions comment={c} failed={failed} />}
      {replies.length > 0 && (
        <ol className="replies" aria-label={t.thread.replies(c.replies?.totalCount ?? replies.length)}>
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentCard
                comment={reply}
                headingLevel={headingLevel < 5 ? ((headingLevel + 1) as 3 | 4 | 5) : 5}
              />
            </li>
          ))}
        </ol>
      )}
      {hiddenReplies > 0 && (
        <p className="replies__more">
          <Link to={`/c/${c.id}`}>
            {replies.length ? t.thread.moreReplies(hiddenReplies) : t.thread.seeReplies(hiddenReplies)}
          </Link>
        </p>
      )}
    </article>
  );
}

function CommentActions({ comment: c, failed }: { comment: CommentNode; failed?: CommentActionData }) {
  const thread = useContext(ThreadContext);
  const agreed = c.myReaction === 'AGREE';
  const disagreed = c.myReaction === 'DISAGREE';
  // The counts are folded from the reactions by the outbox a moment after each one; the
  // reader's own reaction is already there. A page drawn in between (a reload right after the
  // click, or the redirect back without JavaScript) must not say "Đồng ý, 0 người" pressed.
  const agreeCount = Math.max(c.agreeCount, agreed ? 1 : 0);
  const disagreeCount = Math.max(c.disagreeCount, disagreed ? 1 : 0);
  return (
    <div className="comment__actions">
      {c.viewerIsAuthor || c.status !== 'PUBLISHED' ? (
        <p className="reactions reactions--static">
          <span>{t.comment.agree(agreeCount)}</span>
          <span>{t.comment.disagree(disagreeCount)}</span>
        </p>
      ) : (
        <PostForm action={thread.here} className="reactions" enhance="react">
          <input type="hidden" name="intent" value="react" />
          <input type="hidden" name="commentId" value={c.id} />
          <button
            type="submit"
            name="reaction"
            value={agreed ? 'NONE' : 'AGREE'}
            aria-pressed={agreed}
            className="reaction reaction--agree"
            data-reaction="AGREE"
            aria-label={t.comment.agree(agreeCount)}
          >
            {t.comment.agreeShort} <span data-count="">{agreeCount}</span>
          </button>
          <button
            type="submit"
            name="reaction"
            value={disagreed ? 'NONE' : 'DISAGREE'}
            aria-pressed={disagreed}
            className="reaction reaction--disagree"
            data-reaction="DISAGREE"
            aria-label={t.comment.disagree(disagreeCount)}
          >
            {t.comment.disagreeShort} <span data-count="">{disagreeCount}</span>
          </button>
        </PostForm>
      )}
      <div className="comment__tools">
        {thread.open && c.status === 'PUBLISHED' && (
          <details className="tool" open={failed?.intent === 'post' || undefined}>
            <summary>{t.comment.reply}</summary>
            <CommentForm
              mode="reply"
              parentId={c.id}
              title={t.comment.replyTo(c.author.displayName)}
              failed={failed?.intent === 'post' ? failed : undefined}
            />
          </details>
        )}
        {c.viewerCanEdit && (
          <details className="tool" open={failed?.intent === 'edit' || undefined}>
            <summary>{t.comment.edit}</summary>
            <CommentForm
              mode="edit"
              commentId={c.id}
              title={t.comment.editTitle}
              initial={{ body: c.body, stance: c.stance ?? '', proposedText: c.proposedText ?? '' }}
              editableUntil={c.editableUntil}
              failed={failed?.intent === 'edit' ? failed : undefined}
            />
          </details>
        )}
        {c.viewerIsAuthor && c.status !== 'WITHDRAWN' && (
          <details className="tool">
            <summary>{t.comment.withdraw}</summary>
            <PostForm action={thread.here} className="tool__form" enhance="swap">
              <input type="hidden" name="intent" value="withdraw" />
              <input type="hidden" name="commentId" value={c.id} />
              <p>{t.comment.withdrawConfirm}</p>
              <button type="submit" className="button button--danger">
                {t.comment.withdrawSubmit}
              </button>
            </PostForm>
          </details>
        )}
        {!c.viewerIsAuthor && c.status === 'PUBLISHED' && (
          <details className="tool" open={failed?.intent === 'flag' || undefined}>
            <summary>{t.comment.flag}</summary>
            <FlagForm commentId={c.id} failed={failed?.intent === 'flag' ? failed : undefined} />
          </details>
        )}
      </div>
    </div>
  );
}

function FlagForm({ commentId, failed }: { commentId: string; failed?: CommentActionData }) {
  const thread = useContext(ThreadContext);
  const prefix = `flag-${commentId}`;
  const chosen = failed?.values.reason ?? 'SPAM';
  return (
    <PostForm action={thread.here} className="tool__form" enhance="swap">
      <ErrorSummary idPrefix={prefix} fieldErrors={failed?.fieldErrors} formError={failed?.formError} />
      <input type="hidden" name="intent" value="flag" />
      <input type="hidden" name="commentId" value={commentId} />
      <fieldset className="choices">
        <legend>{t.comment.flagReason}</legend>
        {FLAG_REASONS.map((reason) => (
          <label key={reason} className="choice">
            <input type="radio" name="reason" value={reason} defaultChecked={reason === chosen} />
            {t.comment.flagReasons[reason]}
          </label>
        ))}
      </fieldset>
      <Field
        id={`${prefix}-note`}
        label={`${t.comment.flagNote} ${t.common.optional}`}
        error={failed?.fieldErrors.note}
      >
        <textarea name="note" rows={2} maxLength={1000} defaultValue={failed?.values.note ?? ''} />
      </Field>
      <button type="submit" className="button">
        {t.comment.flagSubmit}
      </button>
    </PostForm>
  );
}
