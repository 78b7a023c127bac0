import { data, Link, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/console-draft';
import { DispositionBadge, DocTypeLabel, StanceBadge, StatusBadge } from '../components/Badges';
import { ChoiceGroup, ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext } from '../context';
import {
  AddAttachment,
  CloseConsultation,
  ExtendConsultation,
  EditResponse,
  SetModerationMode,
  RespondToComments,
  ScheduleConsultation,
  TriageComments,
  TriageCount,
  TriageCounts,
  TriageDraft,
  TriageIds,
  TriageTopics,
} from '../graphql/console.server';
import { Provinces } from '../graphql/account.server';
import { t } from '../i18n';
import { canEdit, requireAgencyRole, requireOfficer } from '../lib/console.server';
import { dateInputValue, formatDate, formatDateTime, formatNumber, instantOfDay } from '../lib/format';
import { formValues, messagesForApiError, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';
import {
  AUTHOR_KINDS as KINDS,
  DISPOSITIONS,
  SEARCH_PARAMS,
  searchFiltersOf,
  STANCES,
  type SearchFilters,
} from '../lib/search-params';
import { countUnder } from '../lib/outline';
import { CONSOLE_PATH, commentPath, consoleDraftPath, draftPath } from '../lib/paths';

/**
 * One draft in the agency console: its consultation (schedule, close early) for EDITORs, and
 * for EDITORs and RESPONDERs its comments to triage and answer: counts per article, filters in
 * the address (a GET form, so a filtered view can be bookmarked and shared between officers),
 * and one answer for many selected comments (`respondToComment` with `alsoFor`). Within an
 * article, its topics (comments grouped by point) filter the list (`?chu-de=`), and one answer
 * can go to every comment of a topic ("Trả lời cả chủ đề").
 */
const PAGE_SIZE = 50;
/** respondToComment answers at most 1 + 999 comments at once (`alsoFor` holds up to 1,000). */
const MAX_SELECTED = 1000;
const dispositionOptions = DISPOSITIONS.map((v) => ({ value: v, label: t.disposition[v] }));

/**
 * The page's filters, read from its address with the public search page's names
 * (lib/search-params): this draft only, oldest first, campaigns collapsed unless the officer
 * unticks it (the form sends gop=0 and, when ticked, gop=1 too) or opens one (`chien-dich`).
 */
function filtersOf(params: URLSearchParams, draftId: string): SearchFilters {
  const own = new URLSearchParams(params);
  own.set(SEARCH_PARAMS.draft, draftId);
  return { ...searchFiltersOf(own, { uniqueByDefault: true }), q: undefined, sort: 'OLDEST' };
}

/** Whether the rows are campaigns (one row for many near-identical comments). */
function collapsed(params: URLSearchParams): boolean {
  return filtersOf(params, '').uniqueOnly === true;
}

const CAMPAIGN_PREFIX = 'campaign:';
/** The value of `all` that answers every comment of the selected topic. */
const TOPIC_ALL = 'chu-de';

async function loadDraft(web: ReturnType<typeof webContextOf>, request: Request, draftId: string) {
  const officer = await requireOfficer(web, request);
  const { draft } = await web.api.run(TriageDraft, { id: draftId });
  if (!draft) throw data(null, { status: 404 });
  requireAgencyRole(officer, draft.agency.id, ['EDITOR', 'RESPONDER']);
  return { officer, draft };
}

function webContextOf(context: Route.LoaderArgs['context']) {
  return context.get(webContext);
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const web = webContextOf(context);
  const { officer, draft } = await loadDraft(web, request, params.draftId);
  const url = new URL(request.url);
  const filters = filtersOf(url.searchParams, draft.id);
  const after = url.searchParams.get('sau') || undefined;
  const articleKey = url.searchParams.get(SEARCH_PARAMS.provision)?.trim() || null;
  const [results, counts, provinces, topicsOf, topicCount] = await Promise.all([
    web.api.run(TriageComments, { input: { ...filters, first: PAGE_SIZE, after } }),
    web.api.run(TriageCounts, { draftId: draft.id }),
    web.api.run(Provinces),
    articleKey ? web.api.run(TriageTopics, { draftId: draft.id, key: articleKey }) : null,
    // "Answer the whole topic" answers every copy of a campaign: its count, copies included.
    filters.topicId
      ? web.api.run(TriageCount, { input: { ...filters, uniqueOnly: undefined, first: 1 } })
      : null,
  ]);
  const topics = topicsOf?.draft?.currentVersion.provision?.topics ?? [];
  const topic = filters.topicId
    ? {
        id: filters.topicId,
        label: topics.find((x) => x.id === filters.topicId)?.label ?? t.topics.filterUnknown,
        matching: topicCount?.searchComments.totalCount ?? 0,
      }
    : null;
  const byKey = (facets: typeof counts.all.facets) =>
    facets.find((f) => f.field === 'PROVISION')?.values ?? [];
  const all = byKey(counts.all.facets);
  const open = byKey(counts.open.facets);
  const articles = draft.currentVersion.articles.map((a) => ({
    ...a,
    total: countUnder(all, a.key),
    open: countUnder(open, a.key),
  }));
  return {
    draft,
    editor: canEdit(officer, draft.agency.id),
    articles,
    totals: { all: counts.all.totalCount, open: counts.open.totalCount },
    results: results.searchComments,
    provinces: provinces.provinces,
    topics,
    topic,
    query: url.searchParams.toString(),
    later: Boolean(after),
  };
}

type ActionData = FormState & { intent: string };

export async function action({ request, context, params }: Route.ActionArgs) {
  const web = webContextOf(context);
  const { officer, draft } = await loadDraft(web, request, params.draftId);
  const form = await request.formData();
  const values = formValues(form);
  const intent = values.intent ?? '';
  const here = new URL(request.url);
  const fail = (state: Omit<FormState, 'values'>, error?: unknown) =>
    data<ActionData>({ ...state, values, intent }, { status: statusFor(state, error) });

  if (intent === 'answer') {
    const fieldErrors: Record<string, string> = {};
    const disposition = DISPOSITIONS.find((d) => d === values.disposition);
    const explanation = (values.explanation ?? '').trim();
    if (!disposition) fieldErrors.disposition = t.console.dispositionRequired;
    if (!explanation) fieldErrors.explanation = t.console.explanationRequired;
    let ids = form.getAll('ids').filter((v): v is string => typeof v === 'string');
    // Kept for the form shown again: the same rows stay ticked (campaign rows as such).
    values.selected = ids.join(' ');
    try {
      if (values.all === '1') ids = await matchingIds(web, new URLSearchParams(values.query ?? ''), draft.id);
      if (values.all === TOPIC_ALL)
        ids = await topicIds(web, new URLSearchParams(values.query ?? ''), draft.id);
    } catch (error) {
      return fail(messagesForApiError(error), error);
    }
    try {
      ids = await expandCampaigns(web, ids, draft.id);
    } catch (error) {
      return fail(messagesForApiError(error), error);
    }
    ids = [...new Set(ids)].slice(0, MAX_SELECTED);
    if (!ids.length) fieldErrors.ids = t.console.noneSelected;
    if (Object.keys(fieldErrors).length) return fail({ fieldErrors });
    try {
      await web.api.run(RespondToComments, {
        commentId: ids[0],
        input: { disposition: disposition!, explanation, alsoFor: ids.slice(1) },
      });
    } catch (error) {
      return fail(
        messagesForApiError(error, {
          explanation: { name: 'explanation', message: t.console.explanationRequired },
        }),
        error,
      );
    }
    here.searchParams.set('da-tra-loi', String(ids.length));
    throw redirect(`${here.pathname}${here.search}`, 303);
  }

  if (intent === 'edit-answer') {
    const disposition = DISPOSITIONS.find((d) => d === values.disposition);
    const explanation = (values.explanation ?? '').trim();
    const fieldErrors: Record<string, string> = {};
    if (!disposition) fieldErrors.disposition = t.console.dispositionRequired;
    if (!explanation) fieldErrors.explanation = t.console.explanationRequired;
    if (Object.keys(fieldErrors).length) return fail({ fieldErrors });
    try {
      await web.api.run(EditResponse, { id: values.id ?? '', input: { disposition, explanation } });
    } catch (error) {
      return fail(messagesForApiError(error), error);
    }
    here.searchParams.set('da-sua', '1');
    throw redirect(`${here.pathname}${here.search}`, 303);
  }

  if (!canEdit(officer, draft.agency.id)) throw data(null, { status: 403 });
  if (intent === 'schedule') {
    const opensAt = instantOfDay(values.opensAt ?? '');
    const closesAt = instantOfDay(values.closesAt ?? '', true);
    const fieldErrors: Record<string, string> = {};
    if (!opensAt) fieldErrors.opensAt = t.console.dateRequired;
    if (!closesAt) fieldErrors.closesAt = t.console.dateRequired;
    if (!opensAt || !closesAt) return fail({ fieldErrors });
    try {
      await web.api.run(ScheduleConsultation, { draftId: draft.id, opensAt, closesAt });
    } catch (error) {
      return fail(messagesForApiError(error, dateFields), error);
    }
    throw redirect(`${here.pathname}?lich=1`, 303);
  }
  if (intent === 'mode') {
    const mode = values.mode === 'PRE' ? 'PRE' : 'POST';
    try {
      await web.api.run(SetModerationMode, { draftId: draft.id, mode });
    } catch (error) {
      return fail(messagesForApiError(error), error);
    }
    throw redirect(`${here.pathname}?kiem-duyet=1`, 303);
  }
  if (intent === 'attach') {
    const title = (values.title ?? '').trim();
    const file = form.get('file');
    const fieldErrors: Record<string, string> = {};
    if (!title) fieldErrors.title = t.console.attachmentTitleRequired;
    const ok =
      file instanceof File &&
      file.size > 0 &&
      file.size <= 10 * 1024 * 1024 &&
      /\.(pdf|docx)$/i.test(file.name);
    if (!ok) fieldErrors.file = t.console.attachmentFileRequired;
    if (Object.keys(fieldErrors).length || !(file instanceof File)) return fail({ fieldErrors });
    try {
      await web.api.run(AddAttachment, {
        draftId: draft.id,
        input: {
          title,
          filename: file.name,
          base64: Buffer.from(await file.arrayBuffer()).toString('base64'),
        },
      });
    } catch (error) {
      return fail(
        messagesForApiError(error, { base64: { name: 'file', message: t.console.attachmentFileRequired } }),
        error,
      );
    }
    throw redirect(`${here.pathname}?tai-lieu=1`, 303);
  }
  if (intent === 'close') {
    const reason = (values.reason ?? '').trim();
    if (!reason) return fail({ fieldErrors: { reason: t.console.closeReasonRequired } });
    try {
      await web.api.run(CloseConsultation, { draftId: draft.id, reason });
    } catch (error) {
      return fail(
        messagesForApiError(error, { reason: { name: 'reason', message: t.console.closeReasonRequired } }),
        error,
      );
    }
    throw redirect(`${here.pathname}?da-ket-thuc=1`, 303);
  }
  if (intent === 'extend') {
    const closesAt = instantOfDay(values.closesAt ?? '', true);
    const reason = (values.reason ?? '').trim();
    const fieldErrors: Record<string, string> = {};
    if (!closesAt) fieldErrors.closesAt = t.console.dateRequired;
    if (!reason) fieldErrors.reason = t.console.extendReasonRequired;
    if (!closesAt || !reason) return fail({ fieldErrors });
    try {
      await web.api.run(ExtendConsultation, { draftId: draft.id, closesAt, reason });
    } catch (error) {
      return fail(
        messagesForApiError(error, {
          closesAt: { name: 'closesAt', message: t.console.extendDateLater },
          reason: { name: 'reason', message: t.console.extendReasonRequired },
        }),
        error,
      );
    }
    throw redirect(`${here.pathname}?gia-han=1`, 303);
  }
  throw data(null, { status: 400 });
}

const dateFields = {
  opensAt: { name: 'opensAt', message: t.console.dateRequired },
  closesAt: { name: 'closesAt', message: t.console.dateRequired },
};

/** A ticked campaign row answers every comment of the campaign. */
async function expandCampaigns(
  web: ReturnType<typeof webContextOf>,
  ids: string[],
  draftId: string,
): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) {
    if (!id.startsWith(CAMPAIGN_PREFIX)) {
      out.push(id);
      continue;
    }
    const params = new URLSearchParams({ 'chien-dich': id.slice(CAMPAIGN_PREFIX.length) });
    out.push(...(await matchingIds(web, params, draftId)));
  }
  return out;
}

