import { data, Link, useActionData, useLoaderData, useLocation } from 'react-router';
import type { Route } from './+types/thread';
import { StatusBadge } from '../components/Badges';
import { ThreadContext, type ThreadSettings } from '../components/CommentCard';
import { CommentForm } from '../components/CommentForm';
import { AFTER_PARAM, CommentList, orderFromParam, ORDER_PARAM } from '../components/CommentList';
import { LiveRegion } from '../components/LiveRegion';
import { ProvisionText } from '../components/ProvisionText';
import { StanceBar } from '../components/StanceBar';
import { TopicSummary } from '../components/TopicSummary';
import { webContext } from '../context';
import { DraftThread, ProvisionComments, ProvisionRef, ThreadHead } from '../graphql/comments.server';
import { t } from '../i18n';
import { commentAction, type CommentActionData } from '../lib/comment-actions.server';
import { formatDate } from '../lib/format';
import { isUuid } from '../lib/ids';
import { excerpt, pageMeta } from '../lib/meta';
import { anchorOf, draftPath, threadPath } from '../lib/paths';
import { useRootData } from '../lib/root-data';

const PAGE_SIZE = 20;

/**
 * A thread: the comments on one article, clause or point (`/du-thao/<id>/<key>`), or on the
 * draft as a whole (`/du-thao/<id>/gop-y-chung`), with the posting box above them and, once
 * they are built, its topics (what people say, grouped by point) between the box and the list.
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const draftId = params.draftId;
  if (!isUuid(draftId)) throw data(null, { status: 404 });
  const url = new URL(request.url);
  const order = orderFromParam(url.searchParams.get(ORDER_PARAM));
  const after = url.searchParams.get(AFTER_PARAM) || undefined;
  const key = 'draft-thread' === routeIdOf(params) ? null : (params['*'] ?? '').replace(/\/+$/, '');
  const newKey = crypto.randomUUID();
  if (key === null) {
    const { draft } = await web.api.run(DraftThread, {
      id: draftId,
      first: PAGE_SIZE,
      after,
      orderBy: order,
    });
    if (!draft) throw data(null, { status: 404 });
    return {
      draft,
      provision: null,
      comments: draft.comments,
      stanceCounts: draft.stanceCounts,
      topics: draft.topics,
      currentVersion: null as number | null,
      order,
      later: Boolean(after),
      newKey,
      publicUrl: web.publicUrl,
    };
  }
  const head = await web.api.run(ThreadHead, { draftId, key });
  const provision = head.draft?.currentVersion.provision;
  if (!head.draft || !provision) throw data(null, { status: 404 });
  const { provision: withComments } = await web.api.run(ProvisionComments, {
    id: provision.id,
    first: PAGE_SIZE,
    after,
    orderBy: order,
  });
  if (!withComments) throw data(null, { status: 404 });
  return {
    draft: head.draft,
    provision,
    comments: withComments.comments,
    stanceCounts: provision.stanceCounts,
    topics: provision.topics,
    currentVersion: head.draft.currentVersion.number as number | null,
    order,
    later: Boolean(after),
    newKey,
    publicUrl: web.publicUrl,
  };
}

/** The two route ids share this module; the splat is absent on the whole-draft thread. */
function routeIdOf(params: Record<string, string | undefined>): 'draft-thread' | 'provision-thread' {
  return params['*'] === undefined ? 'draft-thread' : 'provision-thread';
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  const draftId = params.draftId;
  if (!isUuid(draftId)) throw data(null, { status: 404 });
  let provisionId: string | null = null;
  if (routeIdOf(params) === 'provision-thread') {
    const { draft } = await web.api.run(ProvisionRef, {
      draftId,
      key: (params['*'] ?? '').replace(/\/+$/, ''),
    });
    provisionId = draft?.currentVersion.provision?.id ?? null;
    if (!provisionId) throw data(null, { status: 404 });
  }
  return commentAction(request, context, { draftId, provisionId });
}

export function meta({ data: loaded }: Route.MetaArgs) {
  if (!loaded) return pageMeta(t.errors.notFoundTitle);
  const { draft, provision } = loaded;
  const url = `${loaded.publicUrl}${provision ? threadPath(draft.id, provision.key) : `${draftPath(draft.id)}/gop-y-chung`}`;
  return provision
    ? pageMeta(`${headingOf(provision)} · ${draft.title}`, {
        description: provision.text ? excerpt(provision.text, 200) : draft.title,
        url,
        type: 'article',
      })
    : pageMeta(`${t.thread.whole} · ${draft.title}`, { url, type: 'article' });
}

