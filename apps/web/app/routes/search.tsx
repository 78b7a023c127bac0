import { Link, useLoaderData } from 'react-router';
import type { Route } from './+types/search';
import { ExportColumns } from '../components/ExportColumns';
import { SearchResult } from '../components/SearchResult';
import { ChoiceGroup } from '../components/Forms';
import { webContext } from '../context';
import type { SearchFacet, SearchPageQuery } from '../gql/graphql';
import { SearchChoices, SearchDraft, SearchPage, SearchTopic } from '../graphql/search.server';
import { t } from '../i18n';
import { dateInputValue, formatDate } from '../lib/format';
import { ApiError } from '../lib/api.server';
import { matchedForms } from '../lib/highlights';
import { pageMeta } from '../lib/meta';
import { countUnder } from '../lib/outline';
import { OPEN_DATA_PATH } from '../lib/paths';
import {
  activeFilterCount,
  AUTHOR_KINDS,
  DISPOSITIONS,
  exportHref,
  SEARCH_FIELDS,
  SEARCH_PARAMS as P,
  searchFiltersOf,
  searchHref,
  SORTS,
  STANCES,
  type SearchFilters,
} from '../lib/search-params';

/**
 * Search every public comment (journalists, researchers, anyone): one box, filters with their
 * facet counts, 20 hits a page by cursor, and the same search as open-data downloads. The
 * address is the query (a GET form; `searchFiltersOf` reads it), so a search can be shared,
 * bookmarked and reloaded, and the page works without JavaScript.
 */
const PAGE_SIZE = 20;
/** The filters sit beside the results, outside the form, and belong to it by this id. */
const FORM_ID = 'tim-kiem';
const FACETS: SearchFacet[] = [
  'DRAFT',
  'AGENCY',
  'STANCE',
  'AUTHOR_KIND',
  'PROVINCE',
  'VERIFIED',
  'DISPOSITION',
];

const NO_RESULTS: SearchPageQuery['searchComments'] = {
  totalCount: 0,
  totalIsExact: true,
  pageInfo: { hasNextPage: false, endCursor: null },
  facets: [],
  hits: [],
  corrections: [],
};

export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const url = new URL(request.url);
  const filters = searchFiltersOf(url.searchParams);
  const after = url.searchParams.get(P.after) || undefined;
  const facets: SearchFacet[] = filters.draftId ? [...FACETS, 'PROVISION'] : FACETS;
  const search = (cursor?: string) =>
    web.api.run(SearchPage, { input: { ...filters, first: PAGE_SIZE, after: cursor, facets } });
  const [found, choices, draft, topic] = await Promise.all([
    search(after).then(
      (page) => ({ page, error: null }),
      (error: unknown) => ({ page: null, error }),
    ),
    web.api.run(SearchChoices),
    filters.draftId ? web.api.run(SearchDraft, { id: filters.draftId }) : null,
    filters.topicId ? web.api.run(SearchTopic, { id: String(filters.topicId) }) : null,
  ]);
  let { page } = found;
  let notice: string | null = null;
  if (!page) {
    const error = found.error;
    if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
    // A page address from an older search (the cursor no longer fits): its first page, said so.
    if (error.field === 'after') {
      page = await search();
      notice = t.search.staleCursor;
    }
  }
  // Any other refusal (dates the wrong way round …): the form again, with what to fix.
  const result = page?.searchComments ?? NO_RESULTS;
  const facetMap = Object.fromEntries(
    result.facets.map((f) => [f.field, Object.fromEntries(f.values.map((v) => [v.value, v.count]))]),
  ) as Partial<Record<SearchFacet, Record<string, number>>>;
  const provisionFacet = result.facets.find((f) => f.field === 'PROVISION')?.values ?? [];
  const articles = (draft?.draft?.currentVersion.articles ?? []).map((a) => ({
    key: a.key,
    label: a.heading ? `${a.label}. ${a.heading}` : a.label,
    count: countUnder(provisionFacet, a.key),
  }));
  const topicLabel = topic?.topic?.label ?? null;
  const next = new URLSearchParams(url.searchParams);
  if (result.pageInfo.endCursor) next.set(P.after, result.pageInfo.endCursor);
  const first = new URLSearchParams(url.searchParams);
  first.delete(P.after);
  return {
    filters,
    hasQuery: Boolean(filters.q),
    later: Boolean(after) && !notice,
    notice,
    error: page ? null : t.search.badInput,
    result,
    facets: facetMap,
    drafts: choices.drafts.edges.map((e) => e.node),
    agencies: choices.agencies,
    chosenDraft: draft?.draft ?? null,
    articles,
    topicLabel,
    nextHref: result.pageInfo.hasNextPage && result.pageInfo.endCursor ? `?${next}` : null,
    firstHref: first.toString() ? `?${first}` : '/tim-kiem',
    exports: { csv: exportHref('csv', filters), ndjson: exportHref('ndjson', filters) },
  };
}