/**
 * "Answer the whole topic": every comment of the topic the list is narrowed to that the other
 * filters match, each copy of a campaign included (the list shows a campaign as one row).
 */
async function topicIds(
  web: ReturnType<typeof webContextOf>,
  params: URLSearchParams,
  draftId: string,
): Promise<string[]> {
  if (!filtersOf(params, draftId).topicId) return [];
  const every = new URLSearchParams(params);
  every.delete(SEARCH_PARAMS.unique);
  every.set(SEARCH_PARAMS.unique, '0');
  return matchingIds(web, every, draftId);
}

/** "Select all matching": the ids of every comment the filters match, up to the limit. */
async function matchingIds(
  web: ReturnType<typeof webContextOf>,
  params: URLSearchParams,
  draftId: string,
): Promise<string[]> {
  const input = filtersOf(params, draftId);
  const ids: string[] = [];
  let after: string | undefined;
  while (ids.length < MAX_SELECTED) {
    const { searchComments } = await web.api.run(TriageIds, { input: { ...input, first: 100, after } });
    ids.push(...searchComments.hits.map((h) => h.comment.id));
    if (!searchComments.pageInfo.hasNextPage || !searchComments.pageInfo.endCursor) break;
    after = searchComments.pageInfo.endCursor;
  }
  return ids;
}