function headingOf(provision: { label: string; heading?: string | null }): string {
  return provision.heading ? `${provision.label}. ${provision.heading}` : provision.label;
}

export default function ThreadPage() {
  const loaded = useLoaderData<typeof loader>();
  const failed = useActionData<CommentActionData>();
  const location = useLocation();
  const { draft, provision, comments, stanceCounts } = loaded;
  const path = provision ? threadPath(draft.id, provision.key) : `${draftPath(draft.id)}/gop-y-chung`;
  const settings: ThreadSettings = {
    here: `${location.pathname}${location.search}`,
    open: draft.status === 'OPEN',
    signedIn: useSignedIn(),
    currentVersion: loaded.currentVersion ?? Number.MAX_SAFE_INTEGER,
    provisionText: provision?.text || undefined,
    failed,
  };
  const title = provision ? headingOf(provision) : t.thread.whole;
  return (
    <ThreadContext.Provider value={settings}>
      <div className="page page--thread" data-live-draft={draft.id} data-live-provision={provision?.id ?? ''}>
        <nav aria-label={t.site.breadcrumb} className="breadcrumb">
          <ol>
            <li>
              <Link to="/du-thao">{t.site.nav.drafts}</Link>
            </li>
            <li>
              <Link to={draftPath(draft.id)}>{draft.title}</Link>
            </li>
            <li aria-current="page">{provision ? provision.label : t.thread.whole}</li>
          </ol>
        </nav>
        <header className="thread-head">
          <h1>{title}</h1>
          <p className="thread-head__meta">
            <StatusBadge status={draft.status} /> <span>{draft.agency.name}</span>
            {draft.closesAt && draft.status === 'OPEN' && (
              <span>{t.home.closesOn(formatDate(draft.closesAt))}</span>
            )}
          </p>
          <p className="thread-head__count" data-thread-count="">
            {t.draft.commentCount(comments.totalCount)}
          </p>
          <StanceBar counts={stanceCounts} legend />
        </header>
        {provision && (
          <section className="provision-text" aria-labelledby="provision-text-title">
            <h2 id="provision-text-title" className="sr-only">
              {t.thread.provisionText}
            </h2>
            <ProvisionText text={provision.text} />
            {provision.children.length > 0 && (
              <ol className="provision-children" aria-label={t.thread.children}>
                {provision.children.map((child) => (
                  <li key={child.id}>
                    <p>
                      <strong>{child.label}.</strong> {child.heading ? `${child.heading}. ` : ''}
                      {child.text}
                    </p>
                    <Link to={threadPath(draft.id, child.key)} className="provision-link">
                      {child.commentCount > 0
                        ? t.draft.commentCountOn(child.commentCount, child.label)
                        : t.draft.commentOn(child.label)}
                    </Link>
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}
        <LiveRegion draftId={draft.id} provisionId={provision?.id ?? null} kind="thread" />
        {draft.status === 'OPEN' ? (
          <CommentForm
            mode="new"
            title={provision ? t.form.titleOn(provision.label) : t.form.title}
            failed={failed?.target === 'new' ? failed : undefined}
            newKey={loaded.newKey}
          />
        ) : (
          <p className="notice notice--info">
            {draft.status === 'CLOSED'
              ? t.draft.closedNotice(formatDate(draft.closesAt))
              : draft.opensAt
                ? t.draft.scheduledNotice(formatDate(draft.opensAt))
                : t.form.notOpen}
          </p>
        )}
        <TopicSummary topics={loaded.topics} draftId={draft.id} />
        <CommentList page={comments} order={loaded.order} path={path} later={loaded.later} />
        <p>
          <Link to={`${draftPath(draft.id)}${provision ? backToText(provision.key) : ''}`}>
            ← {t.thread.toDraft}
          </Link>{' '}
          <span className="muted">({t.draft.commentCount(draft.commentCount)})</span>
        </p>
      </div>
    </ThreadContext.Provider>
  );
}

/** The provision in the draft's text: on its chapter's page when the law is read a chapter at a time. */
function backToText(key: string): string {
  const chapter = /^(.*?chuong-[^/]+)/.exec(key)?.[1];
  return `${chapter ? `?chuong=${encodeURIComponent(chapter)}` : ''}#${anchorOf(key)}`;
}

/** The root loader knows who is signed in; forms need only whether someone is. */
function useSignedIn(): boolean {
  return Boolean(useRootData()?.viewer);
}
