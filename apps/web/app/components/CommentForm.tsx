import { useContext, useId } from 'react';
import { Link } from 'react-router';
import { t } from '../i18n';
import type { CommentActionData } from '../lib/comment-actions.server';
import { formatDateTime } from '../lib/format';
import { ThreadContext } from './CommentCard';
import { ErrorSummary, Field, PostForm } from './Forms';
import { STANCES } from './StanceBar';
import { WordDiff } from './WordDiff';

const MAX_BODY = 10_000;

/**
 * The posting box (new comment, reply, or an edit of one's own). Works as a plain form post;
 * the enhancement script adds the live character count, the live diff of a proposed wording,
 * in-place submission and a copy of the text kept in the browser until it is sent.
 *
 * Nothing typed is lost: when the post fails (validation, rate limit, closed consultation,
 * expired session) the page comes back with this form open and filled, the message beside the
 * field, and the same idempotency key, so a retried submit still makes one comment.
 */
export function CommentForm({
  mode,
  title,
  parentId,
  commentId,
  initial,
  editableUntil,
  failed,
  newKey,
}: {
  mode: 'new' | 'reply' | 'edit';
  title: string;
  parentId?: string;
  commentId?: string;
  initial?: { body: string; stance: string; proposedText: string };
  editableUntil?: string | null;
  failed?: CommentActionData;
  /** A fresh idempotency key for this rendering of the form (from the loader). */
  newKey?: string;
}) {
  const thread = useContext(ThreadContext);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const prefix = `f${uid}`;
  const values = failed?.values ?? {};
  const body = values.body ?? initial?.body ?? '';
  const stance = values.stance ?? initial?.stance ?? '';
  const withStance = mode !== 'reply';
  const proposal = values.proposedText ?? (initial?.proposedText || thread.provisionText || '');
  const idempotencyKey = values.idempotencyKey ?? newKey ?? '';
  // Asked for when a post needs it (signed out, or the session ended), with the text kept.
  const showSignIn = mode !== 'edit' && Boolean(failed?.needsSignIn);
  const storageKey = `thamvan:${mode}:${thread.here.split('?')[0]}:${parentId ?? commentId ?? ''}`;
  return (
    <PostForm
      action={thread.here}
      enhance="swap"
      className="comment-form"
      aria-labelledby={`${prefix}-title`}
      data-draft-key={mode === 'edit' ? undefined : storageKey}
    >
      <h2 className="comment-form__title" id={`${prefix}-title`}>
        {title}
      </h2>
      {failed?.notice && (
        <p className="notice notice--success" role="status">
          {failed.notice}
        </p>
      )}
      <ErrorSummary idPrefix={prefix} fieldErrors={failed?.fieldErrors} formError={failed?.formError} />
      <input type="hidden" name="intent" value={mode === 'edit' ? 'edit' : 'post'} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {commentId && <input type="hidden" name="commentId" value={commentId} />}
      {mode !== 'edit' && <input type="hidden" name="idempotencyKey" value={idempotencyKey} />}
      {editableUntil && <p className="field__hint">{t.comment.editUntil(formatDateTime(editableUntil))}</p>}
      {withStance && (
        <fieldset className="choices choices--stance" aria-describedby={`${prefix}-stance-hint`}>
          <legend>{t.form.stance}</legend>
          <p className="field__hint" id={`${prefix}-stance-hint`}>
            {t.form.stanceHint}
          </p>
          <label className="choice">
            <input type="radio" name="stance" value="" defaultChecked={stance === ''} />
            {t.stance.none}
          </label>
          {STANCES.map((s) => (
            <label key={s} className="choice">
              <input
                type="radio"
                name="stance"
                value={s}
                defaultChecked={stance === s}
                data-stance-choice={s}
              />
              {t.stance[s]}
            </label>
          ))}
        </fieldset>
      )}
      <Field
        id={`${prefix}-body`}
        label={mode === 'reply' ? t.comment.reply : t.form.body}
        hint={t.form.bodyHint}
        error={failed?.fieldErrors.body}
        extra={{
          id: `${prefix}-count`,
          node: (
            <p className="char-count" id={`${prefix}-count`} data-char-count={MAX_BODY}>
              {t.common.characters(body.length, MAX_BODY)}
            </p>
          ),
        }}
      >
        <textarea name="body" rows={mode === 'reply' ? 3 : 6} maxLength={MAX_BODY} defaultValue={body} />
      </Field>
      {withStance && (
        <div className="proposal-field" data-proposal="">
          <Field
            id={`${prefix}-proposedText`}
            label={t.form.proposed}
            hint={t.form.proposedHint}
            error={failed?.fieldErrors.proposedText}
          >
            <textarea name="proposedText" rows={5} maxLength={MAX_BODY} defaultValue={proposal} />
          </Field>
          {thread.provisionText !== undefined && (
            <div className="proposal-diff" data-diff-base={thread.provisionText} aria-live="off">
              <p className="proposal__title">{t.form.proposedDiff}</p>
              <WordDiff before={thread.provisionText} after={proposal} />
            </div>
          )}
        </div>
      )}
      {showSignIn && (
        <fieldset className="signin-inline">
          <legend>{t.form.signInToComment}</legend>
          <p className="field__hint">{t.form.signInHint}</p>
          <Field id={`${prefix}-email`} label={t.auth.email} error={failed?.fieldErrors.email}>
            <input type="email" name="email" autoComplete="email" defaultValue={values.email ?? ''} />
          </Field>
          <Field id={`${prefix}-password`} label={t.auth.password} error={failed?.fieldErrors.password}>
            <input type="password" name="password" autoComplete="current-password" />
          </Field>
          <p className="form-actions">
            <button type="submit" name="intent" value="signin" className="button button--secondary">
              {t.form.signInAndSend}
            </button>
            <span>
              {t.auth.noAccount}{' '}
              <Link to={`/dang-ky?next=${encodeURIComponent(thread.here)}`}>{t.auth.registerLink}</Link>
            </span>
          </p>
        </fieldset>
      )}
      {!thread.signedIn && !showSignIn && <p className="field__hint">{t.form.signInHint}</p>}
      <p className="form-actions">
        <button type="submit" className="button button--primary" data-sending={t.form.sending}>
          {mode === 'reply' ? t.comment.replySubmit : mode === 'edit' ? t.comment.editSubmit : t.form.submit}
        </button>
      </p>
    </PostForm>
  );
}
