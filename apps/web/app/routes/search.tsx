import { Link, useLoaderData } from 'react-router';
import type { Route } from './+types/search';
import { DispositionBadge, StanceBadge } from '../components/Badges';
import { SearchBox } from '../components/SearchBox';
import { webContext } from '../context';
import { SearchComments } from '../graphql/comments.server';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { pageMeta } from '../lib/meta';
import { commentPath, draftPath, threadPath } from '../lib/paths';

/**
 * Comment search as a plain results list (the journalists' full page with filters and facets
 * builds on this route). The address is the query: `?q=…&sau=<cursor>`.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const after = url.searchParams.get('sau') || undefined;
  if (!q) return { q, result: null, next: null };
  const { searchComments } = await web.api.run(SearchComments, { input: { q, first: 20, after } });
  const next =
    searchComments.pageInfo.hasNextPage && searchComments.pageInfo.endCursor
      ? `?q=${encodeURIComponent(q)}&sau=${encodeURIComponent(searchComments.pageInfo.endCursor)}`
      : null;
  return { q, result: searchComments, next };
}

export function meta({ data: loaded }: Route.MetaArgs) {
  return pageMeta(loaded?.q ? t.search.resultsFor(loaded.q) : t.search.title);
}

export default function Search() {
  const { q, result, next } = useLoaderData<typeof loader>();
  return (
    <div className="page page--narrow">
      <h1>{t.search.title}</h1>
      <SearchBox defaultValue={q} id="tim-trang" />
      <p className="field__hint">{t.search.hint}</p>
      {result && (
        <section aria-labelledby="results-title">
          <h2 id="results-title">
            {t.search.resultsFor(q)}: {t.search.count(result.totalCount, result.totalIsExact)}
          </h2>
          {result.hits.length === 0 ? (
            <p className="empty">{t.search.empty}</p>
          ) : (
            <ol className="results">
              {result.hits.map(({ comment, highlights }) => (
                <li key={comment.id} className="result">
                  <p className="result__where">
                    <Link to={draftPath(comment.draft.id)}>{comment.draft.title}</Link>
                    {comment.provision && (
                      <>
                        {' › '}
                        <Link to={threadPath(comment.draft.id, comment.provision.key)}>
                          {comment.provision.label}
                        </Link>
                      </>
                    )}
                  </p>
                  <p className="result__meta">
                    <strong>{comment.author.displayName}</strong> · {t.authorKind[comment.author.kind]}
                    {comment.author.province ? ` · ${comment.author.province}` : ''} ·{' '}
                    <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>{' '}
                    {comment.stance && <StanceBadge stance={comment.stance} />}
                  </p>
                  {highlights.length > 0 ? (
                    highlights.map((h, i) => (
                      <p key={i} className="result__snippet" dangerouslySetInnerHTML={{ __html: h }} />
                    ))
                  ) : (
                    <div
                      className="result__snippet prose"
                      dangerouslySetInnerHTML={{ __html: comment.bodyHtml }}
                    />
                  )}
                  {comment.response && (
                    <p className="result__answer">
                      <DispositionBadge disposition={comment.response.disposition} />{' '}
                      {comment.response.explanation}
                    </p>
                  )}
                  <p>
                    <Link to={commentPath(comment.id)}>{t.comment.permalink}</Link>
                  </p>
                </li>
              ))}
            </ol>
          )}
          {next && (
            <p className="more">
              <Link to={next} className="button button--secondary" rel="next">
                {t.common.more}
              </Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
