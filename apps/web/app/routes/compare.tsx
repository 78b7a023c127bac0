import { data, Link, useLoaderData } from 'react-router';
import type { Route } from './+types/compare';
import { SearchResult } from '../components/SearchResult';
import { ChangeList } from '../components/ChangeList';
import { webContext } from '../context';
import { CompareDraft, CompareProvision, DraftDiff } from '../graphql/drafts.server';
import { SearchPage } from '../graphql/search.server';
import { t } from '../i18n';
import { pageMeta } from '../lib/meta';
import { comparePath, draftPath, threadPath } from '../lib/paths';
import { searchHref } from '../lib/search-params';

/**
 * One provision between two versions of a draft: its word diff, next to the comments that
 * asked for a change (stance AMEND, or a proposed wording). `?dieu=<key>&tu=<n>&den=<m>`: the
 * key as the older version has it; by default the version before the newer one, and the
 * current version. Without a key, the provisions that changed, to pick from.
 */
const ASKED_PAGE = 20;

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const url = new URL(request.url);
  const { draft } = await web.api.run(CompareDraft, { id: params.draftId });
  if (!draft) throw data(null, { status: 404 });
  const versions = draft.versions.filter((v) => v.publishedAt).sort((a, b) => a.number - b.number);
  const number = (name: string) => {
    const n = Number(url.searchParams.get(name));
    return versions.find((v) => v.number === n) ?? null;
  };
  const to = number('den') ?? versions.find((v) => v.id === draft.currentVersion.id) ?? versions.at(-1);
  const from = number('tu') ?? versions.filter((v) => to && v.number < to.number).at(-1);
  const base = { draft, versions, from: from?.number ?? null, to: to?.number ?? null };
  if (!from || !to || from.number >= to.number) {
    return { ...base, changes: [], key: null, change: null, mine: [], provision: null, asked: null };
  }
  const { draftDiff: changes } = await web.api.run(DraftDiff, { from: from.id, to: to.id });
  const key = url.searchParams.get('dieu')?.trim() || null;
  if (!key) return { ...base, changes, key, change: null, mine: [], provision: null, asked: null };
  // The provision and everything under it (an article's clauses), by its key in either version.
  const under = (k: string | null) => k !== null && (k === key || k.startsWith(`${key}/`));
  const mine = changes.filter((c) => under(c.fromKey) || (c.fromKey === null && under(c.toKey)));
  const own = mine.find((c) => c.fromKey === key) ?? null;
  // The comments were written on the older wording, under its key.
  const searchKey = key;
  const [older, amend, proposed] = await Promise.all([
    web.api.run(CompareProvision, { id: draft.id, number: from.number, key: searchKey }),
    web.api.run(SearchPage, {
      input: {
        draftId: draft.id,
        provisionKey: searchKey,
        stance: ['AMEND'],
        sort: 'MOST_AGREED',
        first: ASKED_PAGE,
      },
    }),
    web.api.run(SearchPage, {
      input: {
        draftId: draft.id,
        provisionKey: searchKey,
        hasProposedText: true,
        sort: 'MOST_AGREED',
        first: ASKED_PAGE,
      },
    }),
  ]);
  const provision = older.draft?.version?.provision ?? null;
  if (!provision && mine.length === 0) throw data(null, { status: 404 });
  // Both lists, each comment once: proposed wordings first, then the other requests to amend.
  const seen = new Set<string>();
  const hits = [...proposed.searchComments.hits, ...amend.searchComments.hits].filter((h) =>
    seen.has(h.comment.id) ? false : (seen.add(h.comment.id), true),
  );
  const more = amend.searchComments.pageInfo.hasNextPage || proposed.searchComments.pageInfo.hasNextPage;
  const all = searchHref({ draftId: draft.id, provisionKey: searchKey, stance: ['AMEND'] });
  return { ...base, changes, key: searchKey, change: own, mine, provision, asked: { hits, more, all } };
}

