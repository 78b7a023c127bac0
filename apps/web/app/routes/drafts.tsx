import { Form, Link, useLoaderData } from 'react-router';
import type { Route } from './+types/drafts';
import { DraftCard } from '../components/DraftCard';
import { webContext } from '../context';
import type { ConsultationStatus, DocType } from '../gql/graphql';
import { DraftsPage } from '../graphql/drafts.server';
import { t } from '../i18n';
import { isUuid } from '../lib/ids';
import { pageMeta } from '../lib/meta';

const DOC_TYPES: DocType[] = ['LAW', 'ORDINANCE', 'RESOLUTION', 'DECREE', 'DECISION', 'CIRCULAR', 'OTHER'];
const STATUSES: ConsultationStatus[] = ['OPEN', 'SCHEDULED', 'CLOSED'];

/** Every public draft, newest first, filtered by agency, document type and status: the filters are the address. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const url = new URL(request.url);
  const agency = url.searchParams.get('co-quan') ?? '';
  const docType = url.searchParams.get('loai') ?? '';
  const status = url.searchParams.get('tinh-trang') ?? '';
  const after = url.searchParams.get('sau') || undefined;
  const filter = {
    agencyId: isUuid(agency) ? agency : undefined,
    docType: DOC_TYPES.includes(docType as DocType) ? [docType as DocType] : undefined,
    status: STATUSES.includes(status as ConsultationStatus) ? [status as ConsultationStatus] : undefined,
  };
  const result = await web.api.run(DraftsPage, { filter, first: 20, after });
  const next =
    result.drafts.pageInfo.hasNextPage && result.drafts.pageInfo.endCursor
      ? (() => {
          const params = new URLSearchParams(url.searchParams);
          params.set('sau', result.drafts.pageInfo.endCursor);
          return `?${params.toString()}`;
        })()
      : null;
  const firstPage = new URLSearchParams(url.searchParams);
  firstPage.delete('sau');
  return {
    firstPage: `?${firstPage.toString()}`,
    agencies: result.agencies,
    drafts: result.drafts.edges.map((e) => e.node),
    totalCount: result.drafts.totalCount,
    chosen: { agency, docType, status },
    next,
    later: Boolean(after),
    now: new Date().toISOString(),
  };
}

export function meta() {
  return pageMeta(t.drafts.title, { description: t.drafts.intro });
}

export default function Drafts() {
  const loaded = useLoaderData<typeof loader>();
  const now = new Date(loaded.now);
  return (
    <div className="page">
      <h1>{t.drafts.title}</h1>
      <p>{t.drafts.intro}</p>
      <Form method="get" className="filters" aria-label={t.drafts.filters}>
        <FilterSelect
          id="f-agency"
          name="co-quan"
          label={t.drafts.agency}
          chosen={loaded.chosen.agency}
          options={loaded.agencies.map((a) => [a.id, a.name])}
        />
        <FilterSelect
          id="f-type"
          name="loai"
          label={t.drafts.docType}
          chosen={loaded.chosen.docType}
          options={DOC_TYPES.map((d) => [d, t.docType[d]])}
        />
        <FilterSelect
          id="f-status"
          name="tinh-trang"
          label={t.drafts.status}
          chosen={loaded.chosen.status}
          options={STATUSES.map((st) => [st, t.status[st]])}
        />
        <button type="submit" className="button button--secondary">
          {t.drafts.apply}
        </button>
      </Form>
      <p role="status">{t.drafts.count(loaded.totalCount)}</p>
      {loaded.drafts.length === 0 ? (
        <p className="empty">{t.drafts.empty}</p>
      ) : (
        <ul className="card-list">
          {loaded.drafts.map((draft) => (
            <li key={draft.id}>
              <DraftCard draft={draft} now={now} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={t.common.pagination} className="pager">
        {loaded.later && <Link to={loaded.firstPage}>{t.common.firstPage}</Link>}
        {loaded.next && (
          <Link to={loaded.next} rel="next" className="button button--secondary">
            {t.common.nextPage}
          </Link>
        )}
      </nav>
    </div>
  );
}

/** One filter of the GET form: "Tất cả" first, then the values. */
function FilterSelect({
  id,
  name,
  label,
  chosen,
  options,
}: {
  id: string;
  name: string;
  label: string;
  chosen: string;
  options: [value: string, label: string][];
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={chosen}>
        <option value="">{t.drafts.any}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
