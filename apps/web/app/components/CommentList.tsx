import { Link } from 'react-router';
import type { CommentOrder } from '../gql/graphql';
import { t } from '../i18n';
import { formatNumber } from '../lib/format';
import { CommentCard, type CommentNode } from './CommentCard';

export const ORDER_PARAM = 'sap-xep';
export const AFTER_PARAM = 'sau';
const ORDER_SLUGS: Record<CommentOrder, string> = {
  NEWEST: 'moi-nhat',
  OLDEST: 'cu-nhat',
  MOST_AGREED: 'dong-y',
};

export function orderFromParam(value: string | null): CommentOrder {
  const found = (Object.entries(ORDER_SLUGS) as [CommentOrder, string][]).find(([, slug]) => slug === value);
  return found ? found[0] : 'NEWEST';
}

export interface CommentPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: CommentNode }[];
}

/**
 * A thread's comments, 20 at a time: order links, the list, and "Xem thêm" as a plain link to
 * the next page (the enhancement script appends it in place instead; never infinite scroll).
 */
export function CommentList({
  page,
  order,
  path,
  later,
}: {
  page: CommentPage;
  order: CommentOrder;
  /** The thread's path (without query). */
  path: string;
  /** This is a later page (reached with ?sau=). */
  later: boolean;
}) {
  const orderQuery = order === 'NEWEST' ? '' : `${ORDER_PARAM}=${ORDER_SLUGS[order]}`;
  const next =
    page.pageInfo.hasNextPage && page.pageInfo.endCursor
      ? `${path}?${[orderQuery, `${AFTER_PARAM}=${encodeURIComponent(page.pageInfo.endCursor)}`].filter(Boolean).join('&')}`
      : null;
  return (
    <section className="comments" aria-labelledby="comments-title">
      <div className="comments__head">
        <h2 id="comments-title">
          {t.thread.comments} <span className="muted">({formatNumber(page.totalCount)})</span>
        </h2>
        <nav aria-label={t.thread.order} className="order-links">
          <span className="order-links__label">{t.thread.order}:</span>
          <ul>
            {(Object.keys(ORDER_SLUGS) as CommentOrder[]).map((o) => (
              <li key={o}>
                <Link
                  to={o === 'NEWEST' ? path : `${path}?${ORDER_PARAM}=${ORDER_SLUGS[o]}`}
                  aria-current={o === order ? 'true' : undefined}
                  preventScrollReset
                >
                  {t.thread.orders[o]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {later && (
        <p className="notice notice--muted">
          {t.thread.laterPage}{' '}
          <Link to={orderQuery ? `${path}?${orderQuery}` : path}>{t.common.firstPage}</Link>
        </p>
      )}
      {page.edges.length === 0 ? (
        <p className="empty">{t.thread.empty}</p>
      ) : (
        <ol className="comment-list" data-comment-list="">
          {page.edges.map(({ node }) => (
            <li key={node.id}>
              <CommentCard comment={node} />
            </li>
          ))}
        </ol>
      )}
      {next && (
        <p className="more">
          <a href={next} className="button button--secondary" data-more="" rel="next">
            {t.thread.more}
          </a>
        </p>
      )}
    </section>
  );
}
