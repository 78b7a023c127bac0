import { data, Link, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/moderation';
import { StanceBadge } from '../components/Badges';
import { ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext } from '../context';
import type { ModerationActionKind } from '../gql/graphql';
import { ModerateComment, ModerationQueue } from '../graphql/console.server';
import { t } from '../i18n';
import { requireModerator } from '../lib/console.server';
import { formatDateTime, formatNumber } from '../lib/format';
import { formValues, messagesForApiError, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';
import { commentPath, draftPath, threadPath } from '../lib/paths';

/**
 * The moderators' queue (`moderationQueue`): held and reported comments, longest-waiting
 * first, each with why it is there, where it was posted, its author's record and earlier
 * decisions, and one form to approve, hide or restore it with a reason. After a decision the
 * page comes back at the same place in the queue, at the item that followed. New items are
 * counted live (`subscribe { moderation: true }`, app/enhance/live.ts), never inserted.
 */
const ACTIONS: Record<string, ModerationActionKind[]> = {
  PENDING: ['APPROVE', 'HIDE'],
  PUBLISHED: ['APPROVE', 'HIDE'],
  HIDDEN: ['RESTORE', 'HIDE'],
};

export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  await requireModerator(web, request);
  const url = new URL(request.url);
  const after = url.searchParams.get('sau') || undefined;
  const { moderationQueue } = await web.api.run(ModerationQueue, { after });
  return { queue: moderationQueue, later: Boolean(after), decided: url.searchParams.get('da-quyet-dinh') };
}

type ActionData = FormState & { id: string };

export async function action({ request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  await requireModerator(web, request);
  const form = await request.formData();
  const values = formValues(form);
  const id = values.id ?? '';
  const action = (['APPROVE', 'HIDE', 'RESTORE'] as const).find((a) => a === values.action);
  const reason = (values.reason ?? '').trim();
  const fail = (state: Omit<FormState, 'values'>, error?: unknown) =>
    data<ActionData>({ ...state, values, id }, { status: statusFor(state, error) });
  if (!action || !id) throw data(null, { status: 400 });
  if (!reason) return fail({ fieldErrors: { reason: t.moderation.reasonRequired } });
  try {
    await web.api.run(ModerateComment, { id, action, reason });
  } catch (error) {
    return fail(
      messagesForApiError(error, { reason: { name: 'reason', message: t.moderation.reasonRequired } }),
      error,
    );
  }
  // Back to the same page of the queue, at the item that followed the one decided.
  const here = new URL(request.url);
  here.searchParams.set('da-quyet-dinh', action);
  throw redirect(`${here.pathname}${here.search}${values.next ? `#m-${values.next}` : ''}`, 303);
}

export function meta() {
  return pageMeta(t.moderation.title);
}

export default function ModerationPage() {
  const { queue, later, decided } = useLoaderData<typeof loader>();
  const failed = useActionData<ActionData>();
  const items = queue.edges.map((e) => e.node);
  return (
    <div className="page page--console">
      <h1>{t.moderation.title}</h1>
      <p>{t.moderation.intro}</p>
      {decided && t.moderation.decided[decided] && (
        <p className="notice notice--success" role="status">
          {t.moderation.decided[decided]}
        </p>
      )}
      <div className="live" data-live-moderation="" aria-live="polite">
        <p>
          <strong>{t.moderation.count(formatNumber(queue.totalCount))}</strong> <span data-live-status="" />{' '}
          <a href="?" data-live-reload="" hidden>
            {t.moderation.reload}
          </a>
        </p>
      </div>
      {items.length === 0 ? (
        <p className="empty">{t.moderation.empty}</p>
      ) : (
        <ol className="queue">
          {items.map((c, i) => {
            const m = c.moderation;
            const mine = failed?.id === c.id ? failed : undefined;
            const next = items[i + 1]?.id ?? '';
            return (
              <li key={c.id} id={`m-${c.id}`} className="queue-item card" tabIndex={-1}>
                <h2 className="queue-item__title">
                  {c.author.displayName}
                  {c.author.province && <span className="muted"> · {c.author.province}</span>}
                </h2>
                <p className="muted">
                  {t.moderation.where}: <Link to={draftPath(c.draft.id)}>{c.draft.title}</Link>
                  {c.provision && (
                    <>
                      {' › '}
                      <Link to={threadPath(c.draft.id, c.provision.key)}>{c.provision.fullLabel}</Link>
                    </>
                  )}{' '}
                  · <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>{' '}
                  {c.stance && <StanceBadge stance={c.stance} />}
                </p>
                <p>
                  <strong>{t.moderation.status(t.account.commentStatus[c.status])}</strong>
                  {m?.queuedAt && (
                    <span className="muted"> · {t.moderation.queuedAt(formatDateTime(m.queuedAt))}</span>
                  )}
                </p>
                {m && (m.flagCount > 0 || m.screeningFindings.length > 0) && (
                  <div className="queue-item__why">
                    <h3>{t.moderation.why}</h3>
                    <ul>
                      {m.screeningFindings.map((f) => (
                        <li key={`${f.kind}-${f.rule}`}>
                          {t.moderation.finding[f.kind] ?? f.kind}
                          {f.detail ? `: ${f.detail}` : ''}
                          {f.count > 1 ? ` (${formatNumber(f.count)})` : ''}
                        </li>
                      ))}
                      {m.flagCount > 0 && (
                        <li>
                          {t.moderation.flags(m.flagCount)}:{' '}
                          {m.flagReasons
                            .map(
                              (r) =>
                                `${t.moderation.flagReason[r.reason] ?? r.reason} (${formatNumber(r.count)})`,
                            )
                            .join(', ')}
                          {m.flagNotes.length > 0 && (
                            <ul>
                              {m.flagNotes.map((note, k) => (
                                <li key={k}>“{note}”</li>
                              ))}
                            </ul>
                          )}
                        </li>
                      )}
                    </ul>
                  </div>
                )}
                <blockquote className="queue-item__text">
                  <p>{c.body}</p>
                  {c.proposedText && <p className="triage-item__proposal">{c.proposedText}</p>}
                </blockquote>
                {m && (
                  <p className="muted">{t.moderation.history(m.authorCommentCount, m.authorHiddenCount)}</p>
                )}
                {m && m.decisions.length > 0 && (
                  <details>
                    <summary>{t.moderation.decisions}</summary>
                    <ul>
                      {m.decisions.map((d, k) => (
                        <li key={k}>
                          <time dateTime={d.decidedAt}>{formatDateTime(d.decidedAt)}</time> ·{' '}
                          {t.moderation.action[d.action] ?? d.action}
                          {d.automatic ? ` (${t.moderation.automatic})` : ''}: {d.reason}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                <PostForm className="stack-form queue-item__form" noValidate>
                  <input type="hidden" name="id" value={c.id} />
                  <input type="hidden" name="next" value={next} />
                  <ErrorSummary
                    idPrefix={`m-${c.id}`}
                    fieldErrors={mine?.fieldErrors}
                    formError={mine?.formError}
                  />
                  <Field
                    id={`m-${c.id}-reason`}
                    label={t.moderation.reason}
                    hint={t.moderation.reasonHint}
                    error={mine?.fieldErrors.reason}
                  >
                    <textarea
                      name="reason"
                      rows={2}
                      maxLength={1000}
                      defaultValue={mine?.values.reason ?? ''}
                    />
                  </Field>
                  <p className="form-actions">
                    {(ACTIONS[c.status] ?? []).map((a) => (
                      <button
                        key={a}
                        type="submit"
                        name="action"
                        value={a}
                        className={a === 'HIDE' ? 'button button--danger' : 'button button--secondary'}
                      >
                        {t.moderation.action[a]}
                      </button>
                    ))}{' '}
                    <Link to={commentPath(c.id)}>{t.comment.permalink}</Link>
                  </p>
                </PostForm>
              </li>
            );
          })}
        </ol>
      )}
      <nav aria-label={t.console.pagination} className="pager">
        {later && <Link to="?">{t.console.firstPage}</Link>}
        {queue.pageInfo.hasNextPage && queue.pageInfo.endCursor && (
          <Link to={`?sau=${encodeURIComponent(queue.pageInfo.endCursor)}`}>{t.console.nextPage}</Link>
        )}
      </nav>
    </div>
  );
}
