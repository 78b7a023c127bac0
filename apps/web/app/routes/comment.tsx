import { data, Link, useActionData, useLoaderData, useLocation } from 'react-router';
import type { Route } from './+types/comment';
import { CommentCard, ThreadContext, type ThreadSettings } from '../components/CommentCard';
import { LiveRegion } from '../components/LiveRegion';
import { webContext } from '../context';
import { CommentPage } from '../graphql/comments.server';
import { t } from '../i18n';
import { commentAction, type CommentActionData } from '../lib/comment-actions.server';
import { formatDateTime } from '../lib/format';
import { isUuid } from '../lib/ids';
import { commentExcerpt, pageMeta } from '../lib/meta';
import { commentPath, draftPath, draftThreadPath, threadPath } from '../lib/paths';
import { useRootData } from '../lib/root-data';

/**
 * A comment's permalink (`/c/<id>`): the comment in its thread (its parent above, its replies
 * below) and its provision. API clients asking for JSON at the same address keep getting the
 * export row (the API answers them before this page; see apps/api/src/web-client.ts).
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  if (!isUuid(params.commentId)) throw data(null, { status: 404 });
  const after = new URL(request.url).searchParams.get('sau') || undefined;
  const { comment } = await web.api.run(CommentPage, { id: params.commentId, after });
  if (!comment) throw data(null, { status: 404 });
  return { comment, publicUrl: web.publicUrl };
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  if (!isUuid(params.commentId)) throw data(null, { status: 404 });
  const { comment } = await web.api.run(CommentPage, { id: params.commentId });
  if (!comment) throw data(null, { status: 404 });
  return commentAction(request, context, {
    draftId: comment.draft.id,
    provisionId: comment.provision?.id ?? null,
  });
}

export function meta({ data: loaded }: Route.MetaArgs) {
  if (!loaded) return pageMeta(t.errors.notFoundTitle);
  const { comment } = loaded;
  const where = comment.provision
    ? `${comment.provision.label} · ${comment.draft.title}`
    : comment.draft.title;
  const said =
    comment.status === 'PUBLISHED' ? commentExcerpt(comment.body, 180) : statusText(comment.status);
  return pageMeta(`${t.comment.by}: ${comment.author.displayName} · ${where}`, {
    description: said,
    url: `${loaded.publicUrl}${commentPath(comment.id)}`,
    type: 'article',
  });
}

function statusText(status: string): string {
  return status === 'HIDDEN'
    ? t.comment.hidden
    : status === 'WITHDRAWN'
      ? t.comment.withdrawn
      : t.comment.pending;
}

export default function CommentRoute() {
  const { comment } = useLoaderData<typeof loader>();
  const failed = useActionData<CommentActionData>();
  const location = useLocation();
  const signedIn = Boolean(useRootData()?.viewer);
  const threadHref = comment.provision
    ? threadPath(comment.draft.id, comment.provision.key)
    : draftThreadPath(comment.draft.id);
  const settings: ThreadSettings = {
    here: `${location.pathname}${location.search}`,
    open: comment.draft.status === 'OPEN',
    signedIn,
    // The permalink does not know the current version number; mark nothing as "earlier".
    currentVersion: comment.versionNumber,
    provisionText: comment.provision?.text || undefined,
    failed,
  };
  const withReplies = {
    ...comment,
    replies: { totalCount: comment.replies.totalCount, edges: comment.replies.edges },
  };
  return (
    <ThreadContext.Provider value={settings}>
      <div className="page page--narrow page--comment" data-live-draft={comment.draft.id}>
        <nav aria-label={t.site.breadcrumb} className="breadcrumb">
          <ol>
            <li>
              <Link to={draftPath(comment.draft.id)}>{comment.draft.title}</Link>
            </li>
            {comment.provision && (
              <li>
                <Link to={threadHref}>{comment.provision.label}</Link>
              </li>
            )}
            <li aria-current="page">{t.comment.permalink}</li>
          </ol>
        </nav>
        <h1>
          {t.comment.by}: {comment.author.displayName}
          <span className="h1-sub">{formatDateTime(comment.createdAt)}</span>
        </h1>
        {comment.status !== 'PUBLISHED' && (
          <p className="notice notice--info">{statusText(comment.status)}</p>
        )}
        {comment.provision && (
          <details className="provision-quote">
            <summary>
              {comment.provision.label}
              {comment.provision.heading ? `. ${comment.provision.heading}` : ''}
            </summary>
            <p>{comment.provision.text}</p>
          </details>
        )}
        {comment.parent && (
          <div className="parent-comment">
            <CommentCard comment={comment.parent} headingLevel={2} />
          </div>
        )}
        <LiveRegion draftId={comment.draft.id} provisionId={comment.provision?.id ?? null} kind="comment" />
        <CommentCard comment={withReplies} headingLevel={2} />
        {comment.replies.pageInfo.hasNextPage && comment.replies.pageInfo.endCursor && (
          <p className="more">
            <a
              href={`?sau=${encodeURIComponent(comment.replies.pageInfo.endCursor)}`}
              className="button button--secondary"
            >
              {t.common.more}
            </a>
          </p>
        )}
        <p>
          <Link to={`${threadHref}#c-${comment.id}`}>{t.comment.inThread}</Link>
        </p>
      </div>
    </ThreadContext.Provider>
  );
}