export function meta({ data: loaded }: Route.MetaArgs) {
  if (!loaded) return pageMeta(t.compare.short);
  const label = loaded.provision ? loaded.provision.fullLabel : (loaded.change?.label ?? loaded.draft.title);
  return pageMeta(t.compare.title(label));
}

export default function Compare() {
  const loaded = useLoaderData<typeof loader>();
  const { draft, versions, from, to, change, mine, provision, asked, key } = loaded;
  const label = provision ? provision.fullLabel : (change?.label ?? null);
  return (
    <div className="page compare-page">
      <nav aria-label={t.site.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link to="/du-thao">{t.site.nav.drafts}</Link>
          </li>
          <li>
            <Link to={draftPath(draft.id)}>{draft.title}</Link>
          </li>
        </ol>
      </nav>
      <h1>{label ? t.compare.title(label) : t.compare.short}</h1>
      <p>{t.compare.intro}</p>
      {versions.length < 2 ? (
        <p className="empty">{t.compare.singleVersion}</p>
      ) : (
        <form method="get" className="filters compare-form" aria-labelledby="chon-so-sanh">
          <h2 id="chon-so-sanh">{t.compare.pick}</h2>
          {key && <input type="hidden" name="dieu" value={key} />}
          <div className="field">
            <label htmlFor="so-sanh-tu">{t.compare.from}</label>
            <select id="so-sanh-tu" name="tu" defaultValue={from ?? ''}>
              {versions.slice(0, -1).map((v) => (
                <option key={v.id} value={v.number}>
                  {v.number}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="so-sanh-den">{t.compare.to}</label>
            <select id="so-sanh-den" name="den" defaultValue={to ?? ''}>
              {versions.slice(1).map((v) => (
                <option key={v.id} value={v.number}>
                  {v.number}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t.compare.show}
          </button>
        </form>
      )}
      {from !== null && to !== null && from < to && !key && (
        <section aria-labelledby="thay-doi">
          <h2 id="thay-doi">{t.compare.diffTitle(from, to)}</h2>
          {loaded.changes.length === 0 ? (
            <p>{t.draft.diffEmpty}</p>
          ) : (
            <ul className="compare-list">
              {loaded.changes.map((c, i) => (
                <li key={i}>
                  <Link to={comparePath(draft.id, c.fromKey ?? c.toKey ?? undefined, from, to)}>
                    {c.label}
                  </Link>{' '}
                  <span className="badge badge--change">{t.draft.change[c.change]}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {key && from !== null && to !== null && (
        <div className="compare-grid">
          <section aria-labelledby="thay-doi" className="compare-diff">
            <h2 id="thay-doi">{t.compare.diffTitle(from, to)}</h2>
            {mine.length === 0 ? (
              <>
                <p>{t.compare.unchanged}</p>
                {provision && <p className="compare-text">{provision.text}</p>}
              </>
            ) : (
              <>
                {change?.change === 'MOVED' && change.toKey && <p>{t.compare.moved(change.label)}</p>}
                <p className="field__hint">{t.compare.legend}</p>
                <ChangeList changes={mine} />
              </>
            )}
            {(change?.toKey ?? provision?.key) && (
              <p>
                <Link to={threadPath(draft.id, change?.toKey ?? provision!.key)}>
                  {t.compare.allComments}
                </Link>
              </p>
            )}
          </section>
          <section aria-labelledby="de-nghi-sua" className="compare-asked">
            <h2 id="de-nghi-sua">{t.compare.asked}</h2>
            {!asked || asked.hits.length === 0 ? (
              <p className="empty">{t.compare.askedNone}</p>
            ) : (
              <>
                <p>
                  {t.compare.askedCount(asked.hits.length)}
                  {asked.more && (
                    <>
                      {' · '}
                      <Link to={asked.all}>{t.compare.askedMore}</Link>
                    </>
                  )}
                </p>
                <ol className="results">
                  {asked.hits.map((hit) => (
                    <SearchResult key={hit.comment.id} hit={hit} showDraft={false} showCompare={false} />
                  ))}
                </ol>
              </>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
