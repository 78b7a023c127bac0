import { Link, useLoaderData } from 'react-router';
import type { Route } from './+types/my-comments';
import { DispositionBadge, StanceBadge } from '../components/Badges';
import { webContext } from '../context';
import { MyComments } from '../graphql/account.server';
import { t } from '../i18n';
import { requireSignedIn } from '../lib/auth.server';
import { formatDateTime } from '../lib/format';
import { pageMeta } from '../lib/meta';
import { commentPath, draftPath, threadPath } from '../lib/paths';

/** "Góp ý của tôi": every comment and reply of the signed-in person, any status, with the agency's answers. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  requireSignedIn(web, request);
  const after = new URL(request.url).searchParams.get('sau') || undefined;
  const { myComments } = await web.api.run(MyComments, { after });
  return { page: myComments, later: Boolean(after) };
}

export function meta() {
  return pageMeta(t.account.myComments);
}

export default function MyCommentsPage() {
  const { page, later } = useLoaderData<typeof loader>();
  return (
    <div className="page page--narrow">
      <p>
        <Link to="/tai-khoan">← {t.account.title}</Link>
      </p>
      <h1>{t.account.myComments}</h1>
      <p>{t.account.myCommentsIntro}</p>
      {page.edges.length === 0 ? (
        <p className="empty">{t.account.myCommentsEmpty}</p>
      ) : (
        <ol className="results">
          {page.edges.map(({ node: c }) => (
            <li key={c.id} className="result">
              <p className="result__where">
                <Link to={draftPath(c.draft.id)}>{c.draft.title}</Link>
                {c.provision && (
                  <>
                    {' › '}
                    <Link to={threadPath(c.draft.id, c.provision.key)}>{c.provision.label}</Link>
                  </>
                )}
              </p>
              <p className="result__meta">
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time> · {t.account.statusLabel}:{' '}
                <strong>{t.account.commentStatus[c.status]}</strong>{' '}
                {c.stance && <StanceBadge stance={c.stance} />}
              </p>
              {c.moderationReason && (
                <p className="muted">{t.account.moderationReason(c.moderationReason)}</p>
              )}
              <div className="prose" dangerouslySetInnerHTML={{ __html: c.bodyHtml }} />
              {c.response ? (
                <div className="answer">
                  <p className="answer__head">
                    <strong>{t.comment.answer}</strong>{' '}
                    <DispositionBadge disposition={c.response.disposition} />
                  </p>
                  <p className="answer__text">{c.response.explanation}</p>
                </div>
              ) : (
                <p className="muted">{t.account.noAnswer}</p>
              )}
              <p>
                <Link to={commentPath(c.id)}>{t.comment.permalink}</Link>
              </p>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label={t.common.pagination} className="pager">
        {later && <Link to="?">{t.common.firstPage}</Link>}
        {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
          <Link
            to={`?sau=${encodeURIComponent(page.pageInfo.endCursor)}`}
            rel="next"
            className="button button--secondary"
          >
            {t.common.nextPage}
          </Link>
        )}
      </nav>
    </div>
  );
}
