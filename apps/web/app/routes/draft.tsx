import { data, Form, Link, redirect, useLoaderData } from 'react-router';
import type { Route } from './+types/draft';
import { StatusBadge } from '../components/Badges';
import { LawText, Outline } from '../components/LawText';
import { LiveRegion } from '../components/LiveRegion';
import { StanceBar } from '../components/StanceBar';
import { ChangeList } from '../components/ChangeList';
import { webContext } from '../context';
import {
  DraftDiff,
  DraftPage,
  DraftText,
  DraftVersionPage,
  FollowDraft,
  UnfollowDraft,
} from '../graphql/drafts.server';
import { PostForm } from '../components/Forms';
import { requireSignedIn } from '../lib/auth.server';
import { formValues } from '../lib/forms.server';
import { NOTICES, withNotice } from '../lib/notices';
import { t } from '../i18n';
import { consultationWindow, formatDate, formatNumber } from '../lib/format';
import { isUuid } from '../lib/ids';
import { excerpt, pageMeta } from '../lib/meta';
import { buildOutline, countArticles } from '../lib/outline';
import { anchorOf, comparePath, draftPath, draftThreadPath, reportPath, statsPath } from '../lib/paths';
import { searchHref } from '../lib/search-params';

export const VERSION_PARAM = 'phien-ban';
export const DIFF_PARAM = 'so-sanh';
export const CHAPTER_PARAM = 'chuong';
export const WHOLE_PARAM = 'toan-van';
/**
 * Above this many articles the text is read a chapter at a time (the outline still lists
 * everything): a 200-article law is 2 MB of HTML in one page, and even the 43 articles of the
 * Cybersecurity Law (140 KB) are more than a cheap phone lays out without stalling (Lighthouse,
 * docs/benchmarks.md). `?toan-van=1` shows it all (printing, searching the page).
 */
export const ONE_PAGE_ARTICLES = 30;

/**
 * The draft page: what it is, who drafts it, its window and totals, then its text by
 * structure with counts per provision, the version switcher and the diff between versions.
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  if (!isUuid(params.draftId)) throw data(null, { status: 404 });
  const url = new URL(request.url);
  const requested = Number(url.searchParams.get(VERSION_PARAM) ?? NaN);
  let draft;
  let version;
  let currentNumber: number;
  if (Number.isInteger(requested) && requested > 0) {
    const result = await web.api.run(DraftVersionPage, { id: params.draftId, number: requested });
    if (!result.draft || !result.draft.version) throw data(null, { status: 404 });
    draft = result.draft;
    version = result.draft.version;
    currentNumber = result.draft.currentVersion.number;
  } else {
    const result = await web.api.run(DraftPage, { id: params.draftId });
    if (!result.draft) throw data(null, { status: 404 });
    draft = result.draft;
    version = result.draft.currentVersion;
    currentNumber = version.number;
  }
  const structure = buildOutline(version.structure);
  const articleCount = countArticles(structure);
  const chapters = version.structure.filter((p) => p.kind === 'CHAPTER');
  const split = articleCount > ONE_PAGE_ARTICLES && chapters.length > 1 && !url.searchParams.has(WHOLE_PARAM);
  const chapter = split
    ? (chapters.find((c) => c.key === url.searchParams.get(CHAPTER_PARAM)) ?? chapters[0])
    : null;
  const versions = [...draft.versions].filter((v) => v.publishedAt).sort((a, b) => a.number - b.number);
  const previous = versions.filter((v) => v.number < version.number).at(-1);
  const [text, diff] = await Promise.all([
    web.api.run(DraftText, { id: draft.id, number: version.number, under: chapter?.key }),
    url.searchParams.has(DIFF_PARAM) && previous
      ? web.api.run(DraftDiff, { from: previous.id, to: version.id })
      : null,
  ]);
  const body = buildOutline(text.draft?.version?.provisions ?? []);
  const chapterIndex = chapter ? chapters.indexOf(chapter) : -1;
  const { structure: _structure, ...head } = version;
  return {
    draft,
    version: head,
    outline: structure,
    body,
    articleCount,
    chapter: chapter && {
      key: chapter.key,
      title: chapter.heading ? `${chapter.label}. ${chapter.heading}` : chapter.label,
      /** Where this chapter sits (its Phần), for the reader's bearings. */
      within: ancestorsOf(version.structure, chapter.parentId ?? null),
      previous: chapterIndex > 0 ? chapters[chapterIndex - 1].key : null,
      next: chapterIndex < chapters.length - 1 ? chapters[chapterIndex + 1].key : null,
      chapterOf: Object.fromEntries(
        version.structure.map((p) => [
          p.key,
          chapters.find((c) => p.key === c.key || p.key.startsWith(`${c.key}/`))?.key ?? null,
        ]),
      ),
    },
    versions,
    currentNumber,
    previousNumber: previous?.number ?? null,
    diff: diff && previous ? { from: previous.number, changes: diff.draftDiff } : null,
    publicUrl: web.publicUrl,
  };
}