export function meta({ data: loaded }: Route.MetaArgs) {
  return pageMeta(loaded ? `${t.console.open}: ${loaded.draft.title}` : t.console.title);
}

export default function ConsoleDraftPage() {
  const { draft, editor, articles, totals, results, provinces, topics, topic, query, later } =
    useLoaderData<typeof loader>();
  const failed = useActionData<ActionData>();
  const params = new URLSearchParams(query);
  const answeredNow = Number(params.get('da-tra-loi') ?? 0);
  const failedFor = (intent: string) => (failed?.intent === intent ? failed : undefined);
  const withParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(query);
    for (const transient of [
      'sau',
      'da-tra-loi',
      'lich',
      'da-ket-thuc',
      'gia-han',
      'da-tao',
      'da-sua',
      'kiem-duyet',
      'tai-lieu',
    ])
      next.delete(transient);
    // A topic belongs to one article: choosing another article drops it.
    if (name === 'dieu') next.delete('chu-de');
    if (value === null) next.delete(name);
    else next.set(name, value);
    const s = next.toString();
    return s ? `?${s}` : '?';
  };
  const selectedKey = params.get('dieu') ?? '';
  const rowsAreCampaigns = collapsed(params);
  /** A campaign shown as one row (its representative), answered as a whole when ticked. */
  const campaignRow = (c: { campaign: { id: string; size: number } | null }) =>
    rowsAreCampaigns && !!c.campaign && c.campaign.size > 1;
  // An answer shared by several comments is edited once, under the first of them on the page.
  const editable = new Map<string, string>();
  for (const { comment } of results.hits) {
    if (comment.response && !editable.has(comment.response.id)) editable.set(comment.response.id, comment.id);
  }
  const responses = results.hits
    .map((h) => h.comment.response)
    .filter((r, i, all): r is NonNullable<typeof r> => !!r && all.findIndex((x) => x?.id === r.id) === i);
  const answered = totals.all - totals.open;
  return (
    <div className="page page--console">
      <p>
        <Link to={CONSOLE_PATH}>{t.console.back}</Link>
      </p>
      <h1>{draft.title}</h1>
      <p className="draft-head__facts">
        <DocTypeLabel docType={draft.docType} /> · {draft.agency.name} · <StatusBadge status={draft.status} />{' '}
        · <Link to={draftPath(draft.id)}>{t.console.publicPage}</Link> ·{' '}
        <Link to={`${consoleDraftPath(draft.id)}/bao-cao`}>{t.report.openReport}</Link>
      </p>
      {answeredNow > 0 && (
        <p className="notice notice--success" role="status">
          {t.console.answeredNotice(answeredNow)}
        </p>
      )}
      {params.get('da-sua') && (
        <p className="notice notice--success" role="status">
          {t.console.edited}
        </p>
      )}
      {params.get('kiem-duyet') && (
        <p className="notice notice--success" role="status">
          {t.console.modeSaved}
        </p>
      )}
      {params.get('tai-lieu') && (
        <p className="notice notice--success" role="status">
          {t.console.attachmentAdded}
        </p>
      )}
      {params.get('phien-ban') && (
        <p className="notice notice--success" role="status">
          {t.version.published(Number(params.get('phien-ban')))}
        </p>
      )}
      {params.get('da-tao') && (
        <p className="notice notice--success" role="status">
          {t.importDraft.created}
        </p>
      )}
      {params.get('lich') && (
        <p className="notice notice--success" role="status">
          {t.console.scheduled}
        </p>
      )}
      {params.get('da-ket-thuc') && (
        <p className="notice notice--success" role="status">
          {t.console.closed}
        </p>
      )}
      {params.get('gia-han') && (
        <p className="notice notice--success" role="status">
          {t.console.extended}
        </p>
      )}
      <p>
        <strong>{t.console.progress(formatNumber(answered), formatNumber(totals.all))}</strong>
      </p>
      <progress
        max={Math.max(totals.all, 1)}
        value={answered}
        aria-label={t.console.progress(formatNumber(answered), formatNumber(totals.all))}
      />

      <div className="console-grid">
        <nav aria-labelledby="theo-dieu" className="console-articles">
          <h2 id="theo-dieu">{t.console.perArticle}</h2>
          <ul>
            <li>
              <Link to={withParam('dieu', null)} aria-current={selectedKey === '' ? 'true' : undefined}>
                {t.console.allArticles}
              </Link>
            </li>
            {articles
              .filter((a) => a.total > 0)
              .map((a) => (
                <li key={a.id}>
                  <Link
                    to={withParam('dieu', a.key)}
                    aria-current={selectedKey === a.key ? 'true' : undefined}
                  >
                    {a.label}
                    {a.heading ? `. ${a.heading}` : ''}
                  </Link>
                  <span className="muted">
                    {' '}
                    {t.console.articleCounts(formatNumber(a.total), formatNumber(a.open))}
                  </span>
                </li>
              ))}
          </ul>
        </nav>

        <div className="console-main">
          <form method="get" className="filters" aria-labelledby="loc-gop-y">
            <h2 id="loc-gop-y">{t.console.filters}</h2>
            {selectedKey && <input type="hidden" name="dieu" value={selectedKey} />}
            <div className="field">
              <label htmlFor="loc-chu-de" className="field__label">
                {t.topics.filter}
              </label>
              <select
                id="loc-chu-de"
                name="chu-de"
                defaultValue={topic?.id ?? ''}
                disabled={!topics.length}
                aria-describedby={topics.length ? undefined : 'loc-chu-de-goi-y'}
              >
                <option value="">{t.topics.filterAny}</option>
                {topics.map((x) => (
                  <option key={x.id} value={x.id}>
                    {t.topics.filterOption(x.label, x.size)}
                  </option>
                ))}
              </select>
              {!selectedKey && (
                <p className="field__hint" id="loc-chu-de-goi-y">
                  {t.topics.filterHint}
                </p>
              )}
            </div>
            <ChoiceGroup
              legend={t.console.answered}
              type="radio"
              name="tra-loi"
              options={[
                { value: '', label: t.console.answeredAny },
                { value: 'chua', label: t.console.answeredNo },
                { value: 'roi', label: t.console.answeredYes },
              ]}
              checked={(v) => (params.get('tra-loi') ?? '') === v}
            />
            <ChoiceGroup
              legend={t.stance.label}
              type="checkbox"
              name="quan-diem"
              options={STANCES.map((v) => ({ value: v, label: t.stance[v] }))}
              checked={(v) => params.getAll('quan-diem').includes(v)}
            />
            <ChoiceGroup
              legend={t.console.authorKind}
              type="checkbox"
              name="nguoi-gop-y"
              options={KINDS.map((v) => ({ value: v, label: t.authorKind[v] }))}
              checked={(v) => params.getAll('nguoi-gop-y').includes(v)}
            >
              <label className="choice">
                <input
                  type="checkbox"
                  name="xac-minh"
                  value="1"
                  defaultChecked={params.get('xac-minh') === '1'}
                />{' '}
                {t.console.verifiedOnly}
              </label>
              <label className="choice">
                <input type="hidden" name="gop" value="0" />
                <input type="checkbox" name="gop" value="1" defaultChecked={collapsed(params)} />{' '}
                {t.console.uniqueOnly}
              </label>
            </ChoiceGroup>
            <ChoiceGroup
              legend={t.console.disposition}
              type="checkbox"
              name="hinh-thuc"
              options={dispositionOptions}
              checked={(v) => params.getAll('hinh-thuc').includes(v)}
            />
            <div className="field">
              <label htmlFor="loc-tu" className="field__label">
                {t.console.fromDate}
              </label>
              <input id="loc-tu" type="date" name="tu" defaultValue={params.get('tu') ?? ''} />
            </div>
            <div className="field">
              <label htmlFor="loc-den" className="field__label">
                {t.console.toDate}
              </label>
              <input id="loc-den" type="date" name="den" defaultValue={params.get('den') ?? ''} />
            </div>
            <div className="field">
              <label htmlFor="loc-tinh" className="field__label">
                {t.console.province}
              </label>
              <select id="loc-tinh" name="tinh" defaultValue={params.get('tinh') ?? ''}>
                <option value="">{t.console.anyProvince}</option>
                {provinces.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </div>
            <p className="form-actions">
              <button type="submit" className="button button--secondary">
                {t.console.apply}
              </button>
            </p>
          </form>

          <PostForm className="answer-form" noValidate>
            <input type="hidden" name="intent" value="answer" />
            <input type="hidden" name="query" value={query} />
            {params.get('chien-dich') && (
              <p className="notice notice--muted">
                <strong>{t.console.campaignView(formatNumber(results.totalCount))}</strong> ·{' '}
                <Link to={withParam('chien-dich', null)}>{t.console.campaignBack}</Link>
              </p>
            )}
            {topic && (
              <p className="notice notice--muted" data-topic-view="">
                <strong>{t.topics.view(topic.label, formatNumber(topic.matching))}</strong> ·{' '}
                <Link to={withParam('chu-de', null)}>{t.topics.back}</Link>
              </p>
            )}
            <h2 id="ket-qua">{t.console.results(formatNumber(results.totalCount), results.totalIsExact)}</h2>
            <ErrorSummary
              idPrefix="tl"
              fieldErrors={failedFor('answer')?.fieldErrors}
              formError={failedFor('answer')?.formError}
            />
            {results.hits.length === 0 ? (
              <p className="empty">{t.console.empty}</p>
            ) : (
              <>
                {topic ? (
                  <div className="topic-answer">
                    <label className="choice choice--check" id="tl-ids">
                      <input
                        type="checkbox"
                        name="all"
                        value={TOPIC_ALL}
                        aria-describedby="tl-chu-de-goi-y"
                        defaultChecked={failedFor('answer')?.values.all === TOPIC_ALL}
                      />
                      <strong>
                        {t.topics.answerAll(
                          topic.label,
                          formatNumber(Math.min(topic.matching, MAX_SELECTED)),
                        )}
                      </strong>
                    </label>
                    <p className="field__hint" id="tl-chu-de-goi-y">
                      {t.topics.answerAllHint}
                    </p>
                  </div>
                ) : (
                  <p className="choice" id="tl-ids">
                    <label>
                      <input
                        type="checkbox"
                        name="all"
                        value="1"
                        defaultChecked={failedFor('answer')?.values.all === '1'}
                      />{' '}
                      {t.console.selectAll(formatNumber(Math.min(results.totalCount, MAX_SELECTED)))}
                    </label>
                  </p>
                )}
                <p className="muted" data-keys-hint="" hidden>
                  {t.console.keys}
                </p>
                <ol className="triage-list">
                  {results.hits.map(({ comment: c }) => (
                    <li key={c.id} className="triage-item">
                      <input
                        type="checkbox"
                        name="ids"
                        value={campaignRow(c) ? `${CAMPAIGN_PREFIX}${c.campaign!.id}` : c.id}
                        id={`chon-${c.id}`}
                        defaultChecked={
                          failed?.intent === 'answer' &&
                          failedIds(failed).has(campaignRow(c) ? `${CAMPAIGN_PREFIX}${c.campaign!.id}` : c.id)
                        }
                      />
                      <div className="triage-item__body">
                        <label htmlFor={`chon-${c.id}`} className="triage-item__who">
                          <span className="sr-only">
                            {campaignRow(c)
                              ? t.console.campaignSelect(c.author.displayName, formatNumber(c.campaign!.size))
                              : t.console.select(c.author.displayName)}
                            :{' '}
                          </span>
                          <strong aria-hidden="true">{c.author.displayName}</strong>
                          {c.author.kind === 'ORGANIZATION' && ` · ${t.authorKind.ORGANIZATION}`}
                          {c.author.province && ` · ${c.author.province}`}
                        </label>
                        <p className="muted">
                          {c.provision ? c.provision.fullLabel : t.thread.whole} ·{' '}
                          <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>{' '}
                          {c.stance && <StanceBadge stance={c.stance} />}
                        </p>
                        {campaignRow(c) && (
                          <p className="triage-item__campaign">
                            <strong>{t.console.campaign(formatNumber(c.campaign!.size))}</strong> ·{' '}
                            <Link to={withParam('chien-dich', c.campaign!.id)}>
                              {t.console.campaignOpen(formatNumber(c.campaign!.size))}
                            </Link>
                          </p>
                        )}
                        <p className="triage-item__text">{c.body}</p>
                        {c.proposedText && <p className="triage-item__proposal">{c.proposedText}</p>}
                        {c.response ? (
                          <>
                            <p className="answer">
                              <strong>{t.console.currentAnswer}:</strong>{' '}
                              <DispositionBadge disposition={c.response.disposition} />{' '}
                              {c.response.explanation}
                            </p>
                            {editable.get(c.response.id) === c.id && (
                              <EditAnswer response={c.response} failed={failedFor('edit-answer')} />
                            )}
                          </>
                        ) : (
                          <p className="muted">{t.console.unansweredMark}</p>
                        )}
                        <p>
                          <Link to={commentPath(c.id)}>{t.comment.permalink}</Link>
                        </p>
                      </div>
                    </li>
                  ))}
                </ol>
                <nav aria-label={t.console.pagination} className="pager">
                  {later && <Link to={withParam('sau', null)}>{t.console.firstPage}</Link>}
                  {results.pageInfo.hasNextPage && results.pageInfo.endCursor && (
                    <Link to={withParam('sau', results.pageInfo.endCursor)}>{t.console.nextPage}</Link>
                  )}
                </nav>
              </>
            )}
            <fieldset className="answer-form__answer">
              <legend>
                <h2>{t.console.answerTitle}</h2>
              </legend>
              <p className="field__hint">{t.console.answerHint}</p>
              <ChoiceGroup
                id="tl-disposition"
                legend={t.console.disposition}
                type="radio"
                name="disposition"
                options={dispositionOptions}
                checked={(v) => failedFor('answer')?.values.disposition === v}
                error={failedFor('answer')?.fieldErrors.disposition}
              />
              <Field
                id="tl-explanation"
                label={t.console.explanation}
                error={failedFor('answer')?.fieldErrors.explanation}
              >
                <textarea
                  name="explanation"
                  rows={5}
                  maxLength={10000}
                  defaultValue={failedFor('answer')?.values.explanation ?? ''}
                />
              </Field>
              <p className="form-actions">
                <button type="submit" className="button button--primary">
                  {t.console.answerSubmit}
                </button>
              </p>
            </fieldset>
          </PostForm>
          {/* The edit forms live outside the answer form (forms cannot nest); their fields,
              under each comment, point here with the form attribute. */}
          {responses.map((r) => (
            <PostForm key={r.id} id={`sua-${r.id}`} noValidate>
              <input type="hidden" name="intent" value="edit-answer" />
              <input type="hidden" name="id" value={r.id} />
            </PostForm>
          ))}
        </div>
      </div>

      {editor && (
        <section aria-labelledby="dot-lay-y-kien" className="card">
          <h2 id="dot-lay-y-kien">{t.console.consultation}</h2>
          {draft.closedAt && <p>{t.console.closedOn(formatDate(draft.closedAt), draft.closeReason ?? '')}</p>}
          {draft.consultationWarnings.map((w) => (
            <p key={w} className="notice">
              {w}
            </p>
          ))}
          {draft.status !== 'CLOSED' && (
            <PostForm className="stack-form" noValidate>
              <input type="hidden" name="intent" value="schedule" />
              <ErrorSummary
                idPrefix="lich"
                fieldErrors={failedFor('schedule')?.fieldErrors}
                formError={failedFor('schedule')?.formError}
              />
              <Field
                id="lich-opensAt"
                label={t.console.opensAt}
                hint={t.console.scheduleHint}
                error={failedFor('schedule')?.fieldErrors.opensAt}
              >
                <input
                  type="date"
                  name="opensAt"
                  defaultValue={failedFor('schedule')?.values.opensAt ?? dateInputValue(draft.opensAt)}
                />
              </Field>
              <Field
                id="lich-closesAt"
                label={t.console.closesAt}
                error={failedFor('schedule')?.fieldErrors.closesAt}
              >
                <input
                  type="date"
                  name="closesAt"
                  defaultValue={failedFor('schedule')?.values.closesAt ?? dateInputValue(draft.closesAt)}
                />
              </Field>
              <p className="form-actions">
                <button type="submit" className="button button--secondary">
                  {t.console.scheduleSubmit}
                </button>
              </p>
            </PostForm>
          )}
          <PostForm className="stack-form" noValidate>
            <input type="hidden" name="intent" value="mode" />
            <ChoiceGroup
              legend={t.console.moderationMode}
              type="radio"
              name="mode"
              options={[
                { value: 'POST', label: t.console.modePost },
                { value: 'PRE', label: t.console.modePre },
              ]}
              checked={(v) => draft.moderationMode === v}
            />
            <p className="form-actions">
              <button type="submit" className="button button--secondary">
                {t.console.modeSubmit}
              </button>
            </p>
          </PostForm>
          <p>
            <Link to={`${consoleDraftPath(draft.id)}/phien-ban-moi`}>{t.version.link}</Link>
          </p>
          <h3>{t.console.attachments}</h3>
          {draft.attachments.length > 0 && (
            <ul>
              {draft.attachments.map((a) => (
                <li key={a.id}>
                  <a href={a.url}>{a.title}</a> <span className="muted">({a.filename})</span>
                </li>
              ))}
            </ul>
          )}
          <PostForm className="stack-form" encType="multipart/form-data" noValidate>
            <input type="hidden" name="intent" value="attach" />
            <p className="field__hint">{t.console.attachmentsHint}</p>
            <ErrorSummary
              idPrefix="tl-kem"
              fieldErrors={failedFor('attach')?.fieldErrors}
              formError={failedFor('attach')?.formError}
            />
            <Field
              id="tl-kem-title"
              label={t.console.attachmentTitle}
              error={failedFor('attach')?.fieldErrors.title}
            >
              <input
                type="text"
                name="title"
                maxLength={300}
                defaultValue={failedFor('attach')?.values.title ?? ''}
              />
            </Field>
            <Field
              id="tl-kem-file"
              label={t.console.attachmentFile}
              error={failedFor('attach')?.fieldErrors.file}
            >
              <input type="file" name="file" accept=".pdf,.docx" />
            </Field>
            <p className="form-actions">
              <button type="submit" className="button button--secondary">
                {t.console.attachmentSubmit}
              </button>
            </p>
          </PostForm>
          {draft.status === 'OPEN' && (
            <PostForm className="stack-form" noValidate>
              <h3>{t.console.closeTitle}</h3>
              <input type="hidden" name="intent" value="close" />
              <ErrorSummary
                idPrefix="ket-thuc"
                fieldErrors={failedFor('close')?.fieldErrors}
                formError={failedFor('close')?.formError}
              />
              <Field
                id="ket-thuc-reason"
                label={t.console.closeReason}
                error={failedFor('close')?.fieldErrors.reason}
              >
                <textarea
                  name="reason"
                  rows={2}
                  maxLength={1000}
                  defaultValue={failedFor('close')?.values.reason ?? ''}
                />
              </Field>
              <p className="form-actions">
                <button type="submit" className="button button--danger">
                  {t.console.closeSubmit}
                </button>
              </p>
            </PostForm>
          )}
          {(draft.status === 'OPEN' || draft.status === 'CLOSED') && (
            <PostForm className="stack-form" noValidate>
              <h3>{draft.status === 'OPEN' ? t.console.extendTitle : t.console.reopenTitle}</h3>
              <p className="field__hint">
                {draft.status === 'OPEN' ? t.console.extendHint : t.console.reopenHint}
              </p>
              <input type="hidden" name="intent" value="extend" />
              <ErrorSummary
                idPrefix="gia-han"
                fieldErrors={failedFor('extend')?.fieldErrors}
                formError={failedFor('extend')?.formError}
              />
              <Field
                id="gia-han-closesAt"
                label={t.console.extendClosesAt}
                error={failedFor('extend')?.fieldErrors.closesAt}
              >
                <input
                  type="date"
                  name="closesAt"
                  defaultValue={failedFor('extend')?.values.closesAt ?? ''}
                />
              </Field>
              <Field
                id="gia-han-reason"
                label={t.console.extendReason}
                error={failedFor('extend')?.fieldErrors.reason}
              >
                <textarea
                  name="reason"
                  rows={2}
                  maxLength={2000}
                  defaultValue={failedFor('extend')?.values.reason ?? ''}
                />
              </Field>
              <p className="form-actions">
                <button type="submit" className="button button--secondary">
                  {draft.status === 'OPEN' ? t.console.extendSubmit : t.console.reopenSubmit}
                </button>
              </p>
            </PostForm>
          )}
        </section>
      )}
    </div>
  );
}