export function meta({ data: loaded }: Route.MetaArgs) {
  return pageMeta(loaded?.filters.q ? t.search.resultsFor(loaded.filters.q) : t.search.title);
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

export default function Search() {
  const loaded = useLoaderData<typeof loader>();
  const { filters, result, hasQuery } = loaded;
  const forms = hasQuery ? matchedForms(result.hits.flatMap((h) => h.highlights)) : [];
  const active = activeFilterCount(filters);
  return (
    <div className="page search-page">
      <h1>{t.search.title}</h1>
      <form method="get" action="/tim-kiem" role="search" className="search-form" id={FORM_ID}>
        <label htmlFor="tim-trang" className="search-box__label">
          {t.search.label}
        </label>
        <div className="search-box__row">
          <input
            id="tim-trang"
            type="search"
            name={P.q}
            defaultValue={filters.q ?? ''}
            placeholder={t.search.placeholder}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby={loaded.error ? 'tim-loi tim-goi-y' : 'tim-goi-y'}
            aria-invalid={loaded.error ? true : undefined}
          />
          <button type="submit">{t.search.button}</button>
        </div>
        {loaded.error && (
          <p className="field__error" id="tim-loi" role="alert">
            {loaded.error}
          </p>
        )}
        <p className="field__hint" id="tim-goi-y">
          {t.search.hint}
        </p>
        {/* A topic is chosen from a thread's summary, not here: kept while other filters change. */}
        {filters.topicId && <input type="hidden" name={P.topic} value={filters.topicId} />}
      </form>
      <div className="search-layout">
        <Filters loaded={loaded} active={active} />
        <div className="search-main">
          <section aria-labelledby="results-title" className="search-results">
            {loaded.notice && <p className="notice notice--info">{loaded.notice}</p>}
            <ActiveFilters loaded={loaded} />
            <h2 id="results-title">
              {hasQuery
                ? `${t.search.resultsFor(filters.q!)}: ${t.search.count(result.totalCount, result.totalIsExact)}`
                : `${t.search.latest}: ${t.search.latestCount(result.totalCount, result.totalIsExact)}`}
            </h2>
            {result.corrections.length > 0 && (
              <p className="search-forms">
                {t.search.correctionsIntro}:{' '}
                {result.corrections
                  .map((c) => t.search.correction[c.kind](c.typed, c.readAs.join('”, “')))
                  .join('; ')}
                .
              </p>
            )}
            {forms.length > 0 && (
              <p className="search-forms">
                {t.search.matchedForms}:{' '}
                {forms.map((f, i) => (
                  <span key={f}>
                    {i > 0 && ', '}
                    <mark>{f}</mark>
                  </span>
                ))}
                {forms.length >= 8 ? ' …' : ''}
              </p>
            )}
            {result.hits.length === 0 ? (
              <p className="empty">{t.search.empty}</p>
            ) : (
              <ol className="results">
                {result.hits.map((hit) => (
                  <SearchResult key={hit.comment.id} hit={hit} />
                ))}
              </ol>
            )}
            {(loaded.nextHref || loaded.later) && (
              <nav className="pager" aria-label={t.console.pagination}>
                {loaded.later && <Link to={loaded.firstHref}>{t.search.firstPage}</Link>}
                {loaded.nextHref && (
                  <Link to={loaded.nextHref} className="button button--secondary" rel="next">
                    {t.search.nextPage}
                  </Link>
                )}
              </nav>
            )}
          </section>

          <section aria-labelledby="tai-ve" className="search-export">
            <h2 id="tai-ve">{t.search.exportTitle}</h2>
            <p>{t.search.exportIntro(result.totalCount, result.totalIsExact)}</p>
            <ul className="export-links">
              <li>
                <a href={loaded.exports.csv} download className="button button--secondary">
                  {t.search.exportCsv}
                </a>{' '}
                <span className="field__hint">{t.search.exportCsvHint}</span>
              </li>
              <li>
                <a href={loaded.exports.ndjson} download className="button button--secondary">
                  {t.search.exportNdjson}
                </a>{' '}
                <span className="field__hint">{t.search.exportNdjsonHint}</span>
              </li>
            </ul>
            <p className="export-url">
              <code>{loaded.exports.csv}</code>
            </p>
            <details>
              <summary>{t.search.exportColumns}</summary>
              <ExportColumns />
            </details>
            <p>{t.search.exportNoPersonal}</p>
            <p>
              <Link to={OPEN_DATA_PATH}>{t.search.openData}</Link>
            </p>
          </section>
        </div>
      </div>
    </div>
  );
}

function Filters({ loaded, active }: { loaded: Loaded; active: number }) {
  const { filters, facets, drafts, agencies, articles, chosenDraft } = loaded;
  const count = (field: SearchFacet, value: string) => facets[field]?.[value] ?? 0;
  const draftOptions = [...drafts];
  if (chosenDraft && !draftOptions.some((d) => d.id === chosenDraft.id)) draftOptions.unshift(chosenDraft);
  const provinces = Object.entries(facets.PROVINCE ?? {});
  for (const p of filters.province ?? []) if (!provinces.some(([v]) => v === p)) provinces.push([p, 0]);
  const sortValue = Object.entries(SORTS).find(([, v]) => v === filters.sort)?.[0] ?? '';
  const answeredCount = Object.values(facets.DISPOSITION ?? {}).reduce((a, b) => a + b, 0);
  return (
    <details className="search-filters" data-open-wide="">
      <summary>{t.search.filtersActive(active)}</summary>
      <div className="search-filters__body">
        <ChoiceGroup
          form={FORM_ID}
          legend={t.search.fieldsLegend}
          type="checkbox"
          name={P.fields}
          options={Object.entries(SEARCH_FIELDS).map(([value, field]) => ({
            value,
            label: t.search.field[field],
          }))}
          checked={(v) => (filters.in ?? ['COMMENT']).includes(SEARCH_FIELDS[v])}
        />
        <div className="field">
          <label htmlFor="loc-du-thao">{t.search.draft}</label>
          <select id="loc-du-thao" form={FORM_ID} name={P.draft} defaultValue={filters.draftId ?? ''}>
            <option value="">{t.search.any}</option>
            {draftOptions.map((d) => (
              <option key={d.id} value={d.id}>
                {t.search.withCount(d.title, facets.DRAFT ? count('DRAFT', d.id) : undefined)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="loc-dieu">{t.search.provision}</label>
          <select
            id="loc-dieu"
            form={FORM_ID}
            name={P.provision}
            defaultValue={filters.provisionKey ?? ''}
            disabled={!chosenDraft}
            aria-describedby={chosenDraft ? undefined : 'loc-dieu-goi-y'}
          >
            <option value="">{t.search.wholeDraft}</option>
            {articles.map((a) => (
              <option key={a.key} value={a.key}>
                {t.search.withCount(a.label, a.count)}
              </option>
            ))}
          </select>
          {!chosenDraft && (
            <p className="field__hint" id="loc-dieu-goi-y">
              {t.search.provisionHint}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="loc-co-quan">{t.search.agency}</label>
          <select id="loc-co-quan" form={FORM_ID} name={P.agency} defaultValue={filters.agencyId ?? ''}>
            <option value="">{t.search.any}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {t.search.withCount(a.name, count('AGENCY', a.id))}
              </option>
            ))}
          </select>
        </div>
        <ChoiceGroup
          form={FORM_ID}
          legend={t.stance.label}
          type="checkbox"
          name={P.stance}
          options={STANCES.map((s) => ({
            value: s,
            label: t.search.withCount(t.stance[s], count('STANCE', s)),
          }))}
          checked={(v) => filters.stance?.includes(v) ?? false}
        />
        <ChoiceGroup
          form={FORM_ID}
          legend={t.search.authorKindLabel}
          type="checkbox"
          name={P.authorKind}
          options={AUTHOR_KINDS.map((k) => ({
            value: k,
            label: t.search.withCount(t.authorKind[k], count('AUTHOR_KIND', k)),
          }))}
          checked={(v) => filters.authorKind?.includes(v) ?? false}
        />
        <div className="field">
          <label htmlFor="loc-tinh">{t.search.province}</label>
          <select id="loc-tinh" form={FORM_ID} name={P.province} defaultValue={filters.province?.[0] ?? ''}>
            <option value="">{t.search.any}</option>
            {provinces.map(([name, n]) => (
              <option key={name} value={name}>
                {t.search.withCount(name, n)}
              </option>
            ))}
          </select>
        </div>
        <ChoiceGroup
          form={FORM_ID}
          legend={t.search.verified}
          type="radio"
          name={P.verified}
          options={[
            { value: '', label: t.search.any },
            { value: '1', label: t.search.withCount(t.search.verifiedYes, count('VERIFIED', 'true')) },
            { value: '0', label: t.search.withCount(t.search.verifiedNo, count('VERIFIED', 'false')) },
          ]}
          checked={(v) => v === (typeof filters.verified !== 'boolean' ? '' : filters.verified ? '1' : '0')}
        />
        <ChoiceGroup
          form={FORM_ID}
          legend={t.search.answered}
          type="radio"
          name={P.answered}
          options={[
            { value: '', label: t.search.any },
            { value: 'roi', label: t.search.withCount(t.search.answeredYes, answeredCount) },
            {
              value: 'chua',
              label: t.search.withCount(
                t.search.answeredNo,
                loaded.result.totalIsExact ? loaded.result.totalCount - answeredCount : undefined,
              ),
            },
          ]}
          checked={(v) =>
            v === (typeof filters.answered !== 'boolean' ? '' : filters.answered ? 'roi' : 'chua')
          }
        />
        <ChoiceGroup
          form={FORM_ID}
          legend={t.search.disposition}
          type="checkbox"
          name={P.disposition}
          options={DISPOSITIONS.map((d) => ({
            value: d,
            label: t.search.withCount(t.disposition[d], count('DISPOSITION', d)),
          }))}
          checked={(v) => filters.disposition?.includes(v) ?? false}
        />
        <div className="search-filters__dates">
          <div className="field">
            <label htmlFor="loc-tu">{t.search.from}</label>
            <input
              id="loc-tu"
              form={FORM_ID}
              type="date"
              name={P.from}
              defaultValue={dateInputValue(filters.from)}
            />
          </div>
          <div className="field">
            <label htmlFor="loc-den">{t.search.to}</label>
            <input
              id="loc-den"
              form={FORM_ID}
              type="date"
              name={P.to}
              defaultValue={dateInputValue(filters.to)}
            />
          </div>
        </div>
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              form={FORM_ID}
              name={P.unique}
              value="1"
              defaultChecked={filters.uniqueOnly ?? false}
              aria-describedby="loc-gop-goi-y"
            />{' '}
            {t.search.unique}
          </label>
          <p className="field__hint" id="loc-gop-goi-y">
            {t.search.uniqueHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor="loc-sap-xep">{t.search.sort}</label>
          <select id="loc-sap-xep" form={FORM_ID} name={P.sort} defaultValue={sortValue}>
            <option value="">{t.search.sortRelevance}</option>
            <option value="moi-nhat">{t.search.sortNewest}</option>
            <option value="cu-nhat">{t.search.sortOldest}</option>
            <option value="nhieu-dong-y">{t.search.sortAgreed}</option>
          </select>
        </div>
        <p className="search-filters__actions">
          <button type="submit" form={FORM_ID}>
            {t.search.apply}
          </button>{' '}
          {active > 0 && <Link to={searchHref({ q: filters.q })}>{t.search.clear}</Link>}
        </p>
      </div>
    </details>
  );
}

/**
 * The filters in force, each a link that removes it: what a phone shows above the results
 * while the filters themselves stay folded away.
 */
function ActiveFilters({ loaded }: { loaded: Loaded }) {
  const { filters, drafts, agencies, articles, chosenDraft } = loaded;
  const chips: { key: string; label: string; without: SearchFilters }[] = [];
  const drop = (key: string, label: string, without: Partial<SearchFilters>) =>
    chips.push({ key, label, without: { ...filters, ...without } });
  const title = chosenDraft?.title ?? drafts.find((d) => d.id === filters.draftId)?.title;
  if (filters.draftId)
    drop('draft', `${t.search.draft}: ${title ?? String(filters.draftId)}`, {
      draftId: undefined,
      provisionKey: undefined,
    });
  if (filters.topicId)
    drop('topic', t.topics.filterChip(loaded.topicLabel ?? t.topics.filterUnknown), { topicId: undefined });
  if (filters.provisionKey)
    drop('provision', articles.find((a) => a.key === filters.provisionKey)?.label ?? filters.provisionKey, {
      provisionKey: undefined,
    });
  if (filters.agencyId)
    drop('agency', agencies.find((a) => a.id === filters.agencyId)?.name ?? String(filters.agencyId), {
      agencyId: undefined,
    });
  for (const v of filters.stance ?? [])
    drop(`stance-${v}`, `${t.stance.label}: ${t.stance[v]}`, {
      stance: filters.stance!.filter((x) => x !== v),
    });
  for (const v of filters.authorKind ?? [])
    drop(`kind-${v}`, t.authorKind[v], { authorKind: filters.authorKind!.filter((x) => x !== v) });
  for (const v of filters.province ?? [])
    drop(`province-${v}`, v, { province: filters.province!.filter((x) => x !== v) });
  if (typeof filters.verified === 'boolean')
    drop('verified', filters.verified ? t.search.verifiedYes : t.search.verifiedNo, { verified: undefined });
  if (typeof filters.answered === 'boolean')
    drop('answered', filters.answered ? t.search.answeredYes : t.search.answeredNo, { answered: undefined });
  for (const v of filters.disposition ?? [])
    drop(`disposition-${v}`, t.disposition[v], { disposition: filters.disposition!.filter((x) => x !== v) });
  if (filters.from) drop('from', `${t.search.from} ${formatDate(filters.from)}`, { from: undefined });
  if (filters.to) drop('to', `${t.search.to} ${formatDate(filters.to)}`, { to: undefined });
  if (filters.uniqueOnly) drop('unique', t.search.unique, { uniqueOnly: undefined });
  if (!chips.length) return null;
  return (
    <ul className="chips" aria-label={t.search.activeFilters}>
      {chips.map((c) => (
        <li key={c.key}>
          <Link to={searchHref(c.without)} className="chip" aria-label={t.search.removeFilter(c.label)}>
            {c.label} <span aria-hidden="true">✕</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