/**
 * Follow or unfollow the draft (mails at its milestones). Signed out: to the sign-in page,
 * then back here to press the button again.
 */
export async function action({ params, request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  if (!isUuid(params.draftId)) throw data(null, { status: 404 });
  requireSignedIn(web, request);
  const { intent } = formValues(await request.formData());
  if (intent !== 'follow' && intent !== 'unfollow') throw data(null, { status: 400 });
  if (intent === 'follow') await web.api.run(FollowDraft, { draftId: params.draftId });
  else await web.api.run(UnfollowDraft, { draftId: params.draftId });
  const here = new URL(request.url);
  throw redirect(
    withNotice(`${here.pathname}${here.search}`, intent === 'follow' ? NOTICES.followed : NOTICES.unfollowed),
    303,
  );
}

/** "Phần thứ nhất. …" above a chapter: its structural ancestors, outermost first. */
function ancestorsOf(
  structure: readonly { id: string; parentId?: string | null; label: string; heading?: string | null }[],
  parentId: string | null,
): string[] {
  const byId = new Map(structure.map((p) => [p.id, p]));
  const titles: string[] = [];
  for (let id = parentId; id; id = byId.get(id)?.parentId ?? null) {
    const node = byId.get(id);
    if (!node) break;
    titles.unshift(node.heading ? `${node.label}. ${node.heading}` : node.label);
  }
  return titles;
}

export function meta({ data: loaded }: Route.MetaArgs) {
  if (!loaded) return pageMeta(t.errors.notFoundTitle);
  const { draft } = loaded;
  return pageMeta(draft.title, {
    description:
      draft.summary ?? `${t.docType[draft.docType]} · ${draft.agency.name} · ${t.status[draft.status]}`,
    url: `${loaded.publicUrl}${draftPath(draft.id)}`,
    type: 'article',
  });
}

export default function DraftRoute() {
  const loaded = useLoaderData<typeof loader>();
  const { draft, version, outline, chapter } = loaded;
  const versionQuery = version.number === loaded.currentNumber ? '' : `${VERSION_PARAM}=${version.number}`;
  const chapterHref = (key: string) =>
    `?${[versionQuery, `${CHAPTER_PARAM}=${encodeURIComponent(key)}`].filter(Boolean).join('&')}`;
  /** An outline entry: a jump within this page, or to the chapter page that holds it. */
  const hrefOf = (key: string) => {
    const holder = chapter?.chapterOf[key];
    return !chapter || !holder || holder === chapter.key
      ? `#${anchorOf(key)}`
      : `${chapterHref(holder)}#${anchorOf(key)}`;
  };
  const isCurrent = version.number === loaded.currentNumber;
  const period =
    draft.opensAt && draft.closesAt
      ? consultationWindow({ opensAt: draft.opensAt, closesAt: draft.closesAt, closedAt: draft.closedAt })
      : null;
  return (
    <div className="page page--draft" data-live-draft={draft.id}>
      <nav aria-label={t.site.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link to="/du-thao">{t.site.nav.drafts}</Link>
          </li>
          <li aria-current="page">{excerpt(draft.title, 60)}</li>
        </ol>
      </nav>
      <header className="draft-head">
        <p className="draft-head__kind">
          {t.docType[draft.docType]} <StatusBadge status={draft.status} />
        </p>
        <h1>{draft.title}</h1>
        {draft.summary && <p className="draft-head__summary">{draft.summary}</p>}
        <dl className="facts">
          <div>
            <dt>{t.draft.agency}</dt>
            <dd>{draft.agency.name}</dd>
          </div>
          {version.documentNumber && (
            <div>
              <dt>{t.draft.number}</dt>
              <dd>{version.documentNumber}</dd>
            </div>
          )}
          {period && (
            <div>
              <dt>{t.draft.window}</dt>
              <dd>
                {period.text}
                {period.plannedEnd && (
                  <span className="facts__note"> {t.draft.closedEarly(period.plannedEnd)}</span>
                )}
              </dd>
            </div>
          )}
          <div>
            <dt>{t.draft.comments}</dt>
            <dd data-draft-count="">{formatNumber(draft.commentCount)}</dd>
          </div>
          <div>
            <dt>{t.draft.participants}</dt>
            <dd>{formatNumber(draft.participantCount)}</dd>
          </div>
        </dl>
        <StanceBar counts={draft.stanceCounts} legend />
        {draft.status === 'CLOSED' && draft.closesAt && (
          <p className="notice notice--info">
            {t.draft.closedNotice(formatDate(draft.closedAt ?? draft.closesAt))}
          </p>
        )}
        {draft.consultationChanges.length > 0 ? (
          <div className="consultation-changes">
            <p className="muted">{t.draft.changesTitle}</p>
            <ul>
              {draft.consultationChanges.map((c) => (
                <li key={c.changedAt}>
                  {t.draft.windowChange(
                    c.kind,
                    formatDate(c.changedAt),
                    c.closesAt ? formatDate(c.closesAt) : '',
                    c.reason,
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          draft.closeReason && <p className="muted">{t.draft.closeReason(draft.closeReason)}</p>
        )}
        {draft.status === 'SCHEDULED' && draft.opensAt && (
          <p className="notice notice--info">{t.draft.scheduledNotice(formatDate(draft.opensAt))}</p>
        )}
        <p className="draft-head__actions">
          <Link to={draftThreadPath(draft.id)} className="button button--primary">
            {t.draft.commentWhole}
          </Link>
          {draft.reportPublishedAt && (
            <Link to={reportPath(draft.id)} className="button button--secondary">
              {t.report.openReport}
            </Link>
          )}
          <button type="button" className="button button--secondary" data-print="" hidden>
            {t.draft.print}
          </button>
        </p>
        <PostForm className="draft-head__follow">
          <input type="hidden" name="intent" value={draft.followedByMe ? 'unfollow' : 'follow'} />
          {draft.followedByMe && <span className="muted">{t.follow.following} </span>}
          <button type="submit" className="button button--secondary" aria-describedby="theo-doi-hint">
            {draft.followedByMe ? t.follow.unfollow : t.follow.follow}
          </button>
          <span className="field__hint" id="theo-doi-hint">
            {t.follow.hint}
          </span>
        </PostForm>
        {draft.status !== 'SCHEDULED' && draft.status !== 'DRAFT' && (
          <p className="draft-head__links">
            <Link to={statsPath(draft.id)}>{t.draft.statsLink}</Link>
            {' · '}
            <Link to={searchHref({ draftId: draft.id })}>{t.draft.searchLink}</Link>
          </p>
        )}
      </header>
      <LiveRegion draftId={draft.id} provisionId={null} kind="draft" />
      {loaded.versions.length > 1 && (
        <section className="versions" aria-labelledby="versions-title">
          <h2 id="versions-title">{t.draft.versions}</h2>
          <Form method="get" className="versions__form">
            <label htmlFor="version-select">{t.draft.showVersion}</label>
            <select id="version-select" name={VERSION_PARAM} defaultValue={String(version.number)}>
              {loaded.versions.map((v) => (
                <option key={v.id} value={v.number}>
                  {v.number === loaded.currentNumber
                    ? t.draft.versionCurrent(v.number)
                    : t.draft.version(v.number)}
                  {v.publishedAt ? ` · ${formatDate(v.publishedAt)}` : ''}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--secondary">
              {t.common.show}
            </button>
          </Form>
          {loaded.previousNumber !== null && !loaded.diff && (
            <p>
              <Link to={`?${VERSION_PARAM}=${version.number}&${DIFF_PARAM}=1#thay-doi`}>{t.draft.diff}</Link>
              {' · '}
              <Link to={comparePath(draft.id, undefined, loaded.previousNumber, version.number)}>
                {t.draft.compareLink}
              </Link>
            </p>
          )}
          {version.changeNote && (
            <p>
              <strong>{t.draft.changeNote}:</strong> {version.changeNote}
            </p>
          )}
        </section>
      )}
      {!isCurrent && (
        <p className="notice notice--warning">
          {t.draft.viewingOld(version.number)} <Link to={draftPath(draft.id)}>{t.draft.toCurrent}</Link>
        </p>
      )}
      {loaded.diff && (
        <section className="diff-list" id="thay-doi" aria-labelledby="thay-doi-title">
          <h2 id="thay-doi-title">{t.draft.diffTitle(loaded.diff.from, version.number)}</h2>
          <ChangeList changes={loaded.diff.changes} />
        </section>
      )}
      {draft.attachments.length > 0 && (
        <section className="attachments" aria-labelledby="attachments-title">
          <h2 id="attachments-title">{t.draft.attachments}</h2>
          <ul>
            {draft.attachments.map((a) => (
              <li key={a.id}>
                <a href={a.url}>{a.title}</a>{' '}
                <span className="muted">
                  (
                  {t.draft.attachmentMeta(
                    a.filename.split('.').pop()?.toUpperCase() ?? '',
                    formatBytes(a.sizeBytes),
                  )}
                  )
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="draft-body">
        <Outline nodes={outline} articleCount={loaded.articleCount} hrefOf={hrefOf} />
        <article className="draft-text" aria-labelledby="toan-van">
          {/* On a phone the outline is above the text: this bar keeps it one tap away. It sticks
              to the top (in the flow, so it covers nothing until the reader scrolls, and
              scroll-padding keeps jumps and focus clear of it), unlike a floating button,
              which would sit on the text's own links. */}
          <p className="draft-bar">
            <a href="#muc-luc" className="to-outline">
              {t.draft.toOutline}
            </a>
          </p>
          <h2 id="toan-van">{t.draft.fullText}</h2>
          {chapter && (
            <ChapterNav
              chapter={chapter}
              href={chapterHref}
              wholeHref={`?${[versionQuery, `${WHOLE_PARAM}=1`].filter(Boolean).join('&')}`}
            />
          )}
          {version.preamble && (!chapter || !chapter.previous) && (
            <section className="preamble" aria-label={t.draft.preamble}>
              {version.preamble.split(/\n+/).map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </section>
          )}
          <LawText
            nodes={loaded.body}
            draftId={draft.id}
            linkThreads={isCurrent}
            long={!chapter && loaded.articleCount > ONE_PAGE_ARTICLES}
          />
          {chapter && <ChapterNav chapter={chapter} href={chapterHref} label={t.draft.chaptersEnd} />}
        </article>
      </div>
    </div>
  );
}

/** Previous and next chapter of a long law, and the way to the whole text on one page. */
function ChapterNav({
  chapter,
  href,
  wholeHref,
  label = t.draft.chapters,
}: {
  chapter: { previous: string | null; next: string | null; within: string[] };
  href: (key: string) => string;
  wholeHref?: string;
  /** Each navigation landmark of a page has a name of its own. */
  label?: string;
}) {
  return (
    <nav className="chapter-nav" aria-label={label}>
      {wholeHref && chapter.within.length > 0 && <p className="muted">{chapter.within.join(' › ')}</p>}
      <ul>
        {chapter.previous && (
          <li>
            <Link to={`${href(chapter.previous)}#toan-van`} rel="prev">
              ← {t.draft.previousChapter}
            </Link>
          </li>
        )}
        {chapter.next && (
          <li>
            <Link to={`${href(chapter.next)}#toan-van`} rel="next">
              {t.draft.nextChapter} →
            </Link>
          </li>
        )}
        {wholeHref && (
          <li>
            <Link to={wholeHref}>{t.draft.wholeText}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