/** The ids a failed answer had selected (formValues keeps only the last of a repeated name). */
function failedIds(failed: ActionData): Set<string> {
  return new Set((failed.values.selected ?? '').split(' ').filter(Boolean));
}

type Hit = Awaited<ReturnType<typeof loader>>['results']['hits'][number];

/** Change an answer (editResponse); every earlier version stays, listed for the agency. */
function EditAnswer({
  response: r,
  failed,
}: {
  response: NonNullable<Hit['comment']['response']>;
  failed?: ActionData;
}) {
  const mine = failed?.values.id === r.id ? failed : undefined;
  const form = `sua-${r.id}`;
  return (
    <>
      <details className="tool" open={mine ? true : undefined}>
        <summary>{t.console.editAnswer(r.commentCount)}</summary>
        <ErrorSummary idPrefix={form} fieldErrors={mine?.fieldErrors} formError={mine?.formError} />
        <ChoiceGroup
          legend={t.console.disposition}
          type="radio"
          form={form}
          name="disposition"
          options={dispositionOptions}
          checked={(v) => (mine?.values.disposition ?? r.disposition) === v}
        />
        <Field id={`${form}-explanation`} label={t.console.explanation} error={mine?.fieldErrors.explanation}>
          <textarea
            form={form}
            name="explanation"
            rows={4}
            maxLength={10000}
            defaultValue={mine?.values.explanation ?? r.explanation}
          />
        </Field>
        <p className="form-actions">
          <button type="submit" form={form} className="button button--secondary">
            {t.console.editSubmit}
          </button>
        </p>
      </details>
      {r.revisions.length > 1 && (
        <details className="tool">
          <summary>{t.console.history(r.revisions.length)}</summary>
          <ol>
            {r.revisions.map((v) => (
              <li key={v.number}>
                {t.console.revision(v.number, formatDateTime(v.writtenAt))}:{' '}
                <DispositionBadge disposition={v.disposition} /> {v.explanation}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
